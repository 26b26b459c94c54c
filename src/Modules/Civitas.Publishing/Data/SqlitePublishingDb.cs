using Civitas.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Publishing.Data;

internal sealed class SqlitePublishingDb(DbContextOptions<SqlitePublishingDb> options, ITenantContext tenant) : PublishingDb(options, tenant);
