using System.Net;
using Civitas.Platform.Data;
using Civitas.Platform.Tenancy;
using Civitas.Platform.Web;
using Civitas.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Web.Tests.PlatformTests;

public abstract class OutputCacheTests(PlatformWebFixture fixture)
{
    private CivitasAppFactory App => fixture.App;

    private async Task<string> HeadingAsync(TestClient client)
        => (await client.GetPageAsync("/")).QuerySelector("h1")!.TextContent;

    [Fact]
    public async Task The_anonymous_home_page_is_served_from_the_output_cache_until_the_tenant_tag_is_evicted()
    {
        var tenant = await App.SecondTenantAsync("Gmina Buforowa");
        var host = await App.HostOfAsync(tenant);
        using var anonymous = new TestClient(App, host);
        Assert.Contains("Gmina Buforowa", await HeadingAsync(anonymous), StringComparison.Ordinal);

        // Renamed straight in the database: nothing evicts the cached page.
        await App.WithScopeAsync(sp => sp.GetRequiredService<PlatformDb>().Tenants
            .Where(t => t.Id == tenant.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.Name, "Gmina Przemianowana")));
        App.Services.GetRequiredService<ITenantStore>().Invalidate();

        using var another = new TestClient(App, host);
        Assert.Contains("Gmina Buforowa", await HeadingAsync(anonymous), StringComparison.Ordinal);
        Assert.Contains("Gmina Buforowa", await HeadingAsync(another), StringComparison.Ordinal);

        // A signed-in person never gets the cached page.
        var resident = await App.CreateUserAsync($"mieszkaniec-{Guid.NewGuid():N}@example.org", "Zofia Mieszkanka");
        using var signedIn = new TestClient(App, host);
        await signedIn.SignInAsync(resident);
        Assert.Contains("Gmina Przemianowana", await HeadingAsync(signedIn), StringComparison.Ordinal);

        await App.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(AnonymousPageCachePolicy.TenantTag(tenant.Id), CancellationToken.None);
        Assert.Contains("Gmina Przemianowana", await HeadingAsync(anonymous), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cache_keeps_tenants_languages_and_display_preferences_apart()
    {
        var first = await App.SecondTenantAsync("Gmina Pierwsza Buforowa");
        var second = await App.SecondTenantAsync("Gmina Druga Buforowa");
        using var a = new TestClient(App, await App.HostOfAsync(first));
        using var b = new TestClient(App, await App.HostOfAsync(second));
        Assert.Contains("Gmina Pierwsza Buforowa", await HeadingAsync(a), StringComparison.Ordinal);
        Assert.Contains("Gmina Druga Buforowa", await HeadingAsync(b), StringComparison.Ordinal);

        await b.UseEnglishAsync();
        var english = await b.GetPageAsync("/");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        await b.GetAsync("/preferencje?contrast=high&returnUrl=%2F");
        Assert.Contains("contrast-high", (await b.GetPageAsync("/")).DocumentElement.ClassList);

        using var c = new TestClient(App, await App.HostOfAsync(second));
        var plain = await c.GetPageAsync("/");
        Assert.Equal("pl", plain.DocumentElement.GetAttribute("lang"));
        Assert.DoesNotContain("contrast-high", plain.DocumentElement.ClassList);
    }

    [Fact]
    public async Task A_response_that_sets_a_cookie_is_never_cached_and_a_waiting_status_message_is_shown()
    {
        var tenant = await App.SecondTenantAsync("Gmina Komunikatów");
        var host = await App.HostOfAsync(tenant);
        using var visitor = new TestClient(App, host);
        // The page is cached for anonymous visitors first.
        Assert.Contains("Gmina Komunikatów", await HeadingAsync(visitor), StringComparison.Ordinal);

        // A visitor who has just sent a public form comes back with the status message in TempData.
        using var raw = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri($"http://{host}"), HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", TempDataCookie("Dziękujemy, uwaga została wysłana."));
        var response = await raw.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var withMessage = TestClient.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Dziękujemy, uwaga została wysłana.", withMessage.QuerySelector("[role=status]")?.TextContent.Trim());
        // The message is consumed: the cookie is deleted in the same response.
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(CookieTempDataProvider.CookieName + "=;", StringComparison.Ordinal));

        // Nobody else ever sees that response.
        for (var i = 0; i < 3; i++)
        {
            using var other = new TestClient(App, host);
            Assert.Null((await other.GetPageAsync("/")).QuerySelector("[role=status]"));
        }
    }

    private string TempDataCookie(string status)
    {
        var context = new DefaultHttpContext { RequestServices = App.Services };
        App.Services.GetRequiredService<ITempDataProvider>().SaveTempData(context, new Dictionary<string, object> { ["Status"] = status });
        var setCookie = context.Response.Headers.SetCookie.ToString();
        return setCookie[..setCookie.IndexOf(';', StringComparison.Ordinal)];
    }
}

public sealed class OutputCacheTests_Sqlite(SqlitePlatformWebFixture f) : OutputCacheTests(f), IClassFixture<SqlitePlatformWebFixture>;

public sealed class OutputCacheTests_Postgres(PostgresPlatformWebFixture f) : OutputCacheTests(f), IClassFixture<PostgresPlatformWebFixture>;
