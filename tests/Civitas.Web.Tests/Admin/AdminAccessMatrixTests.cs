using System.Net;
using Civitas.Platform.Identity;
using Civitas.Platform.LegalParameters;
using Civitas.Platform.Tenancy;
using Civitas.Testing;

namespace Civitas.Web.Tests.Admin;

/// <summary>Every administration and office page against every role: who gets the page, who is sent to
/// sign in, to two-step verification, or refused. One row per role; each row visits every page.</summary>
public abstract class AdminAccessMatrixTests(AppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;

    public enum Outcome
    {
        Ok,
        SignIn,
        TwoFactor,
        Denied,
    }

    public enum Area
    {
        Office,
        Admin,
        Platform,
    }

    [Theory]
    [InlineData("anonymous", Outcome.SignIn, Outcome.SignIn, Outcome.SignIn)]
    [InlineData("resident", Outcome.Denied, Outcome.Denied, Outcome.Denied)]
    [InlineData("official", Outcome.Ok, Outcome.Denied, Outcome.Denied)]
    [InlineData("official-without-2fa", Outcome.TwoFactor, Outcome.Denied, Outcome.Denied)]
    [InlineData("admin-without-2fa", Outcome.Denied, Outcome.TwoFactor, Outcome.Denied)]
    [InlineData("admin", Outcome.Denied, Outcome.Ok, Outcome.Denied)]
    [InlineData("admin-of-another-tenant", Outcome.Denied, Outcome.Denied, Outcome.Denied)]
    [InlineData("platform-admin", Outcome.Denied, Outcome.Ok, Outcome.Ok)]
    [InlineData("platform-admin-on-another-tenant", Outcome.Denied, Outcome.Ok, Outcome.Ok)]
    public async Task Each_role_gets_what_it_may_on_every_administration_and_office_page(string role, Outcome office, Outcome admin, Outcome platform)
    {
        var demo = await App.DemoTenantAsync();
        var other = await App.CreateTenantAsync("matryca-inna", "Gmina Matryca Inna", "matryca-inna.test");
        var otherDepartment = await App.DepartmentAsync(other, "Wydział Matrycy");
        var department = await App.DepartmentAsync(demo, "Wydział Kultury");
        var (tenant, host, departmentId) = role == "platform-admin-on-another-tenant" ? (other, "matryca-inna.test", otherDepartment) : (demo, "localhost", department);

        using var client = new TestClient(App, host);
        var u = AdminKit.Unique();
        TestUser? user = role switch
        {
            "anonymous" => null,
            "resident" => await App.CreateUserAsync($"resident-{u}@example.org", "Mieszkanka"),
            "official" => await App.CreateUserAsync($"official-{u}@example.org", "Urzędnik", demo, TenantRole.Official, department, twoFactor: true),
            "official-without-2fa" => await App.CreateUserAsync($"official-{u}@example.org", "Urzędnik", demo, TenantRole.Official, department),
            "admin-without-2fa" => await App.CreateUserAsync($"admin-{u}@example.org", "Administrator", demo, TenantRole.TenantAdmin),
            "admin" => await App.CreateUserAsync($"admin-{u}@example.org", "Administrator", demo, TenantRole.TenantAdmin, twoFactor: true),
            "admin-of-another-tenant" => await App.CreateUserAsync($"admin-{u}@example.org", "Administrator obcy", other, TenantRole.TenantAdmin, twoFactor: true),
            "platform-admin" or "platform-admin-on-another-tenant" => await App.CreateUserAsync($"platform-{u}@example.org", "Administrator platformy", twoFactor: true, platformAdmin: true),
            _ => throw new ArgumentOutOfRangeException(nameof(role)),
        };
        if (user is not null) await client.SignInAsync(user);

        var pages = new (Area Area, string Url)[]
        {
            (Area.Office, "/urzad/parametry-prawne"),
            (Area.Admin, "/admin/wydzialy"),
            (Area.Admin, "/admin/wydzialy/nowy"),
            (Area.Admin, $"/admin/wydzialy/{departmentId}"),
            (Area.Admin, "/admin/osoby"),
            (Area.Admin, "/admin/ustawienia"),
            (Area.Admin, "/admin/parametry-prawne"),
            (Area.Admin, $"/admin/parametry-prawne/{LegalParameterKeys.OfferDeadlineMinDays}/nowa-wersja"),
            (Area.Admin, "/admin/dziennik"),
            (Area.Platform, "/platforma/jst"),
            (Area.Platform, "/platforma/jst/nowa"),
            (Area.Platform, $"/platforma/jst/{tenant.Id}"),
        };

        var wrong = new List<string>();
        foreach (var (area, url) in pages)
        {
            var expected = area switch { Area.Office => office, Area.Admin => admin, _ => platform };
            var response = await client.GetAsync(url);
            var actual = Classify(response);
            if (actual != expected) wrong.Add($"{url}: expected {expected}, got {actual} ({(int)response.StatusCode} {response.Headers.Location})");
            if (actual == Outcome.Ok)
            {
                // A page that answers must be a real page of this tenant, with its heading.
                var page = TestClient.Parse(await response.Content.ReadAsStringAsync());
                if (string.IsNullOrWhiteSpace(page.QuerySelector("main h1")?.TextContent)) wrong.Add($"{url}: no heading");
            }
        }
        Assert.True(wrong.Count == 0, $"{role}:\n" + string.Join('\n', wrong));
    }

    [Fact]
    public async Task Records_of_another_tenant_are_not_found_even_for_its_administrator()
    {
        var demo = await App.DemoTenantAsync();
        var (other, _) = await App.OwnTenantAsync("obca");
        var foreignDepartment = await App.DepartmentAsync(other, "Wydział Obcy");
        var foreignAdmin = await App.CreateUserAsync($"admin-{AdminKit.Unique()}@example.org", "Obcy admin", other, TenantRole.TenantAdmin, twoFactor: true);
        var foreignAssignment = await App.AssignmentIdAsync(other, foreignAdmin.Id, TenantRole.TenantAdmin);
        var (client, _) = await App.SignedInAdminAsync(demo);
        using (client)
        {
            var edit = await client.GetAsync($"/admin/wydzialy/{foreignDepartment}");
            Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);

            var post = await client.SubmitAsync("/admin/osoby", new Dictionary<string, string?> { ["assignmentId"] = foreignAssignment.ToString() },
                "form[action*='handler=Remove']");
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }
        // The foreign administrator's role is untouched.
        Assert.Equal(foreignAssignment, await App.AssignmentIdAsync(other, foreignAdmin.Id, TenantRole.TenantAdmin));
    }

    private static Outcome Classify(HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.OK) return Outcome.Ok;
        if (response.StatusCode == HttpStatusCode.Forbidden) return Outcome.Denied;
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location is null) return (Outcome)(-1);
        var location = response.Headers.Location;
        var path = location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];
        return path switch
        {
            "/konto/logowanie" => Outcome.SignIn,
            "/konto/weryfikacja-dwuetapowa" => Outcome.TwoFactor,
            "/konto/brak-dostepu" => Outcome.Denied,
            _ => (Outcome)(-1),
        };
    }
}

public sealed class AdminAccessMatrixTests_Sqlite(SqliteAppFixture f) : AdminAccessMatrixTests(f), IClassFixture<SqliteAppFixture>;

public sealed class AdminAccessMatrixTests_Postgres(PostgresAppFixture f) : AdminAccessMatrixTests(f), IClassFixture<PostgresAppFixture>;
