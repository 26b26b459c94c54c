namespace Civitas.Platform.Outbox;

/// <summary>Delivery facts a handler may need: the message id is a stable idempotency key.</summary>
public sealed record OutboxMessageContext(Guid MessageId, Guid? TenantId, DateTimeOffset OccurredAt, int Attempt);
