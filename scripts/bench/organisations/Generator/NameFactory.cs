using System.Globalization;
using Civitas.Organisations.Contracts;
using Civitas.Organisations.Domain;

namespace Civitas.Bench.Organisations;

/// <summary>Realistic organisations: Polish naming patterns in the proportions of a city's register
/// (mostly associations and foundations; many names start with "Stowarzyszenie" or "Fundacja", so a
/// search for those words matches tens of thousands of rows, as it would in Warsaw).</summary>
internal sealed class NameFactory(int seed)
{
    private readonly Random _random = new(seed);

    private static readonly string[] Places =
    [
        "Łodzi", "Krakowa", "Gdańska", "Wrocławia", "Poznania", "Lublina", "Szczecina", "Bydgoszczy", "Torunia", "Katowic", "Kielc", "Opola", "Rzeszowa",
        "Białegostoku", "Olsztyna", "Zielonej Góry", "Gorzowa", "Legnicy", "Jeleniej Góry", "Wałbrzycha", "Świdnicy", "Żyrardowa", "Płocka", "Zamościa",
        "Chełma", "Przemyśla", "Sanoka", "Krosna", "Mielca", "Dębicy", "Tarnowa", "Nowego Sącza", "Zakopanego", "Bielska-Białej", "Cieszyna", "Rybnika",
        "Gliwic", "Zabrza", "Bytomia", "Sosnowca", "Częstochowy", "Radomia", "Siedlec", "Ostrołęki", "Łomży", "Suwałk", "Ełku", "Elbląga", "Słupska",
        "Koszalina", "Kołobrzegu", "Piły", "Leszna", "Kalisza", "Konina", "Włocławka", "Grudziądza", "Inowrocławia", "Gniezna", "Głogowa", "Lubina",
        "Bolesławca", "Złotoryi", "Chojnowa", "Jawora", "Polkowic", "Miasta Przykładowego", "Dąbrówki", "Ściborzyc", "Żórawiny", "Ślęży", "Sobótki",
        "Kątów Wrocławskich", "Prochowic", "Ścinawy", "Rudnej", "Krotoszyc", "Kunic", "Miłkowic", "Ruji", "Legnickiego Pola", "Męcinki", "Mściwojowa",
    ];

    private static readonly string[] Villages =
    [
        "Dąbrówka", "Ściborzyce", "Żórawina", "Krotoszyce", "Kunice", "Miłkowice", "Ruja", "Męcinka", "Mściwojów", "Prochowice", "Ścinawa", "Rudna",
        "Legnickie Pole", "Jerzmanowice", "Bieniowice", "Piątnica", "Raszówka", "Koskowice", "Grzymalin", "Spalona", "Wierzchowice", "Pątnów", "Gniewomirowice",
    ];

    private static readonly string[] Words =
    [
        "Nadzieja", "Razem", "Tęcza", "Iskra", "Sokół", "Orzeł", "Promyk", "Przystań", "Horyzont", "Most", "Źródło", "Dąb", "Lipa", "Wrzos", "Jutrzenka",
        "Słoneczko", "Gniazdo", "Kotwica", "Latarnia", "Ognisko", "Płomień", "Korzenie", "Skrzydła", "Dom", "Serce", "Dłoń", "Krok", "Droga", "Ścieżka",
        "Zielone Wzgórze", "Złota Jesień", "Nowy Start", "Otwarte Drzwi", "Dobry Sąsiad", "Wspólna Sprawa", "Żywa Pamięć", "Młoda Fala", "Łódź", "Łabędź",
        "Żuraw", "Bocian", "Jaskółka", "Wilga", "Jeż", "Borsuk", "Wiewiórka", "Kasztan", "Modrzew", "Jarzębina", "Kalina", "Miodunka", "Stokrotka",
    ];

    private static readonly string[] Groups =
    [
        "Dzieci", "Młodzieży", "Seniorów", "Osób Niepełnosprawnych", "Bezdomnych Zwierząt", "Rodzin", "Kobiet", "Osób Bezrobotnych", "Chorych na Raka",
        "Osób Niewidomych", "Osób Głuchych", "Dzieci z Autyzmem", "Osób w Kryzysie Bezdomności", "Uchodźców", "Kombatantów", "Rodzin Zastępczych",
    ];

    private static readonly string[] Causes =
    [
        "Rozwoju Wsi", "Edukacji Ekologicznej", "Kultury Fizycznej", "Ochrony Zabytków", "Aktywności Obywatelskiej", "Profilaktyki Zdrowotnej",
        "Integracji Europejskiej", "Wspierania Przedsiębiorczości", "Ochrony Przyrody", "Bezpieczeństwa Ruchu Drogowego", "Edukacji Muzycznej",
        "Teatru Amatorskiego", "Turystyki Rowerowej", "Historii Regionu", "Sztuki Współczesnej", "Dialogu Międzypokoleniowego",
    ];

    private static readonly string[] Saints = ["św. Jadwigi Śląskiej", "św. Józefa", "Matki Bożej Częstochowskiej", "św. Stanisława", "św. Jana Pawła II", "Najświętszego Serca Pana Jezusa"];

    private string Pick(string[] items) => items[_random.Next(items.Length)];

    public (string Name, OrganisationLegalForm Form, bool OtherRegister) Next()
    {
        var roll = _random.NextDouble();
        return roll switch
        {
            < 0.18 => ($"Stowarzyszenie Przyjaciół {Pick(Places)}", OrganisationLegalForm.Association, false),
            < 0.30 => ($"Stowarzyszenie na rzecz {Pick(Causes)}", OrganisationLegalForm.Association, false),
            < 0.40 => ($"Stowarzyszenie „{Pick(Words)}” w {Pick(Villages)}", OrganisationLegalForm.Association, false),
            < 0.48 => ($"Fundacja Pomocy {Pick(Groups)} „{Pick(Words)}”", OrganisationLegalForm.Foundation, false),
            < 0.58 => ($"Fundacja „{Pick(Words)}”", OrganisationLegalForm.Foundation, false),
            < 0.65 => ($"Fundacja {Pick(Causes)}", OrganisationLegalForm.Foundation, false),
            < 0.70 => ($"Klub Sportowy „{Pick(Words)}” {Pick(Places)}", OrganisationLegalForm.SportsClub, false),
            < 0.74 => ($"Uczniowski Klub Sportowy „{Pick(Words)}”", OrganisationLegalForm.SportsClub, true),
            < 0.80 => ($"Ochotnicza Straż Pożarna w {Pick(Villages)}", OrganisationLegalForm.Association, false),
            < 0.83 => ($"Koło Gospodyń Wiejskich w {Pick(Villages)}", OrganisationLegalForm.RuralHousewivesCircle, true),
            < 0.88 => ($"Towarzystwo Przyjaciół {Pick(Places)}", OrganisationLegalForm.Association, false),
            < 0.90 => ($"Parafia Rzymskokatolicka pw. {Pick(Saints)} w {Pick(Villages)}", OrganisationLegalForm.ChurchLegalPerson, true),
            < 0.91 => ($"Spółdzielnia Socjalna „{Pick(Words)}”", OrganisationLegalForm.SocialCooperative, false),
            < 0.95 => ($"Stowarzyszenie zwykłe „{Pick(Words)}”", OrganisationLegalForm.OrdinaryAssociation, true),
            < 0.97 => ($"Lokalna Grupa Działania „{Pick(Words)}”", OrganisationLegalForm.Association, false),
            < 0.99 => ($"Uniwersytet Trzeciego Wieku {Pick(Places)}", OrganisationLegalForm.Association, false),
            _ => ($"Centrum Aktywności „{Pick(Words)}” sp. z o.o.", OrganisationLegalForm.NonProfitCompany, false),
        };
    }

    public string Village() => Pick(Villages);

    /// <summary>One to four spheres, the popular ones (local communities, culture, sport, children) more often.</summary>
    public IReadOnlyList<string> Spheres()
    {
        string[] popular = ["13", "16", "17", "15", "14", "1", "7", "10", "18", "4", "6", "2", "27", "32", "31", "3"];
        var count = 1 + _random.Next(4);
        var result = new HashSet<string>(StringComparer.Ordinal);
        while (result.Count < count)
        {
            result.Add(_random.NextDouble() < 0.75 ? popular[(int)(popular.Length * Math.Pow(_random.NextDouble(), 1.6))] : SphereSeed.All[_random.Next(SphereSeed.All.Count)].Code);
        }
        return result.OrderBy(SphereSeed.IndexOf).ToList();
    }

    public double NextDouble() => _random.NextDouble();

    public int Next(int max) => _random.Next(max);

    public static string Nip(int i)
    {
        int[] w = [6, 5, 7, 2, 3, 4, 5, 6, 7];
        var body = "95" + i.ToString("D7", CultureInfo.InvariantCulture);
        var check = body.Select((c, k) => (c - '0') * w[k]).Sum() % 11;
        return check == 10 ? "" : body + check.ToString(CultureInfo.InvariantCulture);
    }

    public static string Regon(int i)
    {
        int[] w = [8, 9, 2, 3, 4, 5, 6, 7];
        var body = "77" + i.ToString("D6", CultureInfo.InvariantCulture);
        var check = body.Select((c, k) => (c - '0') * w[k]).Sum() % 11 % 10;
        return body + check.ToString(CultureInfo.InvariantCulture);
    }
}
