using System.Net;
using System.Net.Http.Headers;
using Civitas.Testing;

namespace Civitas.Web.Tests.PlatformTests;

public abstract class FaultPageTests(PlatformWebFixture fixture)
{
    private CivitasAppFactory App => fixture.App;

    [Fact]
    public async Task An_unknown_host_gets_a_bilingual_404_that_names_no_tenant()
    {
        var demo = await App.DemoTenantAsync();
        var second = await App.SecondTenantAsync("Gmina Sąsiednia");
        using var client = new TestClient(App, "nieznany.example");

        foreach (var path in new[] { "/", "/konto/logowanie", "/api/v1/tenant", "/nie-istnieje" })
        {
            var response = await client.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var page = TestClient.Parse(body);
            Assert.Equal("pl", page.DocumentElement.GetAttribute("lang"));
            Assert.Contains("Nieznany portal", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("Unknown portal", page.QuerySelector("[lang=en]")!.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain(demo.Name, body, StringComparison.Ordinal);
            Assert.DoesNotContain(second.Name, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_unknown_path_gets_the_404_page_in_Polish_and_in_English()
    {
        using var client = new TestClient(App);
        var polish = await client.GetPageAsync("/nie-ma-takiej-strony", HttpStatusCode.NotFound);
        Assert.Equal("pl", polish.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Nie znaleziono strony", polish.QuerySelector("h1")!.TextContent.Trim());

        await client.UseEnglishAsync();
        var english = await client.GetPageAsync("/nie-ma-takiej-strony", HttpStatusCode.NotFound);
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Page not found", english.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_post_without_an_antiforgery_token_gets_400_in_the_users_language()
    {
        using var client = new TestClient(App);
        var fields = new Dictionary<string, string> { ["Input.Email"] = "ktos@example.org", ["Input.Password"] = "Haslo-Bardzo-Dlugie-1" };

        var response = await client.PostWithoutTokenAsync("/konto/logowanie", fields);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var polish = TestClient.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("pl", polish.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Nie udało się przetworzyć żądania", polish.QuerySelector("h1")!.TextContent.Trim());

        await client.UseEnglishAsync();
        response = await client.PostWithoutTokenAsync("/konto/logowanie", fields);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var english = TestClient.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("The request could not be processed", english.QuerySelector("h1")!.TextContent.Trim());
    }

    public static TheoryData<string, bool> Uploads() => new()
    {
        // Sent with Content-Length (a browser's form) and chunked (a client streaming the body).
        { "pl", false }, { "pl", true }, { "en", false }, { "en", true },
    };

    [Theory]
    [MemberData(nameof(Uploads))]
    public async Task A_multipart_post_over_the_upload_limit_gets_413_with_the_localized_page(string language, bool chunked)
    {
        using var client = new TestClient(App);
        if (language == "en") await client.UseEnglishAsync();
        var login = await client.GetPageAsync("/konto/logowanie");
        var token = login.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        // The form limit is the upload limit plus 1 MB for the other fields.
        var file = new byte[PlatformWebFixture.MaxUploadBytes + (1024 * 1024) + 4096];
        SampleFiles.Pdf().CopyTo(file, 0);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("ktos@example.org"), "Input.Email" },
        };
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(part, "Input.Attachment", "oferta.pdf");
        if (chunked)
        {
            await content.LoadIntoBufferAsync();
            content.Headers.ContentLength = null;
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, "/konto/logowanie") { Content = content };
        if (chunked) request.Headers.TransferEncodingChunked = true;

        var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = TestClient.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(language == "en" ? "The uploaded file is too large" : "Przesłany plik jest za duży", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_multipart_post_within_the_limit_is_not_refused_for_its_size()
    {
        using var client = new TestClient(App);
        var login = await client.GetPageAsync("/konto/logowanie");
        var token = login.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("ktos@example.org"), "Input.Email" },
            { new StringContent("Haslo-Bardzo-Dlugie-1"), "Input.Password" },
            { new ByteArrayContent(new byte[PlatformWebFixture.MaxUploadBytes / 2]), "Input.Attachment", "oferta.pdf" },
        };
        var response = await client.Http.PostAsync(new Uri("/konto/logowanie", UriKind.Relative), content);
        Assert.NotEqual(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True((int)response.StatusCode < 500, $"Got {(int)response.StatusCode}");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/konto/logowanie")]
    [InlineData("/nie-ma-takiej-strony")]
    [InlineData("/api/v1/tenant")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var client = new TestClient(App);
        var response = await client.GetAsync(path);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", directives);
        Assert.Contains("script-src 'self'", directives);
        Assert.Contains("style-src 'self'", directives);
        Assert.Contains("object-src 'none'", directives);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }
}

public sealed class FaultPageTests_Sqlite(SqlitePlatformWebFixture f) : FaultPageTests(f), IClassFixture<SqlitePlatformWebFixture>;

public sealed class FaultPageTests_Postgres(PostgresPlatformWebFixture f) : FaultPageTests(f), IClassFixture<PostgresPlatformWebFixture>;
