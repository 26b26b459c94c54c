using Civitas.Platform.Data;
using Civitas.Platform.Tenancy;
using Civitas.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// Not "Civitas.Web.Tests.Platform": a namespace of that name would shadow Civitas.Platform for every
// test in Civitas.Web.Tests that writes Platform.Identity.X or Platform.Tenancy.X.
namespace Civitas.Web.Tests.PlatformTests;

/// <summary>The app with a small upload limit, so that the request-size limits can be reached in a test.</summary>
public abstract class PlatformWebFixture(DatabaseKind kind) : AppFixture(kind)
{
    /// <summary>Files:MaxUploadBytes in this app; forms may carry this plus 1 MB of fields.</summary>
    public const long MaxUploadBytes = 64 * 1024;

    protected override IDictionary<string, string?>? Settings() => new Dictionary<string, string?>
    {
        ["Files:MaxUploadBytes"] = MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

public sealed class SqlitePlatformWebFixture() : PlatformWebFixture(DatabaseKind.Sqlite);

public sealed class PostgresPlatformWebFixture() : PlatformWebFixture(DatabaseKind.Postgres);

internal static class PlatformWebData
{
    /// <summary>A second JST with its own host, BIP address and TERYT code.</summary>
    public static async Task<TenantInfo> SecondTenantAsync(this CivitasAppFactory app, string name = "Gmina Druga", string teryt = "1206052")
    {
        var slug = "t-" + Guid.NewGuid().ToString("N")[..10];
        var id = await app.WithScopeAsync(async sp =>
        {
            var tenant = await sp.GetRequiredService<TenantProvisioning>().CreateAsync(new Tenant
            {
                Slug = slug,
                Name = name,
                Kind = TenantKind.Municipality,
                MunicipalityType = MunicipalityType.UrbanRural,
                TerytCode = teryt,
                BipUrl = $"https://bip.{slug}.example",
                WebsiteUrl = $"https://www.{slug}.example",
            }, [$"{slug}.example"], CancellationToken.None);
            return tenant.Id;
        });
        var store = app.Services.GetRequiredService<ITenantStore>();
        store.Invalidate();
        return (await store.FindByIdAsync(id))!;
    }

    /// <summary>The host name a tenant answers on.</summary>
    public static Task<string> HostOfAsync(this CivitasAppFactory app, TenantInfo tenant)
        => app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDb>().TenantHosts
            .Where(h => h.TenantId == tenant.Id).Select(h => h.HostName).FirstAsync());

    /// <summary>Switches a client's language through the real link.</summary>
    public static async Task UseEnglishAsync(this TestClient client)
    {
        var response = await client.GetAsync("/jezyk/en?returnUrl=%2F");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }
}
