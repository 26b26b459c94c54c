using Civitas.Platform.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Civitas.Publishing.Data;

/// <summary>For <c>scripts/add-migration.sh src/Modules/Civitas.Publishing PublishingDb Name</c>.</summary>
internal sealed class SqlitePublishingDbFactory : IDesignTimeDbContextFactory<SqlitePublishingDb>
{
    public SqlitePublishingDb CreateDbContext(string[] args)
        => new(DesignTimeOptions.Sqlite<SqlitePublishingDb>(PublishingDb.ModuleName), DesignTimeOptions.NoTenant());
}
