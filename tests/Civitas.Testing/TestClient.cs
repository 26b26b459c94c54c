using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Civitas.Testing;

/// <summary>A browser-like HTTP client: keeps cookies, does not follow redirects, reads forms and
/// their antiforgery tokens, signs in through the real pages (password, then TOTP).</summary>
public sealed class TestClient : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly CivitasAppFactory _app;

    public TestClient(CivitasAppFactory app, string host = "localhost")
    {
        _app = app ?? throw new ArgumentNullException(nameof(app));
        Http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri($"http://{host}"), HandleCookies = true });
    }

    public HttpClient Http { get; }

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(new Uri(url, UriKind.Relative));

    /// <summary>GET and parse; fails the test unless the status is <paramref name="expected"/>.</summary>
    public async Task<IHtmlDocument> GetPageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
        {
            throw new Xunit.Sdk.XunitException($"GET {url}: expected {(int)expected}, got {(int)response.StatusCode} {response.Headers.Location}\n{Trim(body)}");
        }
        return Parser.ParseDocument(body);
    }

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>Loads <paramref name="pageUrl"/>, takes the antiforgery token of its form (the one
    /// posting to <paramref name="action"/> if given) and posts <paramref name="fields"/> to it.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pageUrl, IDictionary<string, string> fields, string? action = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var page = await GetPageAsync(pageUrl);
        var forms = page.Forms.Where(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)).ToList();
        var form = action is null
            ? forms.LastOrDefault(f => !(f.GetAttribute("action") ?? "").Contains("/konto/wyloguj", StringComparison.Ordinal))
            : forms.FirstOrDefault(f => (f.GetAttribute("action") ?? "").Contains(action, StringComparison.Ordinal));
        if (form is null) throw new Xunit.Sdk.XunitException($"No POST form{(action is null ? "" : $" to {action}")} on {pageUrl}");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        var target = form.GetAttribute("action");
        if (string.IsNullOrEmpty(target)) target = pageUrl;
        var values = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token) };
        values.AddRange(fields);
        return await Http.PostAsync(new Uri(target, UriKind.Relative), new FormUrlEncodedContent(values));
    }

    /// <summary>Posts without any antiforgery token (for the test that it is refused).</summary>
    public Task<HttpResponseMessage> PostWithoutTokenAsync(string url, IDictionary<string, string> fields)
        => Http.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(fields));

    /// <summary>Signs in through /konto/logowanie (and the TOTP step when the account has it).</summary>
    public async Task SignInAsync(TestUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var response = await PostFormAsync("/konto/logowanie", new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = user.Password,
        });
        var location = response.Headers.Location?.OriginalString ?? "";
        if (location.StartsWith("/konto/logowanie-2fa", StringComparison.Ordinal))
        {
            if (user.AuthenticatorKey is null) throw new Xunit.Sdk.XunitException("Account asks for TOTP but the test has no key.");
            // A code is accepted once (RFC 6238 §5.2): move to the next 30-second step, as a person
            // signing in again would be by then.
            _app.Clock.Advance(TimeSpan.FromSeconds(30));
            response = await PostFormAsync(location, new Dictionary<string, string>
            {
                ["Input.Code"] = Totp.Code(user.AuthenticatorKey, _app.Clock.GetUtcNow()),
            });
        }
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new Xunit.Sdk.XunitException($"Sign-in of {user.Email} failed: {(int)response.StatusCode}\n{Trim(body)}");
        }
    }

    private static string Trim(string body)
    {
        var doc = Parser.ParseDocument(body);
        var main = doc.QuerySelector("main")?.TextContent ?? doc.Body?.TextContent ?? body;
        main = string.Join(' ', main.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return main.Length > 1500 ? main[..1500] : main;
    }

    public void Dispose() => Http.Dispose();
}
