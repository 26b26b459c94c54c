using Civitas.Platform.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Civitas.Publishing.Data;

/// <summary>For <c>scripts/add-migration.sh src/Modules/Civitas.Publishing PublishingDb Name</c>.</summary>
internal sealed class PostgresPublishingDbFactory : IDesignTimeDbContextFactory<PostgresPublishingDb>
{
    public PostgresPublishingDb CreateDbContext(string[] args)
        => new(DesignTimeOptions.Postgres<PostgresPublishingDb>(PublishingDb.ModuleName), DesignTimeOptions.NoTenant());
}
