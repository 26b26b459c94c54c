namespace Civitas.Platform.Outbox;

/// <summary>An event type the dispatcher can deserialize.</summary>
internal sealed record OutboxEventRegistration(Type EventType);
