namespace Civitas.Platform.Audit;

/// <summary>One line of the append-only audit log: who did what to which record, with the values
/// before and after. Database triggers refuse updates and deletes of this table.</summary>
public sealed class AuditEntry
{
    /// <summary>Creates an entry.</summary>
    public AuditEntry(Guid? tenantId, DateTimeOffset occurredAt, Guid? actorId, string actorName, string module,
        string action, string entityType, string entityId, string? changes)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        OccurredAt = occurredAt;
        ActorId = actorId;
        ActorName = actorName;
        Module = module;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        Changes = changes;
    }

    /// <summary>Identifier (time-ordered).</summary>
    public Guid Id { get; private set; }
    /// <summary>Tenant the change belongs to; null for platform-wide changes.</summary>
    public Guid? TenantId { get; private set; }
    /// <summary>When it happened (UTC).</summary>
    public DateTimeOffset OccurredAt { get; private set; }
    /// <summary>Account that acted; null for the system.</summary>
    public Guid? ActorId { get; private set; }
    /// <summary>Display name of the actor at that moment.</summary>
    public string ActorName { get; private set; }
    /// <summary>Module that recorded the entry (platform, organisations, grants…).</summary>
    public string Module { get; private set; }
    /// <summary>Created, Updated, Deleted, or a domain verb such as OfferOpened.</summary>
    public string Action { get; private set; }
    /// <summary>Entity type name.</summary>
    public string EntityType { get; private set; }
    /// <summary>Entity key.</summary>
    public string EntityId { get; private set; }
    /// <summary>JSON object of changed fields: {"Field": {"before": …, "after": …}}.</summary>
    public string? Changes { get; private set; }
}
