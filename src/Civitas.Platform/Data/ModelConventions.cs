using System.Linq.Expressions;
using Civitas.Platform.Audit;
using Civitas.Platform.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Civitas.Platform.Data;

/// <summary>
/// The conventions every Civitas DbContext applies at the end of <c>OnModelCreating</c>:
/// snake_case names with the module's table prefix, the tenant query filter, concurrency tokens,
/// and the two platform tables every module writes in its own transaction (outbox, audit).
/// </summary>
public static class ModelConventions
{
    private const int MaxIdentifierLength = 63; // PostgreSQL's NAMEDATALEN - 1

    /// <summary>Maps the outbox and audit tables. Only the platform context migrates them; module
    /// contexts map them too, so that an event or audit row is saved atomically with the change.</summary>
    public static void MapSharedTables(ModelBuilder modelBuilder, bool ownedByThisContext)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<OutboxMessage>(b =>
        {
            b.ToTable("platform_outbox_message", t => { if (!ownedByThisContext) t.ExcludeFromMigrations(); });
            b.HasKey(x => x.Id);
            b.Property(x => x.Type).HasMaxLength(200);
            b.Property(x => x.LockedBy).HasMaxLength(100);
            b.HasIndex(x => new { x.ProcessedAt, x.AvailableAt });
        });
        modelBuilder.Entity<AuditEntry>(b =>
        {
            b.ToTable("platform_audit_entry", t => { if (!ownedByThisContext) t.ExcludeFromMigrations(); });
            b.HasKey(x => x.Id);
            b.Property(x => x.Action).HasMaxLength(100);
            b.Property(x => x.EntityType).HasMaxLength(200);
            b.Property(x => x.EntityId).HasMaxLength(100);
            b.Property(x => x.ActorName).HasMaxLength(300);
            b.Property(x => x.Module).HasMaxLength(50);
            b.HasIndex(x => new { x.TenantId, x.OccurredAt });
            b.HasIndex(x => new { x.EntityType, x.EntityId });
        });
    }

    /// <summary>Applies naming, tenant filters and concurrency conventions to every entity of the model.</summary>
    public static void Apply(ModelBuilder modelBuilder, string tablePrefix, DbContext context)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ArgumentNullException.ThrowIfNull(context);
        var shared = new HashSet<Type> { typeof(OutboxMessage), typeof(AuditEntry) };

        foreach (var entity in modelBuilder.Model.GetEntityTypes().ToList())
        {
            if (!entity.IsOwned() && !shared.Contains(entity.ClrType) && entity.GetViewName() is null)
            {
                entity.SetTableName(Truncate($"{tablePrefix}_{SnakeCase.Convert(EntityName(entity.ClrType))}"));
            }

            foreach (var property in entity.GetProperties())
            {
                var table = entity.GetTableName();
                if (table is null) continue;
                var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
                var column = property.GetColumnName(store);
                if (column is not null) property.SetColumnName(Truncate(SnakeCase.Convert(column)));
            }

            if (typeof(IConcurrencyVersioned).IsAssignableFrom(entity.ClrType) && entity.BaseType is null)
            {
                entity.FindProperty(nameof(IConcurrencyVersioned.Version))!.IsConcurrencyToken = true;
            }

            if (typeof(ITenantOwned).IsAssignableFrom(entity.ClrType) && entity.BaseType is null && !entity.IsOwned())
            {
                modelBuilder.Entity(entity.ClrType).HasQueryFilter(TenantFilter.Name, TenantFilterFor(entity.ClrType, context));
            }
        }

        // Keys, foreign keys and indexes after tables, so their default names derive from the new table names.
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var key in entity.GetKeys())
            {
                var name = key.GetName();
                if (name is not null) key.SetName(Truncate(SnakeCase.Convert(name)));
            }
            foreach (var fk in entity.GetForeignKeys())
            {
                var name = fk.GetConstraintName();
                if (name is not null) fk.SetConstraintName(Truncate(SnakeCase.Convert(name)));
            }
            foreach (var index in entity.GetIndexes())
            {
                var name = index.GetDatabaseName();
                if (name is not null) index.SetDatabaseName(Truncate(SnakeCase.Convert(name)));
            }
        }
    }

    private static LambdaExpression TenantFilterFor(Type clrType, DbContext context)
    {
        // EF recognises a reference to the DbContext instance used to build the model and swaps in
        // the context running the query, so the filter reads each request's own tenant.
        var entity = Expression.Parameter(clrType, "e");
        var tenantId = Expression.Convert(Expression.Property(entity, nameof(ITenantOwned.TenantId)), typeof(Guid?));
        var current = Expression.Property(
            Expression.Constant(context, context.GetType()),
            context.GetType().GetProperty(nameof(ITenantScopedDb.CurrentTenantId))!);
        return Expression.Lambda(Expression.Equal(tenantId, current), entity);
    }

    private static string EntityName(Type type)
    {
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0) name = name[..tick];
        // IdentityUserClaim<Guid> → user_claim: the table prefix already says where it lives.
        if (name.StartsWith("Identity", StringComparison.Ordinal) && name.Length > "Identity".Length) name = name["Identity".Length..];
        return name;
    }

    private static string Truncate(string name) => name.Length <= MaxIdentifierLength ? name : name[..MaxIdentifierLength];
}
