using System.Net;
using Civitas.Testing;

namespace Civitas.Web.Tests;

public abstract class SmokeTests(AppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;

    [Fact]
    public async Task Home_page_answers_in_Polish_with_the_demo_tenant()
    {
        using var client = new TestClient(App);
        var page = await client.GetPageAsync("/");
        Assert.Equal("pl", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Miasto Przykładowe", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tenant_admin_with_two_factor_sign_in_reaches_administration()
    {
        var tenant = await App.DemoTenantAsync();
        var admin = await App.CreateUserAsync($"admin-{Guid.NewGuid():N}@example.org", "Admin Testowy", tenant, Platform.Identity.TenantRole.TenantAdmin, twoFactor: true);
        using var client = new TestClient(App);
        await client.SignInAsync(admin);
        var page = await client.GetPageAsync("/admin");
        Assert.Contains("Administracja", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tenant_admin_without_two_factor_is_sent_to_enrolment()
    {
        var tenant = await App.DemoTenantAsync();
        var admin = await App.CreateUserAsync($"admin-{Guid.NewGuid():N}@example.org", "Admin Bez 2FA", tenant, Platform.Identity.TenantRole.TenantAdmin);
        using var client = new TestClient(App);
        await client.SignInAsync(admin);
        var response = await client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/konto/weryfikacja-dwuetapowa?returnUrl=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Liveness_probe_answers_Healthy_in_plain_text()
    {
        using var client = new TestClient(App);
        var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}

public sealed class SmokeTests_Sqlite(SqliteAppFixture f) : SmokeTests(f), IClassFixture<SqliteAppFixture>;

public sealed class SmokeTests_Postgres(PostgresAppFixture f) : SmokeTests(f), IClassFixture<PostgresAppFixture>;
