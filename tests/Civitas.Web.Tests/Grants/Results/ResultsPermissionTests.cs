using System.Net;
using System.Runtime.CompilerServices;
using Civitas.Testing;
using Civitas.Web.Tests.Grants.FormalCheck;

namespace Civitas.Web.Tests.Grants.Results;

/// <summary>Every results route for every kind of person, on a competition whose results are published.
/// "login": sent to sign in; "denied": no office role; 403: an official of another department; 404: another
/// local government. The request for justification is open to every signed-in person (art. 15 ust. 2j UDPP: "każdy").</summary>
public abstract class ResultsPermissionTests(AppFixture fixture)
{
    public enum Who { Anonymous, Resident, Official, OtherDepartment, OtherTenant, Representative, OtherRepresentative }

    private static readonly (string Route, string Expected)[] Routes =
    [
        //                                                   Anon   Res    Off  OthDep OthTen Rep    OthRep
        ("/urzad/konkursy/{competition}/decyzja",            "login denied 200  403    404    denied denied"),
        ("/urzad/konkursy/{competition}/uzasadnienia",       "login denied 200  403    404    denied denied"),
        ("/urzad/konkursy/{competition}/uzasadnienia/{request}", "login denied 200  403    404    denied denied"),
        ("/oferty/{offer}/uzasadnienie",                     "login 200    200  200    404    200    200"),
        ("/moje-wnioski-o-uzasadnienie",                     "login 200    200  200    200    200    200"),
        ("/api/v1/competitions/{competition}/results",       "200   200    200  200    404    200    200"),
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
    public async Task Results_route_answers_each_kind_of_person_as_it_should(string route, Who who, string expected)
    {
        var world = await World.OfAsync(fixture.App);
        using var client = await world.ClientAsync(who);
        var response = await client.GetAsync(world.Resolve(route));
        Assert.True(Matches(response, expected), $"{who} GET {route}: expected {expected}, got {(int)response.StatusCode} {response.Headers.Location}");
    }

    [Theory]
    [InlineData(Who.OtherTenant, "404")]
    [InlineData(Who.Anonymous, "login")]
    public async Task A_justification_request_from_another_local_government_or_without_signing_in_is_refused_and_records_nothing(Who who, string expected)
    {
        var world = await World.OfAsync(fixture.App);
        var before = await ResultsKit.RequestCountAsync(fixture.App, world.Results);
        using var client = await world.ClientAsync(who);
        var response = await ResultsKit.PostWithTokenAsync(client, world.Resolve("/oferty/{offer}/uzasadnienie"), new Dictionary<string, string> { ["Input.Text"] = "Przejęty wniosek" });
        Assert.True(Matches(response, expected) || response.StatusCode == HttpStatusCode.BadRequest, $"{who}: got {(int)response.StatusCode} {response.Headers.Location}");
        Assert.Equal(before, await ResultsKit.RequestCountAsync(fixture.App, world.Results));
    }

    [Fact]
    public async Task A_justification_request_in_the_name_of_an_offeror_the_person_does_not_represent_is_refused_and_records_nothing()
    {
        var world = await World.OfAsync(fixture.App);
        var before = await ResultsKit.RequestCountAsync(fixture.App, world.Results);
        using var client = await world.ClientAsync(Who.OtherRepresentative);
        var lead = await ResultsKit.LeadOrganisationAsync(fixture.App, world.Results);
        var response = await client.PostFormAsync(world.Resolve("/oferty/{offer}/uzasadnienie"), new Dictionary<string, string> { ["Input.OrganisationId"] = lead.ToString(), ["Input.Text"] = "Podszywam się" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Civitas.Web.Tests.Organisations.OrgWebKit.PageOf(response);
        Assert.Contains("Nie reprezentujesz wskazanego oferenta", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await ResultsKit.RequestCountAsync(fixture.App, world.Results));
    }

    [Theory]
    [InlineData(Who.OtherDepartment, "403")]
    [InlineData(Who.OtherTenant, "404")]
    [InlineData(Who.Representative, "denied")]
    public async Task A_forged_decision_or_answer_is_refused(Who who, string expected)
    {
        var world = await World.OfAsync(fixture.App);
        using var client = await world.ClientAsync(who);
        var decision = await ResultsKit.PostWithTokenAsync(client, world.Resolve("/urzad/konkursy/{competition}/decyzja"), ResultsKit.DecisionFields(world.Results, true, "1,00", signatory: "Podrobiony"));
        Assert.True(Matches(decision, expected) || decision.StatusCode == HttpStatusCode.BadRequest, $"{who}: got {(int)decision.StatusCode}");
        var answer = await ResultsKit.PostWithTokenAsync(client, world.Resolve("/urzad/konkursy/{competition}/uzasadnienia/{request}"), new Dictionary<string, string> { ["Input.Answer"] = "Podrobiona", ["Input.Version"] = "0" });
        Assert.True(Matches(answer, expected) || answer.StatusCode == HttpStatusCode.BadRequest, $"{who}: got {(int)answer.StatusCode}");
        var stored = await ResultsKit.DecisionAsync(fixture.App, world.Results);
        Assert.Equal("Jan Kowalski", stored!.SignatoryName);
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

    private sealed class World
    {
        private static readonly ConditionalWeakTable<CivitasAppFactory, Task<World>> Worlds = [];

        public required CivitasAppFactory App { get; init; }
        public required ResultsWorld Results { get; init; }
        public required Guid Request { get; init; }
        public required string OtherHost { get; init; }
        public required Dictionary<Who, TestUser> People { get; init; }

        public static Task<World> OfAsync(CivitasAppFactory app) => Worlds.GetValue(app, CreateAsync);

        private static async Task<World> CreateAsync(CivitasAppFactory app)
        {
            var w = await ResultsKit.WorldAsync(app);
            using (var official = new TestClient(app))
            {
                await official.SignInAsync(w.Official);
                Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync(w.DecisionUrl, ResultsKit.DecisionFields(w, true, "6000,00"))).StatusCode);
                Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync(w.DecisionUrl, new Dictionary<string, string> { ["Publish.Confirm"] = "true" }, "handler=Publish")).StatusCode);
            }
            using (var member = new TestClient(app))
            {
                await member.SignInAsync(w.RepresentativeA);
                Assert.Equal(HttpStatusCode.Redirect, (await member.PostFormAsync(w.RequestUrlA, new Dictionary<string, string> { ["Input.Text"] = "Wniosek" })).StatusCode);
            }
            var request = await ResultsKit.FirstRequestAsync(app, w);
            var host = $"wyniki-{Guid.NewGuid():N}.example";
            var otherTenant = await app.CreateTenantAsync("gmina-" + Guid.NewGuid().ToString("N")[..8], "Gmina Sąsiednia", host);
            var people = new Dictionary<Who, TestUser>
            {
                [Who.Resident] = await app.CreateUserAsync(FormalCheckKit.Email("mieszkaniec"), "Rafał Mieszkaniec"),
                [Who.Official] = w.Official,
                [Who.OtherDepartment] = await FormalCheckKit.OfficialAsync(app, w.Tenant, "Wydział Sportu"),
                [Who.OtherTenant] = await FormalCheckKit.OfficialAsync(app, otherTenant, FormalCheckKit.Department),
                [Who.Representative] = w.RepresentativeA,
                [Who.OtherRepresentative] = w.RepresentativeB,
            };
            return new World { App = app, Results = w, Request = request, OtherHost = host, People = people };
        }

        public string Resolve(string route) => route
            .Replace("{competition}", Results.Competition.ToString(), StringComparison.Ordinal)
            .Replace("{request}", Request.ToString(), StringComparison.Ordinal)
            .Replace("{offer}", Results.OfferA.ToString(), StringComparison.Ordinal);

        public async Task<TestClient> ClientAsync(Who who)
        {
            var client = who == Who.OtherTenant ? new TestClient(App, OtherHost) : new TestClient(App);
            if (who != Who.Anonymous) await client.SignInAsync(People[who]);
            return client;
        }
    }
}

public sealed class ResultsPermissionTests_Sqlite(ResultsSqliteFixture f) : ResultsPermissionTests(f), IClassFixture<ResultsSqliteFixture>;

public sealed class ResultsPermissionTests_Postgres(ResultsPostgresFixture f) : ResultsPermissionTests(f), IClassFixture<ResultsPostgresFixture>;
