using Civitas.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Organisations.Data;

internal sealed class SqliteOrganisationsDb(DbContextOptions<SqliteOrganisationsDb> options, ITenantContext tenant) : OrganisationsDb(options, tenant);
