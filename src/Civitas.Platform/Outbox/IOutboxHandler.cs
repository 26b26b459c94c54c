namespace Civitas.Platform.Outbox;

/// <summary>Reacts to an event from the outbox. Delivery is at least once: be idempotent.</summary>
public interface IOutboxHandler<in TEvent>
{
    /// <summary>Handles the event inside a scope set to the event's tenant.</summary>
    Task HandleAsync(TEvent @event, OutboxMessageContext context, CancellationToken cancellationToken);
}
