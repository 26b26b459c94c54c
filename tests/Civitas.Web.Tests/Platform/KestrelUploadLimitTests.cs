using System.Net;
using Civitas.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Web.Tests.PlatformTests;

/// <summary>
/// The request-size limit as Kestrel enforces it. TestServer has no MaxRequestBodySize, so the
/// in-memory tests (FaultPageTests) reach only the form reader's limits; here the app runs on real
/// Kestrel on 127.0.0.1 and a body made of many small parts, each within the form limits, crosses
/// Kestrel's limit. SQLite only: the database plays no part in this.
/// </summary>
public sealed class KestrelUploadLimitTests : IAsyncLifetime
{
    private readonly CivitasAppFactory _app = new(DatabaseKind.Sqlite, new Dictionary<string, string?>
    {
        ["Files:MaxUploadBytes"] = PlatformWebFixture.MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _app.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _app.StartServer();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(address),
        };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_over_Kestrels_limit_gets_the_localized_413_page(bool chunked)
    {
        var login = TestClient.Parse(await _http.GetStringAsync(new Uri("/konto/logowanie", UriKind.Relative)));
        var token = login.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        // 20 scans of 60 KB: each part is within the limit, together they are not.
        for (var i = 0; i < 20; i++) content.Add(new ByteArrayContent(new byte[60 * 1024]), "Input.Scans", $"skan-{i}.pdf");
        await content.LoadIntoBufferAsync();
        if (chunked) content.Headers.ContentLength = null;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/konto/logowanie") { Content = content };
        if (chunked) request.Headers.TransferEncodingChunked = true;

        var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = TestClient.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("pl", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Przesłany plik jest za duży", page.QuerySelector("h1")!.TextContent.Trim());
    }
}
