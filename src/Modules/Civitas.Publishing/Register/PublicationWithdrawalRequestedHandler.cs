using Civitas.Platform.Audit;
using Civitas.Platform.Outbox;
using Civitas.Publishing.Contracts;
using Microsoft.Extensions.Logging;

namespace Civitas.Publishing.Register;

/// <summary>Delivers <see cref="PublicationWithdrawalRequested"/>. Idempotent: a repeated delivery finds
/// the entry already withdrawn and stops. A key not (yet) in the register fails the delivery, so the
/// outbox tries again later: the withdrawal may have overtaken a publication that is being retried.</summary>
internal sealed class PublicationWithdrawalRequestedHandler(WithdrawPublicationHandler withdraw, ILogger<PublicationWithdrawalRequestedHandler> logger)
    : IOutboxHandler<PublicationWithdrawalRequested>
{
    public async Task HandleAsync(PublicationWithdrawalRequested @event, OutboxMessageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@event);
        ArgumentNullException.ThrowIfNull(context);
        if (context.TenantId is null) throw new InvalidOperationException("PublicationWithdrawalRequested must be written inside a tenant.");
        var problems = PublicationRequestValidator.Problems(@event);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"Invalid PublicationWithdrawalRequested from {@event.SourceModule}/{@event.SourceKey}: {string.Join("; ", problems)}");
        }
        var result = await withdraw.HandleAsync(@event.SourceModule, @event.SourceKey, @event.Reason,
            new Actor(null, @event.WithdrawnBy.Name.Trim()), @event.WithdrawnBy.Function?.Trim(), @event.WithdrawnAt, cancellationToken);
        if (result.Succeeded) return;
        var code = result.Errors[0].Code;
        if (code == "Publication.AlreadyWithdrawn") return;
        if (code == "Publication.NotFound")
        {
            logger.LogWarning("Withdrawal of {Module}/{Key}: nothing is published under this key yet; the outbox will retry", @event.SourceModule, @event.SourceKey);
        }
        // Not published yet, or a concurrent change: throw so that the outbox delivers the message again later.
        throw new InvalidOperationException($"Withdrawal of {@event.SourceModule}/{@event.SourceKey} failed: {code}");
    }
}
