using System.Globalization;
using Civitas.Bench.Organisations;
using Civitas.Organisations.Contracts;
using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Civitas.Platform.Audit;
using Civitas.Platform.Calendar;
using Civitas.Platform.Identity;
using Civitas.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Bench.Grants;

/// <summary>A generated organisation, verified in the tenant, with its representative (a generated person).</summary>
internal sealed record BenchOrganisation(Guid Id, string Name, Guid RepresentativeId, string RepresentativeName, string RepresentativeEmail);

/// <summary>Generates people (platform accounts) and organisations (registry entries listed and verified in the
/// tenant, the person as representative) through the modules' own entities, saved in batches.</summary>
internal sealed class Population(BenchHost host, TenantInfo tenant, NameFactory names, string tag)
{
    private static readonly string[] FirstNames = ["Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Zofia", "Joanna", "Marta", "Elżbieta",
        "Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Michał", "Marcin", "Grzegorz", "Łukasz", "Józef", "Wojciech", "Jakub"];

    private static readonly string[] LastNames = ["Nowak", "Kowalska", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamińska", "Lewandowski", "Zielińska", "Szymański",
        "Woźniak", "Dąbrowska", "Kozłowski", "Jankowska", "Mazur", "Kwiatkowski", "Krawczyk", "Piotrowska", "Grabowski", "Nowakowska", "Pawłowski", "Michalska", "Król", "Wieczorek", "Jabłoński", "Żak"];

    private int _person;

    public string PersonName() => $"{FirstNames[names.Next(FirstNames.Length)]} {LastNames[names.Next(LastNames.Length)]}";

    /// <summary>Creates <paramref name="count"/> organisations, each with the spheres <paramref name="spheresOf"/> gives for its index.</summary>
    public async Task<IReadOnlyList<BenchOrganisation>> OrganisationsAsync(int count, int firstNumber, Func<int, IReadOnlyList<string>> spheresOf, DateTimeOffset now)
    {
        var result = new List<BenchOrganisation>(count);
        const int batch = 250;
        for (var start = 0; start < count; start += batch)
        {
            var size = Math.Min(batch, count - start);
            var people = await PeopleAsync(size, now);
            var made = await host.InAsync(tenant, Actor.System, async sp =>
            {
                var db = sp.GetRequiredService<OrganisationsDb>();
                var today = WarsawTime.DateOf(now);
                var list = new List<BenchOrganisation>(size);
                for (var k = 0; k < size; k++)
                {
                    var i = firstNumber + start + k;
                    var (name, form, otherRegister) = names.Next();
                    var created = now.AddDays(-30 - names.Next(3000));
                    var profile = new OrganisationProfile
                    {
                        Name = name,
                        LegalForm = form,
                        Krs = otherRegister ? null : (3_000_000 + i).ToString("D10", CultureInfo.InvariantCulture),
                        OtherRegisterName = otherRegister ? "Ewidencja prowadzona przez starostę" : null,
                        OtherRegisterNumber = otherRegister ? $"EW/{i}/{created.Year}" : null,
                        Nip = NameFactory.Nip(200_000 + i) is { Length: > 0 } nip ? nip : null,
                        Regon = NameFactory.Regon(200_000 + i),
                        Street = "ul. " + (names.NextDouble() < 0.5 ? "Przykładowa" : "Polna"),
                        Building = (1 + names.Next(120)).ToString(CultureInfo.InvariantCulture),
                        PostalCode = $"59-{200 + names.Next(100):D3}",
                        City = names.NextDouble() < 0.7 ? "Miasto Przykładowe" : names.Village(),
                        Voivodeship = "dolnośląskie",
                        Email = $"biuro{i}@{tag}.example",
                        Phone = $"+48 71 {100 + names.Next(900)} {10 + names.Next(90)} {10 + names.Next(90)}",
                        Description = $"{name} działa na rzecz mieszkańców od {created.Year} roku.",
                        FoundedOn = DateOnly.FromDateTime(created.UtcDateTime),
                        RepresentationBody = "Zarząd",
                        RepresentationRule = "Dwóch członków zarządu działających łącznie.",
                        Spheres = spheresOf(start + k),
                    };
                    var validated = profile.Validate(today);
                    if (!validated.Succeeded) throw new InvalidOperationException($"Generated organisation {name}: " + string.Join(", ", validated.Errors.Select(e => e.Code + "@" + e.Field)));
                    var organisation = Organisation.Create(validated.Value!, Slug(name, i), created);
                    var listing = Listing.Create(organisation, tenant.Id, ListingSource.Registered, created, requestVerification: true);
                    var verified = listing.Verify(VerificationMethod.KrsLookup, null, Guid.Empty, created.AddDays(3));
                    if (!verified.Succeeded) throw new InvalidOperationException("Verification refused: " + string.Join(", ", verified.Errors.Select(e => e.Code)));
                    db.Organisations.Add(organisation);
                    db.Listings.Add(listing);
                    var person = people[k];
                    db.Memberships.Add(new Membership(organisation.Id, person.Id, OrganisationMemberRole.Representative, created));
                    list.Add(new BenchOrganisation(organisation.Id, organisation.Name, person.Id, person.DisplayName, person.Email!));
                }
                await db.SaveChangesAsync();
                return list;
            });
            result.AddRange(made);
        }
        return result;
    }

    /// <summary>A unique slug within the column's 90 characters: the name's, cut to 50, then the run's tag and number.</summary>
    private string Slug(string name, int i)
    {
        var slug = Slugs.From(name);
        return $"{(slug.Length > 50 ? slug[..50] : slug).TrimEnd('-')}-{tag}-{i}";
    }

    /// <summary>Platform accounts without a password (they sign in through the minted cookie only), e-mail confirmed.</summary>
    public async Task<IReadOnlyList<User>> PeopleAsync(int count, DateTimeOffset now)
    {
        return await host.InAsync(tenant, Actor.System, async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            var list = new List<User>(count);
            for (var i = 0; i < count; i++)
            {
                var n = Interlocked.Increment(ref _person);
                var email = $"osoba{n}@{tag}.example";
                var user = new User
                {
                    UserName = email,
                    Email = email,
                    EmailConfirmed = true,
                    DisplayName = PersonName(),
                    CreatedAt = now.AddDays(-40),
                    RegisteredInTenantId = tenant.Id,
                    PreferredCulture = "pl",
                };
                var created = await users.CreateAsync(user);
                if (!created.Succeeded) throw new InvalidOperationException(email + ": " + string.Join("; ", created.Errors.Select(e => e.Code)));
                list.Add(user);
            }
            return list;
        });
    }

    /// <summary>The account of <paramref name="email"/> (a demo account).</summary>
    public Task<User> FindAsync(string email)
        => host.InAsync(tenant, Actor.System, async sp => await sp.GetRequiredService<UserManager<User>>().Users.FirstOrDefaultAsync(u => u.NormalizedEmail == email.ToUpperInvariant())
            ?? throw new InvalidOperationException(email + " not found"));
}
