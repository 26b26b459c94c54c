using Civitas.Platform.Data;
using Civitas.Platform.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Platform.Outbox;

/// <summary>Removes delivered outbox messages after 30 days (e-mails carry personal data).</summary>
internal sealed class OutboxCleanupJob(PlatformDb db, TimeProvider clock) : IScheduledJob
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - TimeSpan.FromDays(30);
        await db.OutboxMessages.Where(m => m.ProcessedAt != null && m.ProcessedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
