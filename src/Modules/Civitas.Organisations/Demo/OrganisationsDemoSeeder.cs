using System.Globalization;
using Civitas.Organisations.Contracts;
using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Civitas.Organisations.Search;
using Civitas.Platform.Audit;
using Civitas.Platform.Data;
using Civitas.Platform.Files;
using Civitas.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Organisations.Demo;

/// <summary>
/// Demo mode: about thirty organisations of Miasto Przykładowe across spheres and legal forms, placed
/// in and around a city centre in Lower Silesia (the demo city's TERYT code is in województwo
/// dolnośląskie), five districts, and two organisation people among the demo accounts. Idempotent:
/// what exists is left as it is.
/// </summary>
internal sealed class OrganisationsDemoSeeder(IServiceScopeFactory scopes, IDemoUsers demo) : IDataSeeder
{
    public const double CentreLatitude = 51.2070;
    public const double CentreLongitude = 16.1553;

    private sealed record Demo(string Name, OrganisationLegalForm Form, string[] Spheres, bool Opp, OrganisationStatus Status, BeneficiaryGroups Groups, string Description,
        string? OtherRegister = null, bool Liquidation = false, string? District = null);

    private static readonly Demo[] Organisations =
    [
        new("Klub Żeglarski „Łódź” w Mieście Przykładowym", OrganisationLegalForm.SportsClub, ["17", "15"], false, OrganisationStatus.Verified, BeneficiaryGroups.Children | BeneficiaryGroups.Youth,
            "Uczymy żeglarstwa dzieci i młodzież na zalewie miejskim. Prowadzimy **szkółkę żeglarską**, obozy letnie i regaty o Puchar Prezydenta Miasta.", null, false, "Śródmieście"),
        new("Stowarzyszenie Przyjaciół Miasta Przykładowego", OrganisationLegalForm.Association, ["4", "13", "16"], false, OrganisationStatus.Verified, BeneficiaryGroups.Residents,
            "Dbamy o dziedzictwo i tożsamość miasta: spacery historyczne, wydawnictwa, konkursy dla szkół."),
        new("Fundacja „Zdrowie Seniora”", OrganisationLegalForm.Foundation, ["6", "10"], true, OrganisationStatus.Verified, BeneficiaryGroups.Seniors,
            "Profilaktyka zdrowotna dla osób starszych: badania przesiewowe, gimnastyka, teleopieka."),
        new("Uczniowski Klub Sportowy „Orlik”", OrganisationLegalForm.SportsClub, ["17", "15"], false, OrganisationStatus.Verified, BeneficiaryGroups.Children | BeneficiaryGroups.Youth,
            "Piłka nożna i lekkoatletyka dla uczniów szkół podstawowych.", "Ewidencja uczniowskich klubów sportowych Prezydenta Miasta Przykładowego|UKS/12/2015", false, "Północ"),
        new("Koło Gospodyń Wiejskich w Dąbrówce", OrganisationLegalForm.RuralHousewivesCircle, ["4", "13"], false, OrganisationStatus.Verified, BeneficiaryGroups.Women | BeneficiaryGroups.Residents,
            "Kultywujemy tradycje kulinarne i rękodzieło, organizujemy dożynki i warsztaty.", "Krajowy Rejestr Kół Gospodyń Wiejskich|KRKGW/0217/2019", false, "Zachód"),
        new("Spółdzielnia Socjalna „Razem”", OrganisationLegalForm.SocialCooperative, ["2", "8"], false, OrganisationStatus.Verified, BeneficiaryGroups.Unemployed | BeneficiaryGroups.PersonsWithDisabilities,
            "Catering i usługi porządkowe; zatrudniamy osoby zagrożone wykluczeniem społecznym."),
        new("Parafia Rzymskokatolicka pw. św. Jadwigi Śląskiej", OrganisationLegalForm.ChurchLegalPerson, ["3", "1"], false, OrganisationStatus.Verified, BeneficiaryGroups.Families | BeneficiaryGroups.Homeless,
            "Parafialny zespół Caritas: paczki żywnościowe, świetlica dla dzieci.", "Rejestr kościelnych osób prawnych|KOP/2/1998"),
        new("Stowarzyszenie zwykłe „Zielone Podwórko”", OrganisationLegalForm.OrdinaryAssociation, ["18", "13"], false, OrganisationStatus.Unverified, BeneficiaryGroups.Residents,
            "Sąsiedzi, którzy sadzą drzewa i zakładają ogrody deszczowe na podwórkach kamienic.", "Ewidencja stowarzyszeń zwykłych Prezydenta Miasta Przykładowego|SZ/31/2023", false, "Śródmieście"),
        new("Fundacja „Otwarte Drzwi”", OrganisationLegalForm.Foundation, ["7", "2"], true, OrganisationStatus.Verified, BeneficiaryGroups.PersonsWithDisabilities,
            "Mieszkania treningowe i asystencja osobista dla osób z niepełnosprawnościami."),
        new("Ochotnicza Straż Pożarna Przykładowo-Północ", OrganisationLegalForm.Association, ["23", "20"], false, OrganisationStatus.Verified, BeneficiaryGroups.Residents,
            "Działamy w krajowym systemie ratowniczo-gaśniczym; szkolimy młodzieżową drużynę pożarniczą.", null, false, "Północ"),
        new("Fundacja Rozwoju Przedsiębiorczości Lokalnej", OrganisationLegalForm.Foundation, ["11", "8"], false, OrganisationStatus.Verified, BeneficiaryGroups.Unemployed,
            "Doradztwo dla osób zakładających działalność gospodarczą, inkubator przedsiębiorczości."),
        new("Towarzystwo Miłośników Historii Regionu", OrganisationLegalForm.Association, ["4", "16"], false, OrganisationStatus.Unverified, BeneficiaryGroups.Residents,
            "Badamy dzieje miasta i okolic, wydajemy rocznik historyczny."),
        new("Fundacja „Dziecięcy Uśmiech”", OrganisationLegalForm.Foundation, ["15", "31"], true, OrganisationStatus.Verified, BeneficiaryGroups.Children | BeneficiaryGroups.Families,
            "Wypoczynek letni i zimowy dla dzieci z rodzin w trudnej sytuacji."),
        new("Stowarzyszenie Rodzin Zastępczych „Przystań”", OrganisationLegalForm.Association, ["1a", "31"], false, OrganisationStatus.Verified, BeneficiaryGroups.Families | BeneficiaryGroups.Children,
            "Grupy wsparcia, szkolenia i poradnictwo dla rodzin zastępczych."),
        new("Centrum Wolontariatu Miasta Przykładowego", OrganisationLegalForm.Association, ["27", "33"], true, OrganisationStatus.Verified, BeneficiaryGroups.Organisations | BeneficiaryGroups.Residents,
            "Łączymy wolontariuszy z organizacjami; prowadzimy szkolenia dla koordynatorów wolontariatu.", null, false, "Śródmieście"),
        new("Fundacja „Prawo dla Każdego”", OrganisationLegalForm.Foundation, ["1b", "22a"], false, OrganisationStatus.Verified, BeneficiaryGroups.Residents,
            "Prowadzimy punkt nieodpłatnej pomocy prawnej i poradnictwa obywatelskiego."),
        new("Stowarzyszenie Ukraińców i Przyjaciół Ukrainy", OrganisationLegalForm.Association, ["5a", "26"], false, OrganisationStatus.Unverified, BeneficiaryGroups.Migrants,
            "Kursy języka polskiego, pomoc w sprawach urzędowych, spotkania integracyjne."),
        new("Klub Sportowy „Przykładowia”", OrganisationLegalForm.SportsClub, ["17"], false, OrganisationStatus.Verified, BeneficiaryGroups.Youth | BeneficiaryGroups.Residents,
            "Piłka ręczna i siatkówka, drużyny seniorskie i młodzieżowe.", null, false, "Wschód"),
        new("Fundacja Ekologiczna „Dolina Kaczawy”", OrganisationLegalForm.Foundation, ["18", "19"], false, OrganisationStatus.Verified, BeneficiaryGroups.Residents | BeneficiaryGroups.Animals,
            "Ochrona doliny rzeki, sprzątanie brzegów, ścieżki przyrodnicze i rajdy rowerowe."),
        new("Stowarzyszenie Seniorów „Złota Jesień”", OrganisationLegalForm.Association, ["10", "14"], false, OrganisationStatus.Verified, BeneficiaryGroups.Seniors,
            "Uniwersytet trzeciego wieku: wykłady, kursy komputerowe, wycieczki."),
        new("Fundacja Innowacji Społecznych", OrganisationLegalForm.Foundation, ["12", "13"], false, OrganisationStatus.Unverified, BeneficiaryGroups.Organisations,
            "Testujemy nowe rozwiązania usług społecznych razem z mieszkańcami."),
        new("Stowarzyszenie „Nowy Start”", OrganisationLegalForm.Association, ["32", "2"], true, OrganisationStatus.Verified, BeneficiaryGroups.AddictedPersons,
            "Profilaktyka uzależnień, grupy wsparcia i reintegracja społeczna."),
        new("Fundacja „Teatr Ulicy”", OrganisationLegalForm.Foundation, ["16", "15"], false, OrganisationStatus.Verified, BeneficiaryGroups.Youth | BeneficiaryGroups.Residents,
            "Spektakle plenerowe i warsztaty teatralne dla młodzieży.", null, false, "Południe"),
        new("Stowarzyszenie Rowerowe Miasta Przykładowego", OrganisationLegalForm.Association, ["17", "19"], false, OrganisationStatus.Unverified, BeneficiaryGroups.Residents,
            "Wspólne przejazdy, mapa dróg rowerowych, opinie do projektów drogowych."),
        new("Fundacja Pomocy Bezdomnym Zwierzętom „Przytulisko”", OrganisationLegalForm.Foundation, ["18"], true, OrganisationStatus.Verified, BeneficiaryGroups.Animals,
            "Domy tymczasowe, adopcje i kastracje kotów wolno żyjących."),
        new("Stowarzyszenie Kobiet Aktywnych", OrganisationLegalForm.Association, ["9", "8"], false, OrganisationStatus.Verified, BeneficiaryGroups.Women,
            "Mentoring zawodowy i warsztaty dla kobiet wracających na rynek pracy."),
        new("Fundacja „Pamięć i Tożsamość”", OrganisationLegalForm.Foundation, ["29", "4"], false, OrganisationStatus.Unverified, BeneficiaryGroups.Veterans,
            "Opieka nad miejscami pamięci i spotkania z kombatantami."),
        new("Lokalna Grupa Działania „Kraina Wzgórz”", OrganisationLegalForm.Association, ["13", "11"], false, OrganisationStatus.Verified, BeneficiaryGroups.Residents | BeneficiaryGroups.Organisations,
            "Wdrażamy lokalną strategię rozwoju kierowanego przez społeczność.", null, false, "Zachód"),
        new("Centrum Aktywności Lokalnej sp. z o.o. non-profit", OrganisationLegalForm.NonProfitCompany, ["33", "13"], false, OrganisationStatus.Verified, BeneficiaryGroups.Organisations,
            "Prowadzimy inkubator organizacji pozarządowych: sale, sprzęt, doradztwo."),
        new("Stowarzyszenie Gmin Regionu Przykładowego", OrganisationLegalForm.LocalGovernmentAssociation, ["13", "26"], false, OrganisationStatus.Verified, BeneficiaryGroups.Organisations,
            "Wspólne projekty gmin regionu, współpraca z miastami partnerskimi."),
        new("Fundacja Rewitalizacji Starego Miasta", OrganisationLegalForm.Foundation, ["32a", "16"], false, OrganisationStatus.Verified, BeneficiaryGroups.Residents,
            "Projekt zakończony; fundacja jest w likwidacji.", null, true),
        new("Stowarzyszenie „Wspólne Podwórka”", OrganisationLegalForm.Association, ["13"], false, OrganisationStatus.Suspended, BeneficiaryGroups.Residents,
            "Animacja podwórek i imprezy sąsiedzkie."),
    ];

    private static readonly (string Name, double Lat0, double Lat1, double Lng0, double Lng1)[] DemoDistricts =
    [
        ("Śródmieście", 51.198, 51.216, 16.140, 16.172),
        ("Północ", 51.216, 51.245, 16.110, 16.200),
        ("Południe", 51.170, 51.198, 16.110, 16.200),
        ("Zachód", 51.198, 51.216, 16.100, 16.140),
        ("Wschód", 51.198, 51.216, 16.172, 16.215),
    ];

    private static readonly string[] Streets = ["Rynek", "Chojnowska", "Złotoryjska", "Wrocławska", "Jaworzyńska", "Piastowska", "Mickiewicza", "Partyzantów", "Kościuszki", "Witelona", "Skarbka", "Kartuska", "Senatorska", "Grodzka", "Nowy Świat"];

    public async Task SeedAsync(CancellationToken ct)
    {
        var tenant = await demo.DemoTenantAsync(ct);
        if (tenant is null) return;
        using var scope = scopes.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ITenantContext>().Set(tenant);
        sp.GetRequiredService<IActorContext>().Set(Actor.System);
        var db = sp.GetRequiredService<OrganisationsDb>();
        var clock = sp.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow();

        if (!await db.Districts.AnyAsync(ct))
        {
            var order = 0;
            foreach (var (name, lat0, lat1, lng0, lng1) in DemoDistricts)
            {
                var ring = string.Create(CultureInfo.InvariantCulture, $"[[{lng0},{lat0}],[{lng1},{lat0}],[{lng1},{lat1}],[{lng0},{lat1}],[{lng0},{lat0}]]");
                db.Districts.Add(new District
                {
                    Name = name,
                    GeometryJson = "{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}",
                    MinLatitude = lat0,
                    MaxLatitude = lat1,
                    MinLongitude = lng0,
                    MaxLongitude = lng1,
                    SortOrder = order++,
                });
            }
            await db.SaveChangesAsync(ct);
        }
        var districts = await db.Districts.ToDictionaryAsync(d => d.Name, d => d.Id, ct);

        var representative = await demo.EnsureAsync(OrganisationsDemoAccounts.RepresentativeEmail, "Maria Przedstawicielska", ct);
        var editor = await demo.EnsureAsync(OrganisationsDemoAccounts.EditorEmail, "Tomasz Redaktor", ct);
        var official = (await demo.EnsureAsync("urzednik@" + OrganisationsDemoAccounts.Domain, "Jan Urzędnik", ct));

        var projection = sp.GetRequiredService<DirectoryProjection>();
        var files = sp.GetRequiredService<IFileStore>();
        for (var i = 0; i < Organisations.Length; i++)
        {
            var d = Organisations[i];
            var krs = d.OtherRegister is null ? $"00009{(i + 1).ToString("D5", CultureInfo.InvariantCulture)}" : null;
            if (krs is not null && await db.Organisations.AnyAsync(o => o.Krs == krs, ct)) continue;
            if (krs is null && await db.Organisations.AnyAsync(o => o.Name == d.Name, ct)) continue;
            var (lat, lng) = Place(i);
            var register = d.OtherRegister?.Split('|');
            var profile = new OrganisationProfile
            {
                Name = d.Name,
                LegalForm = d.Form,
                Krs = krs,
                OtherRegisterName = register?[0],
                OtherRegisterNumber = register?[1],
                Nip = DemoNip(i),
                Regon = DemoRegon(i),
                IsPublicBenefit = d.Opp,
                InLiquidation = d.Liquidation,
                Street = Streets[i % Streets.Length],
                Building = (3 + (i * 7 % 60)).ToString(CultureInfo.InvariantCulture),
                PostalCode = $"59-2{(i % 30).ToString("D2", CultureInfo.InvariantCulture)}",
                City = "Miasto Przykładowe",
                Commune = "Miasto Przykładowe",
                County = "Miasto Przykładowe",
                Voivodeship = "dolnośląskie",
                Latitude = lat,
                Longitude = lng,
                Email = $"kontakt{i + 1}@organizacje.{OrganisationsDemoAccounts.Domain}",
                Phone = $"+48 76 {100 + i} {10 + i:D2} {20 + (i * 3 % 70):D2}",
                Website = $"https://org{i + 1}.{OrganisationsDemoAccounts.Domain}",
                Description = d.Description,
                FoundedOn = new DateOnly(1995 + (i % 28), 1 + (i % 12), 1 + (i % 27)),
                RepresentationBody = d.Form == OrganisationLegalForm.Foundation ? "ZARZĄD FUNDACJI" : "ZARZĄD",
                BeneficiaryGroups = d.Groups,
                Spheres = d.Spheres,
            };
            var validated = profile.Validate(DateOnly.FromDateTime(now.UtcDateTime));
            if (!validated.Succeeded) throw new InvalidOperationException($"Demo organisation {d.Name}: {string.Join(", ", validated.Errors.Select(e => e.Code))}");
            var organisation = Domain.Organisation.Create(validated.Value!, await sp.GetRequiredService<OrganisationIdentity>().UniqueSlugAsync(d.Name, ct), now.AddDays(-400 + (i * 11)));
            db.Organisations.Add(organisation);
            var listing = Listing.Create(organisation, tenant.Id, ListingSource.Demo, now.AddDays(-300 + (i * 9)), requestVerification: d.Status == OrganisationStatus.Unverified);
            if (d.District is not null) listing.SetArea(false, [districts[d.District]]);
            switch (d.Status)
            {
                case OrganisationStatus.Verified when krs is not null:
                    listing.Verify(VerificationMethod.KrsLookup, null, official, now.AddDays(-200 + i));
                    break;
                case OrganisationStatus.Verified:
                    var document = await files.SaveAsync(new FileUpload(new MemoryStream(DemoPdf()), "wypis-z-rejestru.pdf", OrganisationFiles.Documents,
                        OrganisationFiles.Verification, organisation.Id, false), ct);
                    listing.Verify(VerificationMethod.RegisterDocument, document.Value!.Id, official, now.AddDays(-200 + i));
                    break;
                case OrganisationStatus.Suspended:
                    listing.Suspend("Nie złożono sprawozdania z realizacji zadania publicznego w terminie.", official, now.AddDays(-20));
                    break;
            }
            db.Listings.Add(listing);
            if (i == 0)
            {
                db.Memberships.Add(new Membership(organisation.Id, representative, OrganisationMemberRole.Representative, now));
                db.Memberships.Add(new Membership(organisation.Id, editor, OrganisationMemberRole.Editor, now));
            }
            if (i == 14) db.Memberships.Add(new Membership(organisation.Id, representative, OrganisationMemberRole.Representative, now));
            await projection.SaveAsync(organisation, ct);
        }
    }

    /// <summary>Deterministic places within about three kilometres of the centre.</summary>
    internal static (double Lat, double Lng) Place(int i)
    {
        var angle = i * 2.399963; // golden angle: points spread evenly
        var radius = 0.004 + (0.022 * Math.Sqrt((i + 1) / 32.0));
        return (Math.Round(CentreLatitude + (radius * Math.Sin(angle) * 0.62), 6), Math.Round(CentreLongitude + (radius * Math.Cos(angle)), 6));
    }

    /// <summary>A one-page PDF standing for the register extract an official checked.</summary>
    private static byte[] DemoPdf()
    {
        var text = "Wypis z rejestru (dane demonstracyjne)";
        var content = $"BT /F1 14 Tf 72 760 Td ({text}) Tj ET";
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
        };
        var sb = new System.Text.StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var k = 0; k < objects.Length; k++)
        {
            offsets.Add(sb.Length);
            sb.Append(CultureInfo.InvariantCulture, $"{k + 1} 0 obj\n{objects[k]}\nendobj\n");
        }
        var xref = sb.Length;
        sb.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) sb.Append(CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n");
        sb.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return System.Text.Encoding.ASCII.GetBytes(sb.ToString());
    }

    private static string DemoNip(int i)
    {
        // Fictitious numbers with a correct check digit (prefix 999 is no tax office's).
        for (var n = i * 10; ; n++)
        {
            var body = "9990" + n.ToString("D5", CultureInfo.InvariantCulture);
            int[] w = [6, 5, 7, 2, 3, 4, 5, 6, 7];
            var check = body.Select((c, k) => (c - '0') * w[k]).Sum() % 11;
            if (check != 10) return body + check.ToString(CultureInfo.InvariantCulture);
        }
    }

    private static string DemoRegon(int i)
    {
        var body = "0299" + (1100 + i).ToString("D4", CultureInfo.InvariantCulture);
        int[] w = [8, 9, 2, 3, 4, 5, 6, 7];
        var check = body.Select((c, k) => (c - '0') * w[k]).Sum() % 11 % 10;
        return body + check.ToString(CultureInfo.InvariantCulture);
    }
}
