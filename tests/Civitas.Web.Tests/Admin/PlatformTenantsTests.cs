using System.Net;
using Civitas.Platform.Data;
using Civitas.Platform.Identity;
using Civitas.Platform.Tenancy;
using Civitas.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Web.Tests.Admin;

public abstract class PlatformTenantsTests(AppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;

    private async Task<TestClient> PlatformAdminAsync()
    {
        var user = await App.CreateUserAsync($"platform-{AdminKit.Unique()}@example.org", "Administratorka Platformy", twoFactor: true, platformAdmin: true);
        var client = new TestClient(App);
        await client.SignInAsync(user);
        return client;
    }

    [Fact]
    public async Task A_tenant_with_a_host_name_another_tenant_uses_is_refused()
    {
        using var client = await PlatformAdminAsync();
        var slug = "gmina-" + AdminKit.Unique();
        var page = await AdminKit.PageAsync(await client.SubmitAsync("/platforma/jst/nowa", new Dictionary<string, string?>
        {
            ["Input.Name"] = "Gmina Duplikat",
            ["Input.Slug"] = slug,
            ["Input.Kind"] = nameof(TenantKind.Municipality),
            ["Input.MunicipalityType"] = nameof(MunicipalityType.Rural),
            ["Input.TerytCode"] = "0299012",
            ["Input.Hosts"] = $"{slug}.test\nLOCALHOST",
        }));
        Assert.Contains("Adres localhost należy już do jednostki „Miasto Przykładowe”", page.FieldError("Input_Hosts"), StringComparison.Ordinal);
        Assert.Equal("Gmina Duplikat", page.GetElementById("Input_Name")!.GetAttribute("value"));
        Assert.False(await App.WithScopeAsync(sp => sp.GetRequiredService<PlatformDb>().Tenants.AnyAsync(t => t.Slug == slug)));

        page = await AdminKit.PageAsync(await client.SubmitAsync("/platforma/jst/nowa", new Dictionary<string, string?>
        {
            ["Input.Name"] = "Gmina Zła",
            ["Input.Slug"] = "Gmina Zła",
            ["Input.Kind"] = nameof(TenantKind.County),
            ["Input.TerytCode"] = "0299012",
            ["Input.Hosts"] = "https://gmina.test/ngo",
        }));
        Assert.Contains("małe litery", page.FieldError("Input_Slug"), StringComparison.Ordinal);
        Assert.Contains("Wiersz 1: „https://gmina.test/ngo” nie jest poprawną nazwą hosta", page.FieldError("Input_Hosts"), StringComparison.Ordinal);
        Assert.Contains("powiatu ma 4 cyfry", page.FieldError("Input_TerytCode"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_created_tenant_answers_on_its_host_with_legal_parameters_and_its_first_administrator()
    {
        using var client = await PlatformAdminAsync();
        var first = await App.CreateUserAsync($"first-{AdminKit.Unique()}@example.org", "Pierwsza Administratorka", twoFactor: true);
        var slug = "powiat-" + AdminKit.Unique();
        var host = slug + ".test";
        var created = await client.SubmitAsync("/platforma/jst/nowa", new Dictionary<string, string?>
        {
            ["Input.Name"] = "Powiat Nowy",
            ["Input.Slug"] = slug,
            ["Input.Kind"] = nameof(TenantKind.County),
            ["Input.TerytCode"] = "0299",
            ["Input.Hosts"] = $"{host}\nwww.{host}\n",
            ["Input.FirstAdminEmail"] = first.Email,
        });
        var edit = await client.FollowAsync(created);
        Assert.Contains("Utworzono jednostkę „Powiat Nowy”", edit.QuerySelector(".status")!.TextContent, StringComparison.Ordinal);
        var list = await client.GetPageAsync("/platforma/jst");
        Assert.Contains($"www.{host}", list.QuerySelector("table.data")!.TextContent, StringComparison.Ordinal);

        using var anonymous = new TestClient(App, "www." + host);
        Assert.Contains("Powiat Nowy", (await anonymous.GetPageAsync("/")).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

        using var admin = new TestClient(App, host);
        await admin.SignInAsync(first);
        var parameters = await admin.GetPageAsync("/admin/parametry-prawne");
        Assert.Contains("21 dni kalendarzowych", parameters.QuerySelector("table.data")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_names_are_edited_checked_and_a_tenant_is_deactivated_and_activated_again()
    {
        var (tenant, host) = await App.OwnTenantAsync("hosty");
        // A second active tenant besides the demo one: with a single active tenant every host name
        // falls back to it (TenancyOptions.SingleTenantFallback), which would hide the 404s below.
        await App.OwnTenantAsync("hosty-sasiad");
        using var client = await PlatformAdminAsync();
        var url = $"/platforma/jst/{tenant.Id}";
        var page = await client.GetPageAsync(url);
        Assert.Equal(host, page.GetElementById("Input_Hosts")!.TextContent.Trim());

        var taken = await AdminKit.PageAsync(await client.SubmitAsync(url, new Dictionary<string, string?> { ["Input.Hosts"] = host + "\n127.0.0.1" }));
        Assert.Contains("należy już do jednostki „Miasto Przykładowe”", taken.FieldError("Input_Hosts"), StringComparison.Ordinal);
        var empty = await AdminKit.PageAsync(await client.SubmitAsync(url, new Dictionary<string, string?> { ["Input.Hosts"] = "  \n " }));
        Assert.NotEmpty(empty.FieldError("Input_Hosts"));

        var renamed = "nowy-" + host;
        var saved = await client.SubmitAsync(url, new Dictionary<string, string?> { ["Input.Hosts"] = renamed });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using (var oldHost = new TestClient(App, host))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await oldHost.GetAsync("/")).StatusCode);
        }
        using var visitor = new TestClient(App, renamed);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/")).StatusCode);
        var audit = await App.WithScopeAsync(sp => sp.GetRequiredService<PlatformDb>().AuditEntries
            .Where(e => e.TenantId == tenant.Id && e.Action == "HostsChanged").Select(e => e.Changes).SingleAsync());
        Assert.Contains(renamed, audit, StringComparison.Ordinal);

        var off = await client.SubmitAsync(url, new Dictionary<string, string?>(), "form[action*='handler=Deactivate']");
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/")).StatusCode);
        var on = await client.SubmitAsync(url, new Dictionary<string, string?>(), "form[action*='handler=Activate']");
        Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task The_tenant_in_use_cannot_be_deactivated_nor_lose_the_host_in_use()
    {
        var demo = await App.DemoTenantAsync();
        using var client = await PlatformAdminAsync();
        var url = $"/platforma/jst/{demo.Id}";
        var refused = await AdminKit.PageAsync(await client.SubmitAsync(url, new Dictionary<string, string?>(), "form[action*='handler=Deactivate']"));
        Assert.Contains("Nie można wyłączyć jednostki", refused.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        var hosts = await AdminKit.PageAsync(await client.SubmitAsync(url, new Dictionary<string, string?> { ["Input.Hosts"] = "127.0.0.1" }));
        Assert.Contains("Nie można usunąć adresu localhost", hosts.FieldError("Input_Hosts"), StringComparison.Ordinal);
        Assert.True(await App.WithScopeAsync(sp => sp.GetRequiredService<PlatformDb>().Tenants.Where(t => t.Id == demo.Id).Select(t => t.IsActive).SingleAsync()));
    }
}

public sealed class PlatformTenantsTests_Sqlite(SqliteAppFixture f) : PlatformTenantsTests(f), IClassFixture<SqliteAppFixture>;

public sealed class PlatformTenantsTests_Postgres(PostgresAppFixture f) : PlatformTenantsTests(f), IClassFixture<PostgresAppFixture>;
