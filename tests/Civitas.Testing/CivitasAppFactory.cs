using System.Net;
using Civitas.Platform.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Civitas.Testing;

/// <summary>
/// The whole app in memory on a fresh database (a temporary SQLite file, or a new PostgreSQL
/// database), with a hand-driven clock, its own file and mail folders, and demo data.
/// </summary>
public class CivitasAppFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private PostgresDatabase? _pg;
    private bool _kestrel;

    public CivitasAppFactory(DatabaseKind kind, IDictionary<string, string?>? settings = null)
    {
        Kind = kind;
        Root = Path.Combine(Path.GetTempPath(), "civitas-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        _settings = new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "true",
            ["Files:RootPath"] = Path.Combine(Root, "files"),
            ["Mail:Mode"] = "Pickup",
            ["Mail:PickupDirectory"] = MailPickupDirectory,
            ["Background:PollInterval"] = "00:00:01",
            ["Background:SchedulerInterval"] = "01:00:00",
            // Tests sign in many times from one address; the limiter has its own test.
            ["RateLimiting:AccountPerMinute"] = "100000",
            ["RateLimiting:PublicFormPerMinute"] = "100000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Error",
        };
        if (settings is not null)
        {
            foreach (var (k, v) in settings) _settings[k] = v;
        }
    }

    public DatabaseKind Kind { get; }
    public string Root { get; }
    public string MailPickupDirectory => Path.Combine(Root, "mail");
    public TestClock Clock { get; } = new();

    /// <summary>Serves the app on real Kestrel at 127.0.0.1 on a free port instead of the in-memory
    /// test server, so that a real browser can reach it (browser tests). Call before
    /// <see cref="StartAsync"/>; the address is then <see cref="ServerAddress"/>.</summary>
    public void UseLoopbackKestrel()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _kestrel = true;
    }

    /// <summary>The root URL of the Kestrel server ("http://127.0.0.1:port/"), after <see cref="UseLoopbackKestrel"/> and <see cref="StartAsync"/>.</summary>
    public Uri ServerAddress => _kestrel
        ? new Uri(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/') + "/")
        : throw new InvalidOperationException("The app runs on the in-memory test server; call UseLoopbackKestrel() before StartAsync().");

    /// <summary>Creates the database (PostgreSQL) and starts the app, waiting for migrations and seeding.</summary>
    public async Task StartAsync()
    {
        if (Kind == DatabaseKind.Postgres)
        {
            _pg = await PostgresDatabase.CreateAsync();
            _settings["Database:Provider"] = "Postgres";
            _settings["Database:ConnectionString"] = _pg.ConnectionString;
        }
        else
        {
            _settings["Database:Provider"] = "Sqlite";
            _settings["Database:ConnectionString"] = $"Data Source={Path.Combine(Root, "civitas.db")}";
        }
        if (_kestrel) StartServer();
        _ = Services; // builds the host
        var status = Services.GetRequiredService<DatabaseStatus>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await status.WaitUntilReadyAsync(timeout.Token);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        foreach (var (k, v) in _settings) builder.UseSetting(k, v);
        builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
        });
    }

    /// <summary>Runs a body with a service scope (for arranging data through the app's own services).</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var scope = Services.CreateScope();
        return await body(scope.ServiceProvider);
    }

    /// <summary>As <see cref="WithScopeAsync{T}"/> without a result.</summary>
    public async Task WithScopeAsync(Func<IServiceProvider, Task> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var scope = Services.CreateScope();
        await body(scope.ServiceProvider);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_pg is not null) await _pg.DisposeAsync();
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        GC.SuppressFinalize(this);
    }
}
