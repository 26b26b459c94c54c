using System.Net;
using System.Runtime.CompilerServices;
using Civitas.Grants.Domain.Competitions;
using Civitas.Platform.Identity;
using Civitas.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Web.Tests.Grants.Competitions;

/// <summary>Every route of the competitions area for every kind of person. "login": sent to sign in;
/// "denied": the access-denied page (no office role); 403: an official of another department; 404: a
/// competition of another JST (it does not exist there) or a draft on a public route.</summary>
public abstract class CompetitionPermissionTests(AppFixture fixture)
{
    public enum Who { Anonymous, Resident, Official, OtherDepartment, TenantAdmin, AdminOfficialElsewhere, OtherTenantOfficial }

    private static readonly (string Route, string Expected)[] Routes =
    [
        //                                              Anon   Res    Off    OthDep AdminTA AdmOff OthTen
        ("/konkursy",                                  "200    200    200    200    200    200    200"),
        ("/konkursy/{announced}",                      "200    200    200    200    200    200    404"),
        ("/konkursy/{draft}",                          "404    404    404    404    404    404    404"),
        ("/api/v1/competitions",                       "200    200    200    200    200    200    200"),
        ("/api/v1/competitions/{announced}",           "200    200    200    200    200    200    404"),
        ("/urzad/konkursy",                            "login  denied 200    200    denied 200    200"),
        ("/urzad/konkursy/nowy",                       "login  denied 200    200    denied 200    200"),
        ("/urzad/konkursy/{announced}",                "login  denied 200    403    denied 200    404"),
        ("/urzad/konkursy/{draft}/ogloszenie",         "login  denied 200    403    denied 200    404"),
        ("/urzad/konkursy/{announced}/korekta",        "login  denied 200    403    denied 200    404"),
        ("/urzad/konkursy/{announced}/uniewaznienie",  "login  denied 200    403    denied 200    404"),
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
        var response = await (await world.ClientAsync(who)).GetAsync(world.Resolve(route));
        AssertOutcome(response, expected, $"{who} GET {route}");
    }

    public static IEnumerable<object[]> PostCases() =>
    [
        ["/urzad/konkursy/{draft}/ogloszenie", "Announce", Who.OtherDepartment, "403"],
        ["/urzad/konkursy/{draft}/ogloszenie", "", Who.OtherTenantOfficial, "404"],
        ["/urzad/konkursy/{draft}/ogloszenie", "Row", Who.Resident, "denied"],
        ["/urzad/konkursy/{announced}/korekta", "", Who.OtherDepartment, "403"],
        ["/urzad/konkursy/{announced}/uniewaznienie", "", Who.OtherDepartment, "403"],
        ["/urzad/konkursy/{announced}/uniewaznienie", "", Who.OtherTenantOfficial, "404"],
        ["/urzad/konkursy/{announced}/uniewaznienie", "", Who.Anonymous, "login"],
    ];

    [Theory]
    [MemberData(nameof(PostCases))]
    public async Task Actions_check_the_person_and_the_competition(string route, string handler, Who who, string expected)
    {
        var world = await World.OfAsync(fixture.App);
        var client = await world.ClientAsync(who);
        var token = await world.TokenAsync(who);
        var url = world.Resolve(route) + (handler.Length > 0 ? "?handler=" + handler : "");
        var fields = CompetitionKit.Complete(fixture.App, "Przejęty konkurs");
        fields["__RequestVerificationToken"] = token;
        fields["Input.Reason"] = "Próba";
        var response = await client.Http.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(fields));
        AssertOutcome(response, expected, $"{who} POST {url}");
        var draft = await CompetitionKit.LoadAsync(fixture.App, world.Draft);
        var announced = await CompetitionKit.LoadAsync(fixture.App, world.Announced);
        Assert.Equal(CompetitionStatus.Draft, draft.Status);
        Assert.Equal(CompetitionStatus.Announced, announced.Status);
        Assert.Equal(1, announced.AnnouncementVersionNumber);
    }

    private static void AssertOutcome(HttpResponseMessage response, string expected, string what)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        switch (expected)
        {
            case "login":
                Assert.True(response.StatusCode == HttpStatusCode.Redirect && location.Contains("/konto/logowanie", StringComparison.Ordinal), $"{what}: {(int)response.StatusCode} {location}");
                break;
            case "denied":
                Assert.True(response.StatusCode == HttpStatusCode.Redirect && location.Contains("/konto/brak-dostepu", StringComparison.Ordinal), $"{what}: {(int)response.StatusCode} {location}");
                break;
            default:
                Assert.True((int)response.StatusCode == int.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), $"{what}: expected {expected}, got {(int)response.StatusCode} {location}");
                break;
        }
    }

    private sealed class World
    {
        private static readonly ConditionalWeakTable<CivitasAppFactory, Task<World>> Worlds = new();
        private readonly Dictionary<Who, TestClient> _clients = [];
        private readonly Dictionary<Who, string> _tokens = [];

        public Guid Draft { get; private set; }
        public Guid Announced { get; private set; }

        public static Task<World> OfAsync(CivitasAppFactory app) => Worlds.GetValue(app, a => CreateAsync(a));

        public string Resolve(string route) => route.Replace("{draft}", Draft.ToString(), StringComparison.Ordinal).Replace("{announced}", Announced.ToString(), StringComparison.Ordinal);

        public Task<TestClient> ClientAsync(Who who) => Task.FromResult(_clients[who]);

        public Task<string> TokenAsync(Who who) => Task.FromResult(_tokens[who]);

        private static async Task<World> CreateAsync(CivitasAppFactory app)
        {
            var world = new World();
            var tenant = await app.DemoTenantAsync();
            var culture = await app.DepartmentAsync(tenant, "Wydział Kultury");
            var sport = await app.DepartmentAsync(tenant, "Wydział Sportu");
            var (official, _, dep) = await CompetitionKit.OfficialAsync(app, "Wydział Kultury");
            world.Draft = await CompetitionKit.CreateAsync(official, dep, "Wersja robocza macierzy uprawnień");
            world.Announced = await CompetitionKit.AnnouncedAsync(app, official, dep, "Ogłoszony konkurs macierzy uprawnień");
            world._clients[Who.Official] = official;

            var other = await app.CreateTenantAsync("gmina-macierz", "Gmina Macierz", "macierz-b.test");
            var otherDep = await app.DepartmentAsync(other, "Wydział B");
            var users = new Dictionary<Who, (TestUser? User, string Host)>
            {
                [Who.Anonymous] = (null, "localhost"),
                [Who.Resident] = (await app.CreateUserAsync(CompetitionKit.Email("mieszkaniec"), "Mieszkaniec"), "localhost"),
                [Who.OtherDepartment] = (await app.CreateUserAsync(CompetitionKit.Email("sport"), "Urzędnik Sportu", tenant, TenantRole.Official, sport, twoFactor: true), "localhost"),
                [Who.TenantAdmin] = (await app.CreateUserAsync(CompetitionKit.Email("admin"), "Administratorka", tenant, TenantRole.TenantAdmin, twoFactor: true), "localhost"),
                [Who.OtherTenantOfficial] = (await app.CreateUserAsync(CompetitionKit.Email("obcy"), "Urzędnik Obcy", other, TenantRole.Official, otherDep, twoFactor: true), "macierz-b.test"),
            };
            // An administrator who is also an official of another department manages every competition.
            var adminOfficial = await app.CreateUserAsync(CompetitionKit.Email("admin-urzednik"), "Administrator Urzędnik", tenant, TenantRole.TenantAdmin, twoFactor: true);
            await app.WithScopeAsync(async sp =>
            {
                sp.GetRequiredService<Civitas.Platform.Tenancy.ITenantContext>().Set(tenant);
                var db = sp.GetRequiredService<Civitas.Platform.Data.PlatformDb>();
                db.RoleAssignments.Add(new RoleAssignment { UserId = adminOfficial.Id, Role = TenantRole.Official, DepartmentId = sport, AssignedAt = app.Clock.GetUtcNow() });
                await db.SaveChangesAsync();
            });
            users[Who.AdminOfficialElsewhere] = (adminOfficial, "localhost");
            foreach (var (who, (user, host)) in users)
            {
                var client = new TestClient(app, host);
                if (user is not null) await client.SignInAsync(user);
                world._clients[who] = client;
            }
            foreach (var (who, client) in world._clients)
            {
                var page = await client.GetPageAsync(who == Who.Anonymous ? "/konto/logowanie" : "/organizacje/nowa");
                world._tokens[who] = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
            }
            _ = culture;
            return world;
        }
    }
}

public sealed class CompetitionPermissionTests_Sqlite(SqliteAppFixture f) : CompetitionPermissionTests(f), IClassFixture<SqliteAppFixture>;

public sealed class CompetitionPermissionTests_Postgres(PostgresAppFixture f) : CompetitionPermissionTests(f), IClassFixture<PostgresAppFixture>;
