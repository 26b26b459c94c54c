using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Civitas.Platform.Data;

/// <summary>Migrates every module's database objects and runs the seeders, retrying while the
/// database is unreachable (a database that is down at start must not crash the app in a loop).</summary>
internal sealed class DatabaseInitializer(
    IServiceScopeFactory scopes,
    IEnumerable<ModuleDbRegistration> modules,
    DatabaseOptions options,
    DatabaseStatus status,
    ILogger<DatabaseInitializer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await InitializeAsync(stoppingToken);
                status.MarkReady();
                logger.LogInformation("Database ready ({Provider})", options.Provider);
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                status.LastError = ex.Message;
                logger.LogError("Database not reachable or not migrated ({Provider}): {Error}. Retrying in {Delay} s; /readyz answers 503 meanwhile.",
                    options.Provider, ex.GetBaseException().Message, delay.TotalSeconds);
                try { await Task.Delay(delay, stoppingToken); } catch (OperationCanceledException) { return; }
                delay = TimeSpan.FromSeconds(Math.Min(30, delay.TotalSeconds * 2));
            }
        }
    }

    private async Task InitializeAsync(CancellationToken ct)
    {
        if (options.Provider == DatabaseProvider.Sqlite) PrepareSqliteFile();
        foreach (var module in modules)
        {
            using var scope = scopes.CreateScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            await db.Database.MigrateAsync(ct);
        }
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDb>();
            // WAL lets readers run while one writer commits; the setting persists in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
        using (var scope = scopes.CreateScope())
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<IDataSeeder>())
            {
                await seeder.SeedAsync(ct);
            }
        }
    }

    private void PrepareSqliteFile()
    {
        var builder = new SqliteConnectionStringBuilder(options.EffectiveConnectionString);
        var dir = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
    }
}
