namespace Civitas.Platform.Outbox;

/// <summary>An event or command written in the same transaction as the change that caused it and
/// delivered at least once by the dispatcher (ARCHITECTURE.md §2.4, §8).</summary>
public sealed class OutboxMessage
{
    /// <summary>Creates a message.</summary>
    public OutboxMessage(Guid? tenantId, string type, string payload, DateTimeOffset occurredAt)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        Type = type;
        Payload = payload;
        OccurredAt = occurredAt;
        AvailableAt = occurredAt;
    }

    /// <summary>Identifier, also the idempotency key handlers may use.</summary>
    public Guid Id { get; private set; }
    /// <summary>Tenant in which the event happened, if any.</summary>
    public Guid? TenantId { get; private set; }
    /// <summary>Event type name (the CLR type's full name).</summary>
    public string Type { get; private set; }
    /// <summary>JSON payload.</summary>
    public string Payload { get; private set; }
    /// <summary>When the event happened.</summary>
    public DateTimeOffset OccurredAt { get; private set; }
    /// <summary>Earliest time of the next delivery attempt.</summary>
    public DateTimeOffset AvailableAt { get; set; }
    /// <summary>When every handler succeeded.</summary>
    public DateTimeOffset? ProcessedAt { get; set; }
    /// <summary>Failed attempts so far.</summary>
    public int Attempts { get; set; }
    /// <summary>Last failure, for operators.</summary>
    public string? LastError { get; set; }
    /// <summary>Claim held by a dispatcher until this time.</summary>
    public DateTimeOffset? LockedUntil { get; set; }
    /// <summary>Which dispatcher instance holds the claim.</summary>
    public string? LockedBy { get; set; }
}
