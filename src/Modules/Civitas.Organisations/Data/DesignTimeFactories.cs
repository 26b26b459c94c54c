using Civitas.Platform.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Civitas.Organisations.Data;

internal sealed class SqliteOrganisationsDbFactory : IDesignTimeDbContextFactory<SqliteOrganisationsDb>
{
    public SqliteOrganisationsDb CreateDbContext(string[] args)
        => new(DesignTimeOptions.Sqlite<SqliteOrganisationsDb>(OrganisationsDb.ModuleName), DesignTimeOptions.NoTenant());
}

internal sealed class PostgresOrganisationsDbFactory : IDesignTimeDbContextFactory<PostgresOrganisationsDb>
{
    public PostgresOrganisationsDb CreateDbContext(string[] args)
        => new(DesignTimeOptions.Postgres<PostgresOrganisationsDb>(OrganisationsDb.ModuleName), DesignTimeOptions.NoTenant());
}
