using System.Text;
using System.Text.RegularExpressions;
using Civitas.Testing;
using Microsoft.Playwright;

namespace Civitas.Browser.Tests.Infrastructure;

/// <summary>
/// Base class of every browser journey. Each test gets a fresh browser context (no cookies) and
/// one page, watched by a <see cref="PageGuard"/>. Move between pages only with
/// <see cref="GoToAsync"/> (type an address) and <see cref="FollowAsync"/> (click, press Enter,
/// submit): both wait for the page to load, check the HTTP status and run axe-core, and a page
/// reached any other way fails the test. Mark tests with [BrowserFact] or [BrowserTheory].
/// </summary>
public abstract partial class BrowserTest(BrowserFixture fixture) : IAsyncLifetime
{
    private IBrowserContext? _context;
    private IPage? _page;
    private PageGuard? _guard;
    private ICDPSession? _scriptsOff;

    protected BrowserFixture Fixture { get; } = fixture ?? throw new ArgumentNullException(nameof(fixture));
    protected CivitasAppFactory App => Fixture.App;
    protected IBrowserContext Context => _context ?? throw new InvalidOperationException("No browser context yet.");
    protected IPage Page => _page ?? throw new InvalidOperationException("No page yet.");
    protected PageGuard Guard => _guard ?? throw new InvalidOperationException("No guard yet.");

    /// <summary>Turns on the AAA contrast rule for the following checks (high-contrast mode).</summary>
    protected bool CheckEnhancedContrast { get; set; }

    public virtual async Task InitializeAsync()
    {
        _context = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Fixture.BaseUrl.ToString(),
            Locale = "pl-PL",
            TimezoneId = "Europe/Warsaw",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        // Generous for a loaded 2-core CI machine; a journey that waits this long is broken anyway.
        _context.SetDefaultTimeout(20_000);
        _page = await _context.NewPageAsync();
        _guard = new PageGuard(_context, _page, Fixture.BaseUrl);
    }

    /// <summary>Switches the page's scripts off from the next page on: every core flow must work
    /// without JavaScript. Call it before the first visit.</summary>
    /// <remarks>Not the context option JavaScriptEnabled = false: with it axe-core (which waits on
    /// timers) never finishes. The DevTools switch below is what Playwright uses for that option,
    /// and it can be lifted for the moment axe runs: the page's own scripts, never run at load,
    /// stay unrun.</remarks>
    protected async Task UseBrowserWithoutJavaScriptAsync()
    {
        _scriptsOff = await Context.NewCDPSessionAsync(Page);
        await SetScriptsDisabledAsync(true);
    }

    private async Task SetScriptsDisabledAsync(bool disabled)
    {
        if (_scriptsOff is null) return;
        await _scriptsOff.SendAsync("Emulation.setScriptExecutionDisabled", new Dictionary<string, object> { ["value"] = disabled });
    }

    public virtual async Task DisposeAsync()
    {
        if (_context is not null) await _context.CloseAsync();
    }

    // ---- Moving between pages (every one checked by axe) ------------------------------------

    /// <summary>Opens <paramref name="path"/> (relative to the app, or an absolute URL of the app) as if
    /// typed in the address bar, checks the status, runs axe.</summary>
    protected async Task<IResponse> GoToAsync(string path, int status = 200)
    {
        if (status >= 400) Guard.ExpectDocumentStatus(status);
        var response = await Page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load })
            ?? throw new Xunit.Sdk.XunitException($"GET {path} gave no response.");
        await ArriveAsync(response, status, $"GET {path}");
        return response;
    }

    /// <summary>Runs <paramref name="action"/>, which makes the browser load another page (click a link,
    /// press Enter in a form, submit), waits for that page, checks the status and runs axe.</summary>
    protected async Task<IResponse> FollowAsync(Func<Task> action, int status = 200)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (status >= 400) Guard.ExpectDocumentStatus(status);
        var from = Page.Url;
        // Wait for the final answer of the main document (after any redirects) and for the load
        // event of the page it makes. Both listeners exist before the action, so nothing is missed,
        // and the same address loaded again (a language switch returns to it) is caught as well.
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLoad(object? sender, IPage page) => loaded.TrySetResult();
        Page.Load += OnLoad;
        IResponse response;
        try
        {
            response = await Page.RunAndWaitForResponseAsync(action, IsFinalMainDocument);
            await loaded.Task.WaitAsync(TimeSpan.FromSeconds(20));
        }
        catch (TimeoutException e)
        {
            throw new Xunit.Sdk.XunitException($"From {from} the action did not load a new page (an in-page move needs the keyboard helpers or CheckPageAsync): {e.Message}");
        }
        finally
        {
            Page.Load -= OnLoad;
        }
        await ArriveAsync(response, status, $"from {from}");
        return response;
    }

    private bool IsFinalMainDocument(IResponse r)
        => r.Request.IsNavigationRequest && r.Frame == Page.MainFrame && r.Status is < 300 or >= 400;

    /// <summary>Clicks the link whose accessible name is exactly <paramref name="name"/> (inside
    /// <paramref name="within"/> when given) and checks the page it leads to.</summary>
    protected Task<IResponse> ClickLinkAsync(string name, string? within = null, int status = 200)
    {
        var scope = within is null ? Page.Locator("body") : Page.Locator(within);
        return FollowAsync(() => scope.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = name, Exact = true }).ClickAsync(), status);
    }

    /// <summary>Clicks the button whose accessible name is exactly <paramref name="name"/> and checks the page it leads to.</summary>
    protected Task<IResponse> ClickButtonAsync(string name, int status = 200)
        => FollowAsync(() => Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = name, Exact = true }).ClickAsync(), status);

    /// <summary>Runs <paramref name="action"/> (a click on an export or attachment link) and returns
    /// the file the browser downloads. A download is not a page: axe does not run, the page stays.</summary>
    protected Task<IDownload> DownloadAsync(Func<Task> action) => Page.RunAndWaitForDownloadAsync(action);

    /// <summary>Runs axe on the page as it is now (after an in-page change such as an opened
    /// disclosure or a live update) and checks the guard.</summary>
    protected async Task CheckPageAsync()
    {
        await SetScriptsDisabledAsync(false);
        try
        {
            await AxeCheck.AssertNoViolationsAsync(Page, CheckEnhancedContrast);
        }
        finally
        {
            await SetScriptsDisabledAsync(true);
        }
        Guard.MarkChecked();
        Guard.AssertClean($"on {Page.Url}");
    }

    private async Task ArriveAsync(IResponse response, int status, string what)
    {
        if (response.Status != status)
        {
            throw new Xunit.Sdk.XunitException($"{what}: expected HTTP {status} at {response.Url}, got {response.Status}.");
        }
        if (!Page.Url.StartsWith(Fixture.BaseUrl.ToString(), StringComparison.Ordinal))
        {
            throw new Xunit.Sdk.XunitException($"{what}: the browser left the app for {Page.Url}.");
        }
        await CheckPageAsync();
    }

    /// <summary>The path and query of the current page ("/konto/logowanie?returnUrl=%2F").</summary>
    protected string CurrentPath => new Uri(Page.Url).PathAndQuery;

    // ---- Language and text ----------------------------------------------------------------

    /// <summary>On the current page (which is in Polish), switches to <paramref name="language"/>
    /// ("pl" or "en") with the layout's language link if needed, and checks &lt;html lang&gt;.
    /// <paramref name="status"/> is the status of the page (404 on the not-found page).</summary>
    protected async Task UseLanguageAsync(string language, int status = 200)
    {
        if (language == "en")
        {
            await AssertLanguageAsync("pl");
            await ClickLinkAsync("English", within: "header", status: status);
        }
        else if (language != "pl")
        {
            throw new ArgumentException($"Unknown language {language}.", nameof(language));
        }
        await AssertLanguageAsync(language);
    }

    /// <summary>Checks that &lt;html lang&gt; is <paramref name="language"/>.</summary>
    protected async Task AssertLanguageAsync(string language)
    {
        var lang = await Page.Locator("html").GetAttributeAsync("lang");
        Assert.True(lang == language, $"Expected <html lang=\"{language}\"> on {Page.Url}, found \"{lang}\".");
    }

    /// <summary>Checks that the page's &lt;h1&gt; contains <paramref name="text"/>.</summary>
    protected async Task AssertHeadingAsync(string text)
    {
        var h1 = Page.Locator("h1");
        Assert.Equal(1, await h1.CountAsync());
        var actual = Normalize(await h1.InnerTextAsync());
        Assert.True(actual.Contains(text, StringComparison.Ordinal), $"Expected the heading on {Page.Url} to contain \"{text}\", found \"{actual}\".");
    }

    /// <summary>Checks that the page's &lt;title&gt; names the page first, then the portal (WCAG 2.4.2).</summary>
    protected async Task AssertTitleAsync(string pageTitle)
    {
        var title = await Page.TitleAsync();
        Assert.True(title.StartsWith(pageTitle + " – ", StringComparison.Ordinal), $"Expected the title of {Page.Url} to start with \"{pageTitle} – \", found \"{title}\".");
    }

    /// <summary>Checks that <paramref name="text"/> is visible somewhere in the page.</summary>
    protected async Task AssertVisibleTextAsync(string text)
    {
        var located = Page.GetByText(text, new PageGetByTextOptions { Exact = false }).First;
        Assert.True(await located.IsVisibleAsync(), $"Expected the text \"{text}\" to be visible on {Page.Url}.");
    }

    /// <summary>Picks the text of the current language.</summary>
    protected static string Text(string language, string polish, string english) => language == "en" ? english : polish;

    // ---- Keyboard --------------------------------------------------------------------------

    /// <summary>Presses Tab (Shift+Tab when <paramref name="backwards"/>) and returns what has the focus.</summary>
    protected async Task<FocusedElement> PressTabAsync(bool backwards = false)
    {
        await Page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
        return await FocusedAsync() ?? throw new Xunit.Sdk.XunitException($"After {(backwards ? "Shift+Tab" : "Tab")} nothing has the focus on {Page.Url}.");
    }

    /// <summary>Presses Tab until <paramref name="target"/> has the focus and returns every element
    /// focused on the way (the last one is the target). Each must show a focus indicator.</summary>
    protected async Task<IReadOnlyList<FocusedElement>> TabToAsync(Func<FocusedElement, bool> target, string description, bool backwards = false, int maxPresses = 60)
    {
        ArgumentNullException.ThrowIfNull(target);
        var path = new List<FocusedElement>();
        for (var i = 0; i < maxPresses; i++)
        {
            var focused = await PressTabAsync(backwards);
            AssertFocusVisible(focused);
            path.Add(focused);
            if (target(focused)) return path;
        }
        throw new Xunit.Sdk.XunitException($"{description} was not reached with {maxPresses} presses of {(backwards ? "Shift+Tab" : "Tab")} on {Page.Url}. Focus went through:\n  " + string.Join("\n  ", path));
    }

    /// <summary>What has the keyboard focus now (null for the document body).</summary>
    protected async Task<FocusedElement?> FocusedAsync()
    {
        var e = await Page.EvaluateAsync<FocusedElement?>(FocusScript);
        return e;
    }

    /// <summary>Fails unless the focused element is on screen with an outline or a box shadow (WCAG 2.4.7).</summary>
    protected void AssertFocusVisible(FocusedElement focused)
    {
        ArgumentNullException.ThrowIfNull(focused);
        Assert.True(focused.HasVisibleIndicator, $"{focused} has the focus on {Page.Url} but no visible focus indicator (outline: {focused.HasOutline}, box-shadow: {focused.HasBoxShadow}, on screen: {focused.InViewport}).");
    }

    /// <summary>Types text into the focused field, key by key, as a keyboard user does.</summary>
    protected Task TypeAsync(string text) => Page.Keyboard.TypeAsync(text);

    private const string FocusScript = """
        () => {
            const e = document.activeElement;
            if (!e || e === document.body || e === document.documentElement) return null;
            const s = getComputedStyle(e);
            const r = e.getBoundingClientRect();
            const text = (e.getAttribute('aria-label') || e.innerText || e.value || '').trim().replace(/\s+/g, ' ');
            return {
                tag: e.tagName.toLowerCase(),
                id: e.id || '',
                text: text,
                href: e.getAttribute('href'),
                type: e.getAttribute('type'),
                hasOutline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0,
                hasBoxShadow: !!s.boxShadow && s.boxShadow !== 'none',
                inViewport: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < window.innerHeight && r.left < window.innerWidth,
            };
        }
        """;

    // ---- Accounts --------------------------------------------------------------------------

    /// <summary>Signs in through the real pages: /konto/logowanie, then /konto/logowanie-2fa with a
    /// code from the account's authenticator key when the account has two-factor sign-in. Ends on
    /// the page the sign-in returns to.</summary>
    protected async Task SignInAsync(TestUser user, string? returnUrl = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        await GoToAsync(returnUrl is null ? "/konto/logowanie" : "/konto/logowanie?returnUrl=" + Uri.EscapeDataString(returnUrl));
        await Page.Locator("#Input_Email").FillAsync(user.Email);
        await Page.Locator("#Input_Password").FillAsync(user.Password);
        await FollowAsync(() => Page.Locator("main form button[type=submit]").ClickAsync());
        if (new Uri(Page.Url).AbsolutePath == "/konto/logowanie-2fa")
        {
            if (user.AuthenticatorKey is null) throw new Xunit.Sdk.XunitException($"{user.Email} is asked for a two-factor code but the test has no authenticator key.");
            await Page.Locator("#Input_Code").FillAsync(CurrentTotp(user));
            await FollowAsync(() => Page.Locator("main form button[type=submit]").ClickAsync());
        }
        var path = new Uri(Page.Url).AbsolutePath;
        if (path.StartsWith("/konto/logowanie", StringComparison.Ordinal))
        {
            var errors = await Page.Locator(".error-summary").AllInnerTextsAsync();
            throw new Xunit.Sdk.XunitException($"Sign-in of {user.Email} did not succeed; still on {Page.Url}: {string.Join(" ", errors)}");
        }
    }

    /// <summary>The code an authenticator app shows now, by the app's clock (the app checks codes
    /// against its injected TimeProvider). A code is accepted only once, so the clock first moves to
    /// the next 30-second step, as it would for a person signing in again.</summary>
    protected string CurrentTotp(TestUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        App.Clock.Advance(TimeSpan.FromSeconds(30));
        return Totp.Code(user.AuthenticatorKey ?? throw new ArgumentException("The account has no authenticator key.", nameof(user)), App.Clock.GetUtcNow());
    }

    /// <summary>Waits for a message to <paramref name="to"/> in the SMTP catcher's Maildir (the app
    /// sends through real SMTP in browser tests; the outbox delivers within a second or two).</summary>
    protected static Task<ReceivedMail> WaitForMailAsync(string to, Func<ReceivedMail, bool>? match = null)
        => MailReader.WaitForAsync(BrowserFixture.Maildir, to, TimeSpan.FromSeconds(30), match);

    /// <summary>Opens, as a person clicking it in their mail program, the first link of
    /// <paramref name="mail"/> that contains <paramref name="pathPart"/>; it must lead to this app.</summary>
    protected Task<IResponse> OpenLinkFromMailAsync(ReceivedMail mail, string pathPart, int status = 200)
    {
        var url = MailReader.Link(mail, pathPart);
        Assert.True(url.StartsWith(Fixture.BaseUrl.ToString(), StringComparison.Ordinal), $"The link {url} in the message \"{mail?.Subject}\" does not lead to the app at {Fixture.BaseUrl}.");
        return GoToAsync(url, status);
    }

    /// <summary>A unique e-mail address for an account created by a test.</summary>
    protected static string UniqueEmail(string who) => $"{who}-{Guid.NewGuid():N}@example.org";

    // ---- End of test and failure artefacts -------------------------------------------------

    /// <summary>Called after the test method (by [BrowserFact]/[BrowserTheory]): the last page must
    /// have been checked and nothing may have gone wrong since the last check.</summary>
    public Task VerifyAfterTestAsync()
    {
        if (_guard is null) return Task.CompletedTask;
        if (_guard.UncheckedPage is { } url)
        {
            throw new Xunit.Sdk.XunitException($"{url} was loaded but never checked by axe: reach pages with GoToAsync/FollowAsync, or call CheckPageAsync.");
        }
        _guard.AssertClean("by the end of the test");
        return Task.CompletedTask;
    }

    /// <summary>Saves a full-page screenshot, the page's HTML and the failure (with the guard's
    /// findings) to .ci/out/browser/, named after the test. Returns the path without extension.</summary>
    public async Task<string?> SaveFailureArtifactsAsync(string testName, Exception? failure)
    {
        if (_page is null || _page.IsClosed) return null;
        try
        {
            var dir = Path.Combine(TestEnvironment.RepositoryRoot, ".ci", "out", "browser");
            Directory.CreateDirectory(dir);
            // Readable and unique: the test's name (theory rows included), cut short, plus a hash of it.
            testName ??= "test";
            var name = FileNameUnsafe().Replace(testName.Replace("Civitas.Browser.Tests.Journeys.", "", StringComparison.Ordinal), "_");
            if (name.Length > 120) name = name[..120];
            name += "-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(testName)))[..8].ToLowerInvariant();
            var basePath = Path.Combine(dir, name);
            await _page.ScreenshotAsync(new PageScreenshotOptions { Path = basePath + ".png", FullPage = true });
            await File.WriteAllTextAsync(basePath + ".html", await _page.ContentAsync(), Utf8);
            var report = new StringBuilder()
                .AppendLine(testName)
                .Append("URL: ").AppendLine(_page.Url)
                .AppendLine()
                .AppendLine(failure?.ToString() ?? "(no exception)")
                .AppendLine()
                .AppendLine("Guard findings:")
                .AppendJoin(Environment.NewLine, _guard?.Problems ?? [])
                .AppendLine();
            await File.WriteAllTextAsync(basePath + ".txt", report.ToString(), Utf8);
            return basePath;
        }
        catch (PlaywrightException)
        {
            // The browser may be what failed; the test's own error is what matters.
            return null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static string Normalize(string s) => WhiteSpace().Replace(s, " ").Trim();

    [GeneratedRegex(@"[^A-Za-z0-9_.-]+")]
    private static partial Regex FileNameUnsafe();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
