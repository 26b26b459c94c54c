using Civitas.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Grants.Data;

internal sealed class SqliteGrantsDb(DbContextOptions<SqliteGrantsDb> options, ITenantContext tenant) : GrantsDb(options, tenant);
