using System.Net;
using System.Runtime.CompilerServices;
using Civitas.Organisations.Contracts;
using Civitas.Platform.Identity;
using Civitas.Platform.Tenancy;
using Civitas.Testing;

namespace Civitas.Web.Tests.Grants.Offers;

/// <summary>
/// Every offer route for every kind of person. "login": sent to sign in; 403: signed in but not allowed
/// for this offer (not a member of the lead offeror, or a role too low); 404: the offer or competition
/// does not exist in that local government (a person of another one, on their own portal).
/// </summary>
public abstract class OfferPermissionTests(AppFixture fixture)
{
    public enum Who { Anonymous, Resident, Viewer, Editor, Representative, MemberOfOther, Official, OtherTenant }

    private static readonly Who[] Everyone = Enum.GetValues<Who>();

    private static readonly (string Route, string Expected)[] Routes =
    [
        //                                         Anon   Res  View Edit Rep  Other Off  OtherTenant
        ("/moje-oferty",                           "login 200  200  200  200  200   200  200"),
        ("/konkursy/{competition}/nowa-oferta",     "login 200  200  200  200  200   200  404"),
        ("/oferty/{offer}",                        "login 403  403  200  200  403   403  404"),
        ("/oferty/{offer}?sekcja=VA",              "login 403  403  200  200  403   403  404"),
        ("/oferty/{offer}?sekcja=VC",              "login 403  403  200  200  403   403  404"),
        ("/oferty/{offer}/podsumowanie",           "login 403  403  200  200  403   403  404"),
        ("/oferty/{offer}/potwierdzenie",          "login 403  200  200  200  403   403  404"),
        ("/oferty/{offer}/pdf",                    "login 403  200  200  200  403   403  404"),
        ("/oferty/{offer}/wycofaj",                "login 403  403  403  200  403   403  404"),
    ];

    public static IEnumerable<object[]> Cases()
    {
        foreach (var (route, expected) in Routes)
        {
            var codes = expected.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < Everyone.Length; i++) yield return [route, Everyone[i], codes[i]];
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Route_answers_each_kind_of_person_as_it_should(string route, Who who, string expected)
    {
        var world = await World.OfAsync(fixture.App);
        using var client = await world.ClientAsync(who);
        var response = await client.GetAsync(world.Resolve(route));
        Assert.True(Matches(response, expected), $"{who} GET {route}: expected {expected}, got {(int)response.StatusCode} {response.Headers.Location}");
    }

    public static IEnumerable<object[]> PostCases() =>
    [
        ["/oferty/{offer}/podsumowanie", Who.Editor, "403"],
        ["/oferty/{offer}/podsumowanie", Who.MemberOfOther, "403"],
        ["/oferty/{offer}/wycofaj", Who.Editor, "403"],
        ["/oferty/{offer}/wycofaj", Who.Viewer, "403"],
        ["/oferty/{offer}?sekcja=IV", Who.Viewer, "403"],
        ["/oferty/{offer}?sekcja=IV", Who.Official, "403"],
        ["/oferty/{offer}?sekcja=IV&handler=Sums", Who.MemberOfOther, "403"],
        ["/oferty/{offer}?sekcja=IV&handler=Autosave", Who.Resident, "403"],
    ];

    /// <summary>A forged post (the form of the person's own page, sent to someone else's offer) is refused too.</summary>
    [Theory]
    [MemberData(nameof(PostCases))]
    public async Task Posts_are_checked_per_offer(string route, Who who, string expected)
    {
        var world = await World.OfAsync(fixture.App);
        using var client = await world.ClientAsync(who);
        // Any antiforgery-bearing page of the person: their list of offers.
        var own = await client.GetPageAsync("/moje-oferty");
        var token = own.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        var fields = new Dictionary<string, string> { ["Input.Confirm"] = "true", ["Profile.PreviousActivity"] = "x" };
        if (token is not null) fields["__RequestVerificationToken"] = token;
        var response = await client.Http.PostAsync(new Uri(world.Resolve(route), UriKind.Relative), new FormUrlEncodedContent(fields));
        // Without a token of the page the request is refused by antiforgery (400); with one, by the per-offer check (403).
        Assert.True(Matches(response, expected) || response.StatusCode == HttpStatusCode.BadRequest, $"{who} POST {route}: got {(int)response.StatusCode}");
        Assert.Single(await fixture.App.SubmissionsAsync(world.Tenant, world.Offer));
    }

    private static bool Matches(HttpResponseMessage response, string expected) => expected switch
    {
        "login" => response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/konto/logowanie", StringComparison.Ordinal),
        _ => (int)response.StatusCode == int.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
    };

    private sealed class World
    {
        private static readonly ConditionalWeakTable<CivitasAppFactory, Task<World>> Worlds = [];

        public required CivitasAppFactory App { get; init; }
        public required TenantInfo Tenant { get; init; }
        public required TenantInfo Other { get; init; }
        public required string OtherHost { get; init; }
        public required Guid Competition { get; init; }
        public required Guid Offer { get; init; }
        public required Dictionary<Who, TestUser> People { get; init; }

        public static Task<World> OfAsync(CivitasAppFactory app) => Worlds.GetValue(app, CreateAsync);

        private static async Task<World> CreateAsync(CivitasAppFactory app)
        {
            var tenant = await app.DemoTenantAsync();
            var host = $"sasiednia-{Guid.NewGuid():N}.example";
            var other = await app.CreateTenantAsync("gmina-" + Guid.NewGuid().ToString("N")[..8], "Gmina Sąsiednia", host);
            var (competition, task, _) = await app.CompetitionAsync(tenant);
            var people = new Dictionary<Who, TestUser>
            {
                [Who.Resident] = await app.PersonAsync("Rafał Mieszkaniec"),
                [Who.Viewer] = await app.PersonAsync("Wiktor Widz"),
                [Who.Editor] = await app.PersonAsync("Edyta Redaktorka"),
                [Who.Representative] = await app.PersonAsync("Regina Prezeska"),
                [Who.MemberOfOther] = await app.PersonAsync("Ireneusz Inny"),
                [Who.Official] = await app.CreateUserAsync($"o{Guid.NewGuid():N}@example.org", "Urszula Urzędniczka", tenant, TenantRole.Official, twoFactor: true),
                [Who.OtherTenant] = await app.CreateUserAsync($"o{Guid.NewGuid():N}@example.org", "Oskar Obcy", other, TenantRole.Official, twoFactor: true),
            };
            var organisation = await app.OrganisationAsync(tenant, people[Who.Representative], "Stowarzyszenie Próba " + Guid.NewGuid().ToString("N")[..6]);
            await app.AddMemberAsync(tenant, organisation, people[Who.Viewer], OrganisationMemberRole.Viewer);
            await app.AddMemberAsync(tenant, organisation, people[Who.Editor], OrganisationMemberRole.Editor);
            await app.OrganisationAsync(tenant, people[Who.MemberOfOther], "Fundacja Inna " + Guid.NewGuid().ToString("N")[..6]);
            var offer = await app.StartOfferAsync(tenant, competition, task, organisation, people[Who.Representative]);
            await app.FillAsync(tenant, offer, people[Who.Representative]);
            await app.InAsync(tenant, people[Who.Representative].Id, async sp =>
            {
                var result = await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Civitas.Grants.Domain.Offers.OfferWorkflow>(sp)
                    .SubmitAsync(offer, people[Who.Representative].Id, CancellationToken.None);
                Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Code)));
                return true;
            });
            return new World { App = app, Tenant = tenant, Other = other, OtherHost = host, Competition = competition, Offer = offer, People = people };
        }

        public string Resolve(string route) => route.Replace("{competition}", Competition.ToString(), StringComparison.Ordinal).Replace("{offer}", Offer.ToString(), StringComparison.Ordinal);

        public async Task<TestClient> ClientAsync(Who who)
        {
            var client = who == Who.OtherTenant ? new TestClient(App, OtherHost) : new TestClient(App);
            if (who != Who.Anonymous) await client.SignInAsync(People[who]);
            return client;
        }
    }
}

public sealed class OfferPermissionTests_Sqlite(OffersSqliteFixture f) : OfferPermissionTests(f), IClassFixture<OffersSqliteFixture>;

public sealed class OfferPermissionTests_Postgres(OffersPostgresFixture f) : OfferPermissionTests(f), IClassFixture<OffersPostgresFixture>;
