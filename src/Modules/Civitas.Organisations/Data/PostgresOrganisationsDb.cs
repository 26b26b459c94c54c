using Civitas.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Organisations.Data;

internal sealed class PostgresOrganisationsDb(DbContextOptions<PostgresOrganisationsDb> options, ITenantContext tenant) : OrganisationsDb(options, tenant);
