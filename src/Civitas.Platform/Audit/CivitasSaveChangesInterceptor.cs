using System.Text.Json;
using Civitas.Platform.Data;
using Civitas.Platform.Outbox;
using Civitas.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Civitas.Platform.Audit;

/// <summary>
/// Runs before every save of every Civitas context: stamps the tenant on new rows and refuses
/// writes to another tenant's rows, bumps concurrency versions, and writes audit entries for
/// <see cref="IAudited"/> entities in the same transaction as the change.
/// </summary>
internal sealed class CivitasSaveChangesInterceptor : SaveChangesInterceptor
{
    private readonly ITenantContext _tenant;
    private readonly IActorContext _actor;
    private readonly TimeProvider _clock;
    private readonly OutboxSignal _signal;
    private bool _pendingSignal;

    public CivitasSaveChangesInterceptor(ITenantContext tenant, IActorContext actor, TimeProvider clock, OutboxSignal signal)
    {
        _tenant = tenant;
        _actor = actor;
        _clock = clock;
        _signal = signal;
    }

    /// <inheritdoc />
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        WakeDispatcher();
        return result;
    }

    /// <inheritdoc />
    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        WakeDispatcher();
        return ValueTask.FromResult(result);
    }

    private void WakeDispatcher()
    {
        if (!_pendingSignal) return;
        _pendingSignal = false;
        _signal.Pulse();
    }

    /// <inheritdoc />
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Prepare(eventData.Context);
        return result;
    }

    /// <inheritdoc />
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Prepare(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Prepare(DbContext? db)
    {
        if (db is null) return;
        var now = _clock.GetUtcNow();
        var actor = _actor.Current;
        var module = (db as ICivitasDb)?.Module ?? "platform";
        var audits = new List<AuditEntry>();

        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;

            if (entry.Entity is ITenantOwned owned)
            {
                if (entry.State == EntityState.Added && owned.TenantId == Guid.Empty)
                {
                    owned.TenantId = _tenant.TenantId
                        ?? throw new InvalidOperationException($"Cannot add {entry.Metadata.ClrType.Name} outside a tenant.");
                }
                else if (_tenant.TenantId is { } current
                    && (owned.TenantId != current
                        || (entry.State != EntityState.Added && (Guid)entry.Property(nameof(ITenantOwned.TenantId)).OriginalValue! != current)))
                {
                    // A handler reached another tenant's row: a bug, never a user error. The original
                    // value is checked too, or re-stamping a foreign row with the current tenant would take it over.
                    throw new InvalidOperationException($"Cross-tenant write to {entry.Metadata.ClrType.Name} refused.");
                }
            }

            if (entry.Entity is IConcurrencyVersioned versioned && entry.State == EntityState.Modified)
            {
                versioned.Version++;
            }

            if (entry.Entity is IAudited && ToAudit(entry, now, actor, module) is { } audit)
            {
                audits.Add(audit);
            }
        }

        if (audits.Count > 0) db.Set<AuditEntry>().AddRange(audits);
        if (db.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added)) _pendingSignal = true;
    }

    /// <summary>The audit entry of a change, or null for an update that changes no value (an
    /// attached entity saved as it was): the log records changes, not saves.</summary>
    private AuditEntry? ToAudit(EntityEntry entry, DateTimeOffset now, Actor actor, string module)
    {
        var changes = new Dictionary<string, object?>();
        foreach (var p in entry.Properties)
        {
            if (p.Metadata.Name == nameof(IConcurrencyVersioned.Version)) continue;
            switch (entry.State)
            {
                case EntityState.Added:
                    changes[p.Metadata.Name] = new { after = p.CurrentValue };
                    break;
                case EntityState.Deleted:
                    changes[p.Metadata.Name] = new { before = p.OriginalValue };
                    break;
                case EntityState.Modified when p.IsModified && !Equals(p.OriginalValue, p.CurrentValue):
                    changes[p.Metadata.Name] = new { before = p.OriginalValue, after = p.CurrentValue };
                    break;
            }
        }
        if (entry.State == EntityState.Modified && changes.Count == 0) return null;
        var key = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(k => entry.Property(k.Name).CurrentValue));
        var tenantId = entry.Entity switch
        {
            ITenantOwned o => o.TenantId,
            Tenant t => t.Id,
            _ => _tenant.TenantId,
        };
        return new AuditEntry(tenantId, now, actor.UserId, actor.Name, module,
            entry.State switch { EntityState.Added => "Created", EntityState.Deleted => "Deleted", _ => "Updated" },
            entry.Metadata.ClrType.Name, key, JsonSerializer.Serialize(changes, AuditJson.Options));
    }
}
