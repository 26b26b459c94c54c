using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using Civitas.Grants.Domain.Committee;
using Civitas.Testing;
using Civitas.Web.Tests.Grants.FormalCheck;
using Civitas.Web.Tests.Grants.Offers;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Web.Tests.Grants.Committee;

/// <summary>Every committee route for every kind of person. "login": sent to sign in; "denied": no office role;
/// "decl": a member who has not signed (or whose competition is not in its evaluation) is sent to the competition's declaration page; numbers are status codes (403 with the reason for a
/// conflicted member, 404 for another local government, where the competition does not exist).</summary>
public abstract class CommitteePermissionTests(AppFixture fixture)
{
    public enum Who { Anonymous, Resident, OtherCommittee, Unsigned, Member, Chair, Official, OtherDepartment, OtherTenant }

    private static readonly (string Route, string Expected)[] Routes =
    [
        //                                                Anon   Res    OthCom Unsig  Member Chair  Off    OthDep OthTen
        ("/komisja",                                      "login 200    200    200    200    200    200    200    200"),
        ("/komisja/konkursy/{competition}",               "login 403    403    200    200    200    403    403    404"),
        ("/komisja/konkursy/{competition}/oferty/{a}",    "login 403    403    decl   200    200    403    403    404"),
        ("/komisja/konkursy/{competition}/oferty/{b}",    "login 403    403    decl   403    200    403    403    404"),
        ("/komisja/konkursy/{other}/oferty/{a}",          "login 403    decl   403    403    403    403    403    404"),
        ("/urzad/konkursy/{competition}/komisja",         "login denied denied denied denied denied 200    403    404"),
        ("/urzad/konkursy/{competition}/arkusz",          "login 403    403    403    403    200    200    403    404"),
        ("/urzad/konkursy/{competition}/protokol",        "login denied denied denied denied denied 200    403    404"),
        ("/urzad/konkursy/{competition}/protokol?handler=Pdf", "login denied denied denied denied denied 200 403 404"),
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
        var url = world.Resolve(route);
        var response = await client.GetAsync(url);
        var location = response.Headers.Location?.OriginalString ?? "";
        var ok = expected switch
        {
            "login" => response.StatusCode == HttpStatusCode.Redirect && location.Contains("/konto/logowanie", StringComparison.Ordinal),
            "denied" => response.StatusCode == HttpStatusCode.Redirect && location.Contains("/konto/brak-dostepu", StringComparison.Ordinal),
            "decl" => response.StatusCode == HttpStatusCode.Redirect && location == url[..url.IndexOf("/oferty", StringComparison.Ordinal)],
            _ => (int)response.StatusCode == int.Parse(expected, CultureInfo.InvariantCulture),
        };
        Assert.True(ok, $"{who} GET {route}: expected {expected}, got {(int)response.StatusCode} {location}");
    }

    [Fact]
    public async Task Members_list_shows_only_the_persons_own_committees()
    {
        var world = await World.OfAsync(fixture.App);
        using var client = await world.ClientAsync(Who.OtherCommittee);
        var page = await client.GetPageAsync("/komisja");
        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/komisja/konkursy/{world.OtherCompetition}", links);
        Assert.DoesNotContain(world.Committee.MemberUrl, links);
    }

    private sealed class World
    {
        private static readonly ConditionalWeakTable<CivitasAppFactory, Task<World>> Worlds = [];

        public required CivitasAppFactory App { get; init; }
        public required CommitteeWorld Committee { get; init; }
        public required Guid OtherCompetition { get; init; }
        public required string OtherHost { get; init; }
        public required Dictionary<Who, TestUser> People { get; init; }

        public static Task<World> OfAsync(CivitasAppFactory app) => Worlds.GetValue(app, CreateAsync);

        private static async Task<World> CreateAsync(CivitasAppFactory app)
        {
            var w = await CommitteeKit.WorldAsync(app);
            // The member declared a conflict with offeror B; the chair signed with none; the expert stays unsigned.
            using (var member = new TestClient(app))
            {
                await member.SignInAsync(w.Member);
                Assert.Equal(HttpStatusCode.Redirect, (await CommitteeKit.SignAsync(member, w, w.OrgB)).StatusCode);
            }
            using (var chair = new TestClient(app))
            {
                await chair.SignInAsync(w.Chair);
                Assert.Equal(HttpStatusCode.Redirect, (await CommitteeKit.SignAsync(chair, w)).StatusCode);
            }
            var (other, _, _) = await app.CompetitionAsync(w.Tenant);
            var otherMember = await app.CreateUserAsync(FormalCheckKit.Email("inna-komisja"), "Olga Obca");
            await app.InAsync(w.Tenant, w.Official.Id, async sp =>
            {
                var competition = await CommitteeKit.LoadAsync(sp, other);
                var appointed = await sp.GetRequiredService<CommitteeService>().AppointAsync(competition, otherMember.Email, MemberKind.Official, null, "https://portal.example", CancellationToken.None);
                Assert.True(appointed.Succeeded, string.Join(", ", appointed.Errors.Select(e => e.Code)));
                return true;
            });
            var host = $"komisja-{Guid.NewGuid():N}.example";
            var otherTenant = await app.CreateTenantAsync("gmina-" + Guid.NewGuid().ToString("N")[..8], "Gmina Sąsiednia", host);
            var people = new Dictionary<Who, TestUser>
            {
                [Who.Resident] = await app.CreateUserAsync(FormalCheckKit.Email("mieszkaniec"), "Rafał Mieszkaniec"),
                [Who.OtherCommittee] = otherMember,
                [Who.Unsigned] = w.Expert,
                [Who.Member] = w.Member,
                [Who.Chair] = w.Chair,
                [Who.Official] = w.Official,
                [Who.OtherDepartment] = await FormalCheckKit.OfficialAsync(app, w.Tenant, "Wydział Sportu"),
                [Who.OtherTenant] = await FormalCheckKit.OfficialAsync(app, otherTenant, FormalCheckKit.Department),
            };
            return new World { App = app, Committee = w, OtherCompetition = other, OtherHost = host, People = people };
        }

        public string Resolve(string route) => route
            .Replace("{competition}", Committee.Competition.ToString(), StringComparison.Ordinal)
            .Replace("{other}", OtherCompetition.ToString(), StringComparison.Ordinal)
            .Replace("{a}", Committee.OfferA.ToString(), StringComparison.Ordinal)
            .Replace("{b}", Committee.OfferB.ToString(), StringComparison.Ordinal);

        public async Task<TestClient> ClientAsync(Who who)
        {
            var client = who == Who.OtherTenant ? new TestClient(App, OtherHost) : new TestClient(App);
            if (who != Who.Anonymous) await client.SignInAsync(People[who]);
            return client;
        }
    }
}

public sealed class CommitteePermissionTests_Sqlite(CommitteeSqliteFixture f) : CommitteePermissionTests(f), IClassFixture<CommitteeSqliteFixture>;

public sealed class CommitteePermissionTests_Postgres(CommitteePostgresFixture f) : CommitteePermissionTests(f), IClassFixture<CommitteePostgresFixture>;
