using Civitas.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Platform.Data;

/// <summary>Registers a module's DbContext for the configured provider.</summary>
public static class ModuleDbServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TDb"/> backed by <typeparamref name="TSqlite"/> or
    /// <typeparamref name="TPostgres"/> (thin subclasses that own the provider's migrations), with the
    /// module's own migrations history table and the audit/tenant save interceptor.
    /// </summary>
    public static IServiceCollection AddModuleDb<TDb, TSqlite, TPostgres>(this IServiceCollection services, string module, DatabaseOptions options)
        where TDb : DbContext
        where TSqlite : TDb
        where TPostgres : TDb
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<TDb, TPostgres>((sp, o) => Configure<TPostgres>(sp, o, module, options));
        }
        else
        {
            services.AddDbContext<TDb, TSqlite>((sp, o) => Configure<TSqlite>(sp, o, module, options));
        }
        services.AddSingleton(new ModuleDbRegistration(typeof(TDb), module));
        return services;
    }

    internal static void ConfigureProvider(DbContextOptionsBuilder o, string module, DatabaseOptions options, string migrationsAssembly)
    {
        var history = $"__ef_history_{module}";
        if (options.Provider == DatabaseProvider.Postgres)
        {
            o.UseNpgsql(options.EffectiveConnectionString, n => n.MigrationsHistoryTable(history).MigrationsAssembly(migrationsAssembly));
        }
        else
        {
            o.UseSqlite(options.EffectiveConnectionString, s => s.MigrationsHistoryTable(history).MigrationsAssembly(migrationsAssembly));
        }
        // A failing migration check is a test's job (Architecture.Tests), not a start-up crash.
        o.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    private static void Configure<TImpl>(IServiceProvider sp, DbContextOptionsBuilder o, string module, DatabaseOptions options)
    {
        ConfigureProvider(o, module, options, typeof(TImpl).Assembly.GetName().Name!);
        o.AddInterceptors(sp.GetRequiredService<CivitasSaveChangesInterceptor>());
    }
}
