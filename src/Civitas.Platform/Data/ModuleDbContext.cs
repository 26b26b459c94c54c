using Civitas.Platform.Audit;
using Civitas.Platform.Outbox;
using Civitas.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Platform.Data;

/// <summary>
/// Base class of every business module's DbContext: applies the Civitas conventions and maps the
/// shared outbox and audit tables (excluded from the module's migrations).
/// </summary>
public abstract class ModuleDbContext : DbContext, ICivitasDb
{
    private readonly ITenantContext _tenant;

    /// <summary>Creates the context.</summary>
    protected ModuleDbContext(DbContextOptions options, ITenantContext tenant) : base(options) => _tenant = tenant;

    /// <inheritdoc />
    public abstract string Module { get; }

    /// <inheritdoc />
    public Guid? CurrentTenantId => _tenant.TenantId;

    /// <summary>Events to deliver after commit.</summary>
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    /// <summary>Audit entries written with the change.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ConfigureModel(modelBuilder);
        ModelConventions.MapSharedTables(modelBuilder, ownedByThisContext: false);
        ModelConventions.Apply(modelBuilder, Module, this);
    }

    /// <summary>Configures the module's own entities.</summary>
    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        ProviderConventions.Configure(configurationBuilder, Database.ProviderName);
    }
}
