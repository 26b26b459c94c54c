using Civitas.Platform.Outbox;
using Civitas.Publishing.Contracts;

namespace Civitas.Publishing.Register;

/// <summary>Delivers <see cref="PublicationRequested"/> from any module's outbox to the register.</summary>
internal sealed class PublicationRequestedHandler(RecordPublicationHandler record) : IOutboxHandler<PublicationRequested>
{
    public async Task HandleAsync(PublicationRequested @event, OutboxMessageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.TenantId is null) throw new InvalidOperationException("PublicationRequested must be written inside a tenant.");
        await record.HandleAsync(@event, context.MessageId, context.OccurredAt, cancellationToken);
    }
}
