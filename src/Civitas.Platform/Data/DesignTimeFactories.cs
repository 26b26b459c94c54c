using Civitas.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Civitas.Platform.Data;

/// <summary>Builds contexts for <c>dotnet ef migrations add</c> (scripts/add-migration.sh) without
/// starting the app. The connection strings are placeholders: migrations are generated, not applied.</summary>
public static class DesignTimeOptions
{
    /// <summary>Options for the SQLite flavour of a module context.</summary>
    public static DbContextOptions<T> Sqlite<T>(string module) where T : DbContext
    {
        var b = new DbContextOptionsBuilder<T>();
        ModuleDbServiceCollectionExtensions.ConfigureProvider(b, module,
            new DatabaseOptions { Provider = DatabaseProvider.Sqlite, EffectiveConnectionString = "Data Source=design-time.db" }, typeof(T).Assembly.GetName().Name!);
        return b.Options;
    }

    /// <summary>Options for the PostgreSQL flavour of a module context.</summary>
    public static DbContextOptions<T> Postgres<T>(string module) where T : DbContext
    {
        var b = new DbContextOptionsBuilder<T>();
        ModuleDbServiceCollectionExtensions.ConfigureProvider(b, module,
            new DatabaseOptions { Provider = DatabaseProvider.Postgres, EffectiveConnectionString = "Host=localhost;Database=design_time" }, typeof(T).Assembly.GetName().Name!);
        return b.Options;
    }

    /// <summary>A tenant context with no tenant, for design time.</summary>
    public static ITenantContext NoTenant() => new TenantContext();
}

internal sealed class SqlitePlatformDbFactory : IDesignTimeDbContextFactory<SqlitePlatformDb>
{
    public SqlitePlatformDb CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqlitePlatformDb>("platform"), DesignTimeOptions.NoTenant());
}

internal sealed class PostgresPlatformDbFactory : IDesignTimeDbContextFactory<PostgresPlatformDb>
{
    public PostgresPlatformDb CreateDbContext(string[] args) => new(DesignTimeOptions.Postgres<PostgresPlatformDb>("platform"), DesignTimeOptions.NoTenant());
}
