using Civitas.Platform.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Civitas.Grants.Data;

/// <summary>For <c>scripts/add-migration.sh src/Modules/Civitas.Grants GrantsDb Name</c>.</summary>
internal sealed class SqliteGrantsDbFactory : IDesignTimeDbContextFactory<SqliteGrantsDb>
{
    public SqliteGrantsDb CreateDbContext(string[] args)
        => new(DesignTimeOptions.Sqlite<SqliteGrantsDb>(GrantsDb.ModuleName), DesignTimeOptions.NoTenant());
}
