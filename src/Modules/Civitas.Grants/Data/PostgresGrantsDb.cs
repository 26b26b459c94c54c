using Civitas.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Grants.Data;

internal sealed class PostgresGrantsDb(DbContextOptions<PostgresGrantsDb> options, ITenantContext tenant) : GrantsDb(options, tenant);
