using System.Net;
using System.Runtime.CompilerServices;
using Civitas.Organisations.Contracts;
using Civitas.Organisations.Domain;
using Civitas.Organisations.Import;
using Civitas.Platform.Files;
using Civitas.Platform.Tenancy;
using Civitas.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Web.Tests.Organisations;

/// <summary>
/// Every page and API route of the module for every kind of person (ARCHITECTURE.md §5: permissions
/// are checked per area and per resource). "login": sent to sign in; "denied": the access-denied
/// page (signed in without the office role); 403: a member page of an organisation the person does
/// not belong to (or may not edit); 404: a resource of another local government, which does not
/// exist there. The official of another JST is tried on their own portal and on this one.
/// </summary>
public abstract class PermissionMatrixTests(OrganisationsAppFixture fixture)
{
    public enum Who { Anonymous, Resident, MemberOfOther, Editor, Representative, Official, OtherTenantOfficial, OtherTenantOfficialHere }

    private static readonly Who[] Everyone = Enum.GetValues<Who>();

    private static readonly (string Route, string Expected)[] Routes =
    [
        //                                                        Anon   Res    Other  Editor Rep    Off    OffB   OffB@A
        ("/organizacje",                                          "200    200    200    200    200    200    200    200"),
        ("/organizacje/{slug}",                                   "200    200    200    200    200    200    404    200"),
        ("/organizacje/{slug}/logo",                              "200    200    200    200    200    200    404    200"),
        ("/mapa",                                                 "200    200    200    200    200    200    200    200"),
        ("/api/v1/organisations",                                 "200    200    200    200    200    200    200    200"),
        ("/api/v1/organisations/{id}",                            "200    200    200    200    200    200    404    200"),
        ("/api/v1/organisations/map",                             "200    200    200    200    200    200    200    200"),
        ("/api/v1/organisations/map/{listing}",                   "200    200    200    200    200    200    404    200"),
        ("/api/v1/organisations/districts",                       "200    200    200    200    200    200    200    200"),
        ("/organizacje/eksport.csv",                              "200    200    200    200    200    200    200    200"),
        ("/organizacje/eksport.xlsx",                             "200    200    200    200    200    200    200    200"),
        ("/organizacje/nowa",                                     "login  200    200    200    200    200    200    200"),
        ("/moje-organizacje",                                     "login  200    200    200    200    200    200    200"),
        ("/moje-organizacje/{id}/profil",                         "login  403    403    200    200    403    404    403"),
        ("/moje-organizacje/{id}/czlonkowie",                     "login  403    403    200    200    403    404    403"),
        ("/moje-organizacje/zaproszenie/{token}",                 "login  200    200    200    200    200    200    200"),
        ("/organizacje/{slug}/przejmij",                          "login  200    200    200    200    200    404    200"),
        ("/urzad/organizacje",                                    "login  denied denied denied denied 200    200    denied"),
        ("/urzad/organizacje/{id}",                               "login  denied denied denied denied 200    404    denied"),
        ("/urzad/organizacje/import",                             "login  denied denied denied denied 200    200    denied"),
        ("/urzad/organizacje/import/{session}",                   "login  denied denied denied denied 200    404    denied"),
        ("/urzad/organizacje/dzielnice",                          "login  denied denied denied denied 200    200    denied"),
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
        var client = await world.ClientAsync(who);
        var response = await client.GetAsync(world.Resolve(route));
        AssertOutcome(response, expected, $"{who} GET {route}");
    }

    public static IEnumerable<object[]> PostCases() =>
    [
        ["/moje-organizacje/{id}/profil", "", Who.MemberOfOther, "403"],
        ["/moje-organizacje/{id}/profil", "", Who.OtherTenantOfficial, "404"],
        ["/moje-organizacje/{id}/czlonkowie", "Invite", Who.Editor, "403"],
        ["/moje-organizacje/{id}/czlonkowie", "Invite", Who.Resident, "403"],
        ["/moje-organizacje/{id}/czlonkowie", "Remove", Who.MemberOfOther, "403"],
        ["/urzad/organizacje/{id}", "Note", Who.Representative, "denied"],
        ["/urzad/organizacje/{id}", "Note", Who.OtherTenantOfficial, "404"],
        ["/urzad/organizacje/{id}", "Suspend", Who.OtherTenantOfficial, "404"],
        ["/urzad/organizacje/{id}", "VerifyKrs", Who.OtherTenantOfficial, "404"],
        ["/urzad/organizacje/import/{session}", "Check", Who.OtherTenantOfficial, "404"],
        ["/urzad/organizacje/import/{session}", "Import", Who.OtherTenantOfficialHere, "denied"],
        ["/organizacje/{slug}/przejmij", "", Who.Anonymous, "login"],
    ];

    [Theory]
    [MemberData(nameof(PostCases))]
    public async Task Actions_check_the_person_and_the_resource(string route, string handler, Who who, string expected)
    {
        var world = await World.OfAsync(fixture.App);
        var client = await world.ClientAsync(who);
        var url = world.Resolve(route) + (handler.Length > 0 ? "?handler=" + handler : "");
        var token = await world.TokenAsync(who);
        var response = await client.Http.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["NoteText"] = "Próba",
            ["SuspendReason"] = "Próba",
            ["Invite.Email"] = "ktos@example.org",
            ["Invite.Role"] = "Editor",
            ["Input.Name"] = "Przejęta nazwa",
            ["Input.City"] = "Gdzieś",
            ["Input.LegalForm"] = "Association",
            ["membershipId"] = world.RepresentativeMembership.ToString(),
        }));
        AssertOutcome(response, expected, $"{who} POST {url}");
        // Nothing changed behind a refusal.
        Assert.Equal("Stowarzyszenie Macierzy Uprawnień", await fixture.App.DbAsync(world.A, db => db.Organisations.Where(o => o.Id == world.Organisation).Select(o => o.Name).SingleAsync()));
        Assert.Equal(OrganisationStatus.Unverified, await fixture.App.DbAsync(world.A, db => db.Listings.Where(l => l.OrganisationId == world.Organisation).Select(l => l.Status).SingleAsync()));
        Assert.False(await fixture.App.DbAsync(world.A, db => db.Notes.AnyAsync(n => n.OrganisationId == world.Organisation)));
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

    /// <summary>What every case needs, arranged once per app: two JSTs, an organisation with its people,
    /// another organisation, officials, an import session, an invitation, and signed-in clients.</summary>
    private sealed class World
    {
        private static readonly ConditionalWeakTable<CivitasAppFactory, Task<World>> Worlds = new();
        private readonly Dictionary<Who, TestClient> _clients = [];
        private readonly Dictionary<Who, TestUser?> _users = [];
        private readonly Dictionary<Who, string> _tokens = [];
        private CivitasAppFactory _app = null!;

        public TenantInfo A { get; private set; } = null!;
        public TenantInfo B { get; private set; } = null!;
        public Guid Organisation { get; private set; }
        public Guid RepresentativeMembership { get; private set; }
        private string _slug = "";
        private long _listing;
        private Guid _session;
        private string _token = "";

        public static Task<World> OfAsync(CivitasAppFactory app) => Worlds.GetValue(app, a => CreateAsync(a));

        public string Resolve(string route) => route.Replace("{slug}", _slug, StringComparison.Ordinal).Replace("{id}", Organisation.ToString(), StringComparison.Ordinal)
            .Replace("{listing}", _listing.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{session}", _session.ToString(), StringComparison.Ordinal).Replace("{token}", _token, StringComparison.Ordinal);

        public async Task<TestClient> ClientAsync(Who who)
        {
            if (_clients.TryGetValue(who, out var client)) return client;
            client = new TestClient(_app, who == Who.OtherTenantOfficial ? "gmina-macierz.example" : "localhost");
            if (_users[who] is { } user) await client.SignInAsync(user);
            _clients[who] = client;
            return client;
        }

        /// <summary>An antiforgery token of the person's session, from a page every signed-in person may open.</summary>
        public async Task<string> TokenAsync(Who who)
        {
            if (_tokens.TryGetValue(who, out var token)) return token;
            var client = await ClientAsync(who);
            var page = await client.GetPageAsync(who == Who.Anonymous ? "/konto/logowanie" : "/organizacje/nowa");
            token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            _tokens[who] = token;
            return token;
        }

        private static async Task<World> CreateAsync(CivitasAppFactory app)
        {
            var w = new World { _app = app };
            w.A = await app.DemoTenantAsync();
            w.B = await app.CreateTenantAsync("gmina-macierz", "Gmina Macierzy", "gmina-macierz.example");
            var representative = await app.PersonAsync("Przedstawiciel Macierzy");
            var editor = await app.PersonAsync("Redaktorka Macierzy");
            var memberOfOther = await app.PersonAsync("Członek Innej");
            var resident = await app.PersonAsync("Mieszkaniec Macierzy");
            var official = await app.OfficialAsync(w.A, "Urzędnik Macierzy");
            var officialB = await app.OfficialAsync(w.B, "Urzędniczka Gminy B");
            w._users[Who.Anonymous] = null;
            w._users[Who.Resident] = resident;
            w._users[Who.MemberOfOther] = memberOfOther;
            w._users[Who.Editor] = editor;
            w._users[Who.Representative] = representative;
            w._users[Who.Official] = official;
            w._users[Who.OtherTenantOfficial] = officialB;
            w._users[Who.OtherTenantOfficialHere] = officialB;

            var organisation = await app.RegisterAsync(w.A, representative, "Stowarzyszenie Macierzy Uprawnień");
            await app.RegisterAsync(w.A, memberOfOther, "Fundacja Innej Organizacji");
            await app.AddMemberAsync(w.A, organisation.Id, editor, OrganisationMemberRole.Editor);
            w.Organisation = organisation.Id;
            w._slug = organisation.Slug;
            w.RepresentativeMembership = await app.DbAsync(w.A, db => db.Memberships.Where(m => m.UserId == representative.Id).Select(m => m.Id).SingleAsync());
            w._listing = await app.DbAsync(w.A, db => db.Listings.Where(l => l.OrganisationId == organisation.Id).Select(l => l.Id).SingleAsync());

            await app.InAsync(w.A, representative.Id, async sp =>
            {
                var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
                var stored = await sp.GetRequiredService<IFileStore>().SaveAsync(new FileUpload(new MemoryStream(png), "logo.png", OrganisationFiles.Images, OrganisationFiles.Logo, organisation.Id, true));
                var db = sp.GetRequiredService<Civitas.Organisations.Data.OrganisationsDb>();
                var o = await db.Organisations.Include(x => x.Spheres).FirstAsync(x => x.Id == organisation.Id);
                o.SetLogo(stored.Value!.Id, DateTimeOffset.UtcNow);
                await db.SaveChangesAsync();
                return true;
            });
            w._session = await app.InAsync(w.A, official.Id, async sp =>
            {
                var bytes = "nazwa;krs;miejscowosc;forma prawna\nFundacja Z Pliku;0000000999;Legnica;fundacja\n"u8.ToArray();
                var r = await sp.GetRequiredService<ImportRunner>().UploadAsync(new MemoryStream(bytes), "macierz.csv", bytes.Length, 1024 * 1024, official.Id, CancellationToken.None);
                return r.Value!.Id;
            });
            w._token = await app.InAsync(w.A, representative.Id, async sp =>
            {
                var db = sp.GetRequiredService<Civitas.Organisations.Data.OrganisationsDb>();
                var (invitation, token) = Invitation.Create(organisation.Id, "zaproszona@example.org", OrganisationMemberRole.Viewer, representative.Id, DateTimeOffset.UtcNow, TimeSpan.FromDays(14));
                db.Invitations.Add(invitation);
                await db.SaveChangesAsync();
                return token;
            });
            return w;
        }
    }
}

public sealed class PermissionMatrixTests_Sqlite(OrganisationsSqliteFixture f) : PermissionMatrixTests(f), IClassFixture<OrganisationsSqliteFixture>;

public sealed class PermissionMatrixTests_Postgres(OrganisationsPostgresFixture f) : PermissionMatrixTests(f), IClassFixture<OrganisationsPostgresFixture>;
