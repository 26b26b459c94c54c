using System.Net;
using System.Text.Json;
using Civitas.Testing;

namespace Civitas.Web.Tests.PlatformTests;

public abstract class PublicEndpointTests(PlatformWebFixture fixture)
{
    private CivitasAppFactory App => fixture.App;

    [Fact]
    public async Task The_OpenAPI_document_is_valid_JSON_and_lists_the_tenant_endpoint()
    {
        using var client = new TestClient(App);
        var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("3.", json.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var tenant = json.RootElement.GetProperty("paths").GetProperty("/api/v1/tenant");
        Assert.True(tenant.TryGetProperty("get", out _));
    }

    [Fact]
    public async Task The_tenant_API_describes_the_tenant_of_the_host()
    {
        var demo = await App.DemoTenantAsync();
        var second = await App.SecondTenantAsync("Gmina Przykładowa Druga", "1206052");

        using (var client = new TestClient(App))
        {
            using var json = await GetJsonAsync(client, "/api/v1/tenant");
            Assert.Equal(demo.Name, json.RootElement.GetProperty("name").GetString());
            Assert.Equal("Municipality", json.RootElement.GetProperty("kind").GetString());
            Assert.Equal("0299011", json.RootElement.GetProperty("teryt").GetString());
            Assert.Equal("https://bip.miasto-przykladowe.example", json.RootElement.GetProperty("bipUrl").GetString());
        }

        using (var client = new TestClient(App, await App.HostOfAsync(second)))
        {
            using var json = await GetJsonAsync(client, "/api/v1/tenant");
            Assert.Equal("Gmina Przykładowa Druga", json.RootElement.GetProperty("name").GetString());
            Assert.Equal("Municipality", json.RootElement.GetProperty("kind").GetString());
            Assert.Equal("UrbanRural", json.RootElement.GetProperty("municipalityType").GetString());
            Assert.Equal("1206052", json.RootElement.GetProperty("teryt").GetString());
            Assert.Equal(second.BipUrl, json.RootElement.GetProperty("bipUrl").GetString());
        }
    }

    [Fact]
    public async Task The_language_switch_sets_the_cookie_and_the_next_page_is_in_English()
    {
        using var client = new TestClient(App);
        var response = await client.GetAsync("/jezyk/en?returnUrl=%2F");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));

        var page = await client.GetPageAsync("/");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("cooperation with non-governmental organisations", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Polski", page.QuerySelector("a[hreflang=pl]")!.TextContent.Trim());

        await client.GetAsync("/jezyk/pl?returnUrl=%2F");
        var back = await client.GetPageAsync("/");
        Assert.Equal("pl", back.DocumentElement.GetAttribute("lang"));
        Assert.Contains("współpraca z organizacjami pozarządowymi", back.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//evil.example")]
    [InlineData("//evil.example/konto")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("")]
    public async Task The_language_switch_never_redirects_to_another_site(string returnUrl)
    {
        using var client = new TestClient(App);
        var response = await client.GetAsync("/jezyk/en?returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_language_switch_returns_to_the_page_it_came_from()
    {
        using var client = new TestClient(App);
        var response = await client.GetAsync("/jezyk/en?returnUrl=" + Uri.EscapeDataString("/o-serwisie?x=1"));
        Assert.Equal("/o-serwisie?x=1", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Display_preferences_toggle_the_contrast_and_text_size_classes()
    {
        using var client = new TestClient(App);
        string[] Classes(AngleSharp.Html.Dom.IHtmlDocument page) => page.DocumentElement.ClassList.Order(StringComparer.Ordinal).ToArray();

        Assert.Empty(Classes(await client.GetPageAsync("/")));

        var response = await client.GetAsync("/preferencje?contrast=high&returnUrl=%2F");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["contrast-high"], Classes(await client.GetPageAsync("/")));

        await client.GetAsync("/preferencje?text=large&returnUrl=%2F");
        Assert.Equal(["contrast-high", "text-large"], Classes(await client.GetPageAsync("/")));

        await client.GetAsync("/preferencje?contrast=normal&returnUrl=%2F");
        var page = await client.GetPageAsync("/");
        Assert.Equal(["text-large"], Classes(page));
        // The links offer the opposite of the current state.
        Assert.NotNull(page.QuerySelector("a[href^='/preferencje?contrast=high']"));
        Assert.NotNull(page.QuerySelector("a[href^='/preferencje?text=normal']"));

        var external = await client.GetAsync("/preferencje?text=normal&returnUrl=" + Uri.EscapeDataString("//evil.example"));
        Assert.Equal("/", external.Headers.Location!.OriginalString);
    }

    private static async Task<JsonDocument> GetJsonAsync(TestClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}

public sealed class PublicEndpointTests_Sqlite(SqlitePlatformWebFixture f) : PublicEndpointTests(f), IClassFixture<SqlitePlatformWebFixture>;

public sealed class PublicEndpointTests_Postgres(PostgresPlatformWebFixture f) : PublicEndpointTests(f), IClassFixture<PostgresPlatformWebFixture>;
