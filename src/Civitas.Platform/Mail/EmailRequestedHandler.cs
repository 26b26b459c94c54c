using Civitas.Platform.Outbox;

namespace Civitas.Platform.Mail;

internal sealed class EmailRequestedHandler(IEmailTransport transport) : IOutboxHandler<EmailRequested>
{
    public Task HandleAsync(EmailRequested @event, OutboxMessageContext context, CancellationToken cancellationToken)
        => transport.SendAsync(@event, cancellationToken);
}
