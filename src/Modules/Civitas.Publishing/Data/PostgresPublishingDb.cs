using Civitas.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Publishing.Data;

internal sealed class PostgresPublishingDb(DbContextOptions<PostgresPublishingDb> options, ITenantContext tenant) : PublishingDb(options, tenant);
