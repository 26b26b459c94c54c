using System.Globalization;
using Civitas.Testing;
using Microsoft.Playwright;

namespace Civitas.Browser.Tests.Infrastructure;

/// <summary>
/// One app on real Kestrel (127.0.0.1, a free port, SQLite, mail through the SMTP catcher of
/// scripts/test.sh) and one headless Debian Chromium, shared by every test of a collection:
/// starting them is the expensive part, so a collection pays it once. Each test gets a fresh
/// browser context (cookies, storage) from <see cref="BrowserTest"/>.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    // Chromium flags measured in STACK.md rows 4a-4b. Playwright adds --headless and --no-sandbox
    // itself and makes its own throw-away profile, so --user-data-dir must not be passed.
    private static readonly string[] ChromiumArgs =
    [
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The app under test (its clock, services and test-data helpers).</summary>
    public CivitasAppFactory App { get; private set; } = default!;

    /// <summary>"http://127.0.0.1:port/".</summary>
    public Uri BaseUrl { get; private set; } = default!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    /// <summary>The SMTP catcher's Maildir (read it with <see cref="MailReader"/>).</summary>
    public static string Maildir => TestEnvironment.SmtpMaildir;

    /// <summary>The database of the app. Browser journeys run on SQLite; PostgreSQL is covered by
    /// the integration suites. A collection whose journey needs PostgreSQL overrides this.</summary>
    protected virtual DatabaseKind Database => DatabaseKind.Sqlite;

    /// <summary>Extra configuration of the app for a derived fixture.</summary>
    protected virtual IDictionary<string, string?> Settings() => new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            // Real SMTP against the catcher, so journeys read mail as a person would receive it.
            ["Mail:Mode"] = "Smtp",
            ["Mail:Host"] = "127.0.0.1",
            ["Mail:Port"] = TestEnvironment.SmtpPort.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (k, v) in Settings()) settings[k] = v;
        App = new CivitasAppFactory(Database, settings);
        App.UseLoopbackKestrel();

        // The app (migrations, demo seeding) and Chromium start at the same time.
        var app = Task.Run(App.StartAsync);
        var browser = StartBrowserAsync();
        await Task.WhenAll(app, browser);
        BaseUrl = App.ServerAddress;
    }

    private async Task StartBrowserAsync()
    {
        _playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var executable = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            // A missing dependency fails the suite (ARCHITECTURE.md §9); scripts/test.sh installs it.
            throw new InvalidOperationException($"Chromium not found at {executable}: run the tests through scripts/test.sh, which installs the Debian package, or set CHROMIUM_PATH.");
        }
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (App is not null) await App.DisposeAsync();
    }
}
