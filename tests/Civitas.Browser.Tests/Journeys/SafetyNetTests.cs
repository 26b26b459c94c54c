using Civitas.Browser.Tests.Infrastructure;
using Civitas.Platform.Data;
using Civitas.Platform.Mail;
using Civitas.Platform.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Civitas.Browser.Tests.Journeys;

/// <summary>The suite's safety nets must be able to fail: axe reports a real violation, the guard
/// reports a request to another origin, a console error and a script error, a page skipped by
/// axe is noticed, and a failure leaves a screenshot and the HTML behind.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SafetyNetTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [BrowserFact]
    public async Task The_axe_check_fails_on_a_field_without_a_label_and_says_where()
    {
        await GoToAsync("/");
        await Page.EvaluateAsync("() => { const i = document.createElement('input'); i.type = 'text'; i.id = 'no-label'; document.getElementById('main').append(i); }");

        var failure = await Assert.ThrowsAsync<Xunit.Sdk.XunitException>(CheckPageAsync);
        Assert.Contains("] label: ", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#no-label", failure.Message, StringComparison.Ordinal);
        Assert.Contains("https://dequeuniversity.com/rules/axe/", failure.Message, StringComparison.Ordinal);

        await Page.EvaluateAsync("() => document.getElementById('no-label').remove()");
        await CheckPageAsync();
    }

    [BrowserFact]
    public async Task The_guard_reports_other_origins_console_errors_and_script_errors()
    {
        // A context of its own without the app's Content-Security-Policy, which would stop the
        // request to another origin before the guard could see it (CSP is the first net, this the second).
        await using var context = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Fixture.BaseUrl.ToString(), BypassCSP = true });
        var page = await context.NewPageAsync();
        var guard = new PageGuard(context, page, Fixture.BaseUrl);
        await page.GotoAsync("/");
        var otherOrigin = new UriBuilder(Fixture.BaseUrl) { Host = "localhost", Path = "/img/favicon.svg" }.Uri;

        await page.EvaluateAsync("url => { const img = new Image(); img.alt = ''; img.src = url; document.body.append(img); }", otherOrigin.ToString());
        await page.EvaluateAsync("() => console.error('deliberate console error')");
        await page.EvaluateAsync("() => setTimeout(() => { throw new Error('deliberate script error'); })");

        var problems = await PollAsync(guard, 3);
        Assert.Contains(problems, p => p.StartsWith("request left the app's origin: GET " + otherOrigin, StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("deliberate console error", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("deliberate script error", StringComparison.Ordinal));
        // The page was loaded without axe: the next page load (or the end of the test) says so.
        await page.GotoAsync("/o-serwisie");
        Assert.Contains(guard.Take(), p => p.Contains("was left without an axe check", StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task The_guard_reports_a_missing_image_and_a_page_left_unchecked()
    {
        await GoToAsync("/");
        await Page.EvaluateAsync("() => { const i = new Image(); i.alt = ''; i.src = '/img/no-such-file.png'; document.getElementById('main').append(i); }");
        var problems = await PollAsync(Guard, 1);
        Assert.Contains(problems, p => p.StartsWith("HTTP 404 for image ", StringComparison.Ordinal) && p.Contains("/img/no-such-file.png", StringComparison.Ordinal));
        Guard.Take();

        // Reaching a page behind the helpers' back is caught at the end of the test.
        await Page.GotoAsync("/o-serwisie");
        var notChecked = await Assert.ThrowsAsync<Xunit.Sdk.XunitException>(VerifyAfterTestAsync);
        Assert.Contains("/o-serwisie was loaded but never checked by axe", notChecked.Message, StringComparison.Ordinal);
        Guard.Take();
        await CheckPageAsync();
    }

    [BrowserFact]
    public async Task A_failure_leaves_a_screenshot_the_html_and_the_error_in_the_output_folder()
    {
        await GoToAsync("/o-serwisie");
        var name = "SafetyNet-" + Guid.NewGuid().ToString("N");
        var basePath = await SaveFailureArtifactsAsync(name, new InvalidOperationException("deliberate failure"));

        Assert.NotNull(basePath);
        Assert.Equal(Path.Combine(Civitas.Testing.TestEnvironment.RepositoryRoot, ".ci", "out", "browser"), Path.GetDirectoryName(basePath));
        Assert.StartsWith(name + "-", Path.GetFileName(basePath), StringComparison.Ordinal);
        try
        {
            var png = await File.ReadAllBytesAsync(basePath + ".png");
            Assert.True(png.Length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "The screenshot must be a PNG image.");
            Assert.Contains("<h1>", await File.ReadAllTextAsync(basePath + ".html"), StringComparison.Ordinal);
            var report = await File.ReadAllTextAsync(basePath + ".txt");
            Assert.Contains("deliberate failure", report, StringComparison.Ordinal);
            Assert.Contains("/o-serwisie", report, StringComparison.Ordinal);
        }
        finally
        {
            foreach (var ext in new[] { ".png", ".html", ".txt" }) File.Delete(basePath + ext);
        }
    }

    [BrowserFact]
    public async Task A_file_download_is_neither_a_failed_request_nor_a_page_without_axe()
    {
        await GoToAsync("/");
        // The app has no export yet; this stands in for one (same origin, an attachment), to show
        // that the guard tells a download from a failed request.
        await Page.RouteAsync("**/eksport-testowy.csv", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "text/csv; charset=utf-8",
            Headers = new Dictionary<string, string> { ["Content-Disposition"] = "attachment; filename=\"eksport.csv\"" },
            Body = "nazwa;kwota\nŻółta Łódź;1000,00\n",
        }));
        await Page.EvaluateAsync("() => { const a = document.createElement('a'); a.href = '/eksport-testowy.csv'; a.id = 'export'; a.textContent = 'CSV'; document.getElementById('main').append(a); }");

        var download = await DownloadAsync(() => Page.Locator("#export").ClickAsync());
        Assert.Equal("eksport.csv", download.SuggestedFilename);
        Assert.Contains("Żółta Łódź", await File.ReadAllTextAsync(await download.PathAsync()), StringComparison.Ordinal);
        Assert.Equal("/", CurrentPath);
        await Page.EvaluateAsync("() => document.getElementById('export').remove()");
        await CheckPageAsync();
    }

    [BrowserFact]
    public async Task Mail_from_the_app_reaches_the_smtp_catcher_and_its_link_opens_in_the_browser()
    {
        // What the sign-up and password-reset journeys rely on: the app's outbox sends through real
        // SMTP to the catcher started by scripts/test.sh, and the link in the message opens here.
        var to = UniqueEmail("poczta");
        var link = new Uri(Fixture.BaseUrl, "/o-serwisie?z=poczty").ToString();
        await App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDb>();
            sp.GetRequiredService<IOutbox>().Add(db, new EmailRequested(to, "Potwierdź adres e-mail – żółć", $"Dzień dobry,\n\nkliknij: {link}\n"));
            await db.SaveChangesAsync();
        });

        var mail = await WaitForMailAsync(to);
        Assert.Equal("Potwierdź adres e-mail – żółć", mail.Subject);
        await OpenLinkFromMailAsync(mail, "/o-serwisie");
        Assert.Equal("/o-serwisie?z=poczty", CurrentPath);
    }

    private static async Task<IReadOnlyList<string>> PollAsync(PageGuard guard, int atLeast)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (guard.Problems.Count < atLeast && !timeout.IsCancellationRequested)
        {
            await Task.Delay(50);
        }
        return guard.Problems;
    }
}
