using System.Net;
using System.Runtime.CompilerServices;
using Civitas.Platform.Identity;
using Civitas.Platform.Tenancy;
using Civitas.Testing;

namespace Civitas.Web.Tests.Grants.FormalCheck;

/// <summary>Every formal-check route for every kind of person. "login": sent to sign in; "denied": no office
/// role; 403: an official of another department; 404: another local government (the competition does not
/// exist there) or an offer of another competition.</summary>
public abstract class FormalCheckPermissionTests(AppFixture fixture)
{
    public enum Who { Anonymous, Resident, Official, OtherDepartment, OtherTenant }

    private static readonly (string Route, string Expected)[] Routes =
    [
        //                                                         Anon   Res    Off  OthDep OthTen
        ("/urzad/konkursy/{competition}/oferty",                   "login denied 200  403    404"),
        ("/urzad/konkursy/{competition}/ocena-formalna/{offer}",   "login denied 200  403    404"),
        ("/urzad/konkursy/{competition}/oferty/{offer}/pdf",       "login denied 200  403    404"),
        ("/urzad/konkursy/{other}/ocena-formalna/{offer}",         "login denied 404  403    404"),
        ("/urzad/konkursy/{other}/oferty/{offer}/pdf",             "login denied 404  403    404"),
    ];

    public static IEnumerable<object[]> Cases()
    {
        var everyone = Enum.GetValues<Who>();
        foreach (var (route, expected) in Routes)
        {
            var codes = expected.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < everyone.Length; i++) yield return [route, everyone[i], codes[i]];
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Route_answers_each_kind_of_person_as_it_should(string route, Who who, string expected)
    {
        var world = await World.OfAsync(fixture.App);
        using var client = await world.ClientAsync(who);
        var response = await client.GetAsync(world.Resolve(route));
        AssertOutcome(response, expected, $"{who} GET {route}");
    }

    [Theory]
    [InlineData(Who.OtherDepartment, "403")]
    [InlineData(Who.OtherTenant, "404")]
    [InlineData(Who.Resident, "denied")]
    [InlineData(Who.Anonymous, "login")]
    public async Task A_forged_review_is_refused_and_records_nothing(Who who, string expected)
    {
        var world = await World.OfAsync(fixture.App);
        using var client = await world.ClientAsync(who);
        // The person's own antiforgery token from a page they may open (the home page's sign-out or search form, or none).
        var home = await client.GetPageAsync("/");
        var token = home.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        var fields = new Dictionary<string, string> { ["Input.Outcome"] = "Rejected", ["Input.Reasons"] = "Przejęta ocena" };
        if (token is not null) fields["__RequestVerificationToken"] = token;
        var response = await client.Http.PostAsync(new Uri(world.Resolve("/urzad/konkursy/{competition}/ocena-formalna/{offer}"), UriKind.Relative), new FormUrlEncodedContent(fields));
        Assert.True(Matches(response, expected) || response.StatusCode == HttpStatusCode.BadRequest, $"{who}: got {(int)response.StatusCode} {response.Headers.Location}");
        Assert.Null(await FormalCheckKit.ReviewAsync(fixture.App, world.Formal));
    }

    private static bool Matches(HttpResponseMessage response, string expected)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        return expected switch
        {
            "login" => response.StatusCode == HttpStatusCode.Redirect && location.Contains("/konto/logowanie", StringComparison.Ordinal),
            "denied" => response.StatusCode == HttpStatusCode.Redirect && location.Contains("/konto/brak-dostepu", StringComparison.Ordinal),
            _ => (int)response.StatusCode == int.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private static void AssertOutcome(HttpResponseMessage response, string expected, string what)
        => Assert.True(Matches(response, expected), $"{what}: expected {expected}, got {(int)response.StatusCode} {response.Headers.Location}");

    private sealed class World
    {
        private static readonly ConditionalWeakTable<CivitasAppFactory, Task<World>> Worlds = [];

        public required CivitasAppFactory App { get; init; }
        public required FormalWorld Formal { get; init; }
        public required Guid OtherCompetition { get; init; }
        public required string OtherHost { get; init; }
        public required Dictionary<Who, TestUser> People { get; init; }

        public static Task<World> OfAsync(CivitasAppFactory app) => Worlds.GetValue(app, CreateAsync);

        private static async Task<World> CreateAsync(CivitasAppFactory app)
        {
            var formal = await FormalCheckKit.WorldAsync(app);
            var (other, _, _) = await Offers.OfferWebKit.CompetitionAsync(app, formal.Tenant);
            var host = $"formalna-{Guid.NewGuid():N}.example";
            var otherTenant = await app.CreateTenantAsync("gmina-" + Guid.NewGuid().ToString("N")[..8], "Gmina Sąsiednia", host);
            var people = new Dictionary<Who, TestUser>
            {
                [Who.Resident] = await app.CreateUserAsync(FormalCheckKit.Email("mieszkaniec"), "Rafał Mieszkaniec"),
                [Who.Official] = formal.Official,
                [Who.OtherDepartment] = await FormalCheckKit.OfficialAsync(app, formal.Tenant, "Wydział Sportu"),
                [Who.OtherTenant] = await FormalCheckKit.OfficialAsync(app, otherTenant, FormalCheckKit.Department),
            };
            return new World { App = app, Formal = formal, OtherCompetition = other, OtherHost = host, People = people };
        }

        public string Resolve(string route) => route
            .Replace("{competition}", Formal.Competition.ToString(), StringComparison.Ordinal)
            .Replace("{other}", OtherCompetition.ToString(), StringComparison.Ordinal)
            .Replace("{offer}", Formal.Offer.ToString(), StringComparison.Ordinal);

        public async Task<TestClient> ClientAsync(Who who)
        {
            var client = who == Who.OtherTenant ? new TestClient(App, OtherHost) : new TestClient(App);
            if (who != Who.Anonymous) await client.SignInAsync(People[who]);
            return client;
        }
    }
}

public sealed class FormalCheckPermissionTests_Sqlite(FormalCheckSqliteFixture f) : FormalCheckPermissionTests(f), IClassFixture<FormalCheckSqliteFixture>;

public sealed class FormalCheckPermissionTests_Postgres(FormalCheckPostgresFixture f) : FormalCheckPermissionTests(f), IClassFixture<FormalCheckPostgresFixture>;
