using Civitas.Platform.Audit;
using Civitas.Platform.Files;
using Civitas.Platform.Identity;
using Civitas.Platform.LegalParameters;
using Civitas.Platform.Outbox;
using Civitas.Platform.Scheduling;
using Civitas.Platform.Tenancy;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Platform.Data;

/// <summary>The platform's own tables: tenants, accounts, roles, audit, outbox, scheduler, legal
/// parameters, files, data-protection keys.</summary>
internal abstract class PlatformDb : IdentityUserContext<User, Guid>, ICivitasDb
{
    private readonly ITenantContext _tenant;

    protected PlatformDb(DbContextOptions options, ITenantContext tenant) : base(options) => _tenant = tenant;

    public string Module => "platform";
    public Guid? CurrentTenantId => _tenant.TenantId;

    public DbSet<Tenant> Tenants => Set<Tenant>();
    public DbSet<TenantHost> TenantHosts => Set<TenantHost>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<ScheduledJobState> ScheduledJobs => Set<ScheduledJobState>();
    public DbSet<LegalParameter> LegalParameters => Set<LegalParameter>();
    public DbSet<StoredFile> Files => Set<StoredFile>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<User>(b =>
        {
            b.Property(x => x.DisplayName).HasMaxLength(200);
            b.Property(x => x.PreferredCulture).HasMaxLength(10);
        });

        builder.Entity<Tenant>(b =>
        {
            b.HasIndex(x => x.Slug).IsUnique();
            b.Property(x => x.Slug).HasMaxLength(60);
            b.Property(x => x.Name).HasMaxLength(200);
            b.Property(x => x.TerytCode).HasMaxLength(7);
            b.Property(x => x.PrimaryColor).HasMaxLength(7);
            b.Property(x => x.AccentColor).HasMaxLength(7);
            b.HasMany(x => x.Hosts).WithOne().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<TenantHost>(b =>
        {
            b.Property(x => x.HostName).HasMaxLength(253);
            b.HasIndex(x => x.HostName).IsUnique();
        });
        builder.Entity<Department>(b =>
        {
            b.Property(x => x.Name).HasMaxLength(200);
            b.Property(x => x.ShortName).HasMaxLength(30);
            b.HasIndex(x => new { x.TenantId, x.Name }).IsUnique();
        });
        builder.Entity<RoleAssignment>(b =>
        {
            b.HasIndex(x => new { x.TenantId, x.UserId, x.Role, x.DepartmentId }).IsUnique();
            b.HasIndex(x => x.UserId);
        });
        builder.Entity<ScheduledJobState>(b =>
        {
            b.HasKey(x => x.Name);
            b.Property(x => x.Name).HasMaxLength(100);
            b.Property(x => x.LockedBy).HasMaxLength(100);
        });
        builder.Entity<LegalParameter>(b =>
        {
            b.Property(x => x.Key).HasMaxLength(100);
            b.Property(x => x.Value).HasPrecision(18, 4);
            b.HasIndex(x => new { x.TenantId, x.Key, x.ValidFrom }).IsUnique();
        });
        builder.Entity<StoredFile>(b =>
        {
            b.Property(x => x.OwnerKind).HasMaxLength(100);
            b.Property(x => x.FileName).HasMaxLength(255);
            b.Property(x => x.ContentType).HasMaxLength(150);
            b.Property(x => x.Sha256).HasMaxLength(64);
            b.Property(x => x.StorageKey).HasMaxLength(300);
            b.HasIndex(x => new { x.OwnerKind, x.OwnerId });
        });
        builder.Entity<DataProtectionKey>(b => b.HasKey(x => x.Id));

        ModelConventions.MapSharedTables(builder, ownedByThisContext: true);
        ModelConventions.Apply(builder, Module, this);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
        => ProviderConventions.Configure(configurationBuilder, Database.ProviderName);
}
