using Civitas.Platform.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Civitas.Grants.Data;

/// <summary>For <c>scripts/add-migration.sh src/Modules/Civitas.Grants GrantsDb Name</c>.</summary>
internal sealed class PostgresGrantsDbFactory : IDesignTimeDbContextFactory<PostgresGrantsDb>
{
    public PostgresGrantsDb CreateDbContext(string[] args)
        => new(DesignTimeOptions.Postgres<PostgresGrantsDb>(GrantsDb.ModuleName), DesignTimeOptions.NoTenant());
}
