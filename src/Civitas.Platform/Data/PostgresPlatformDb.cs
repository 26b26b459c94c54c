using Civitas.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Platform.Data;

internal sealed class PostgresPlatformDb(DbContextOptions<PostgresPlatformDb> options, ITenantContext tenant) : PlatformDb(options, tenant);
