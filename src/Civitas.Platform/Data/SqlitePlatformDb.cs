using Civitas.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Platform.Data;

internal sealed class SqlitePlatformDb(DbContextOptions<SqlitePlatformDb> options, ITenantContext tenant) : PlatformDb(options, tenant);
