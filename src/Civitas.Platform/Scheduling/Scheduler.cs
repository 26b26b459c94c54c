using Civitas.Platform.Audit;
using Civitas.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Civitas.Platform.Scheduling;

/// <summary>Runs due jobs. A job's row is claimed with a conditional update, so with several app
/// instances each due run happens once.</summary>
internal sealed class Scheduler(IServiceScopeFactory scopes, IEnumerable<ScheduledJobRegistration> jobs, TimeProvider clock, ILogger<Scheduler> logger)
{
    private readonly string _instance = InstanceName.Create();

    /// <summary>Runs every job that is due at the current time; returns the names of those run.</summary>
    public async Task<IReadOnlyList<string>> RunDueJobsAsync(CancellationToken ct)
    {
        var ran = new List<string>();
        foreach (var job in jobs)
        {
            if (await TryClaimAsync(job, ct))
            {
                await RunAsync(job, ct);
                ran.Add(job.Name);
            }
        }
        return ran;
    }

    private async Task<bool> TryClaimAsync(ScheduledJobRegistration job, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDb>();
        var now = clock.GetUtcNow();
        if (!await db.ScheduledJobs.AnyAsync(j => j.Name == job.Name, ct))
        {
            db.ScheduledJobs.Add(new ScheduledJobState { Name = job.Name, NextRunAt = now });
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException) { /* another instance inserted it first */ }
        }
        var until = now + TimeSpan.FromMinutes(10);
        var claimed = await db.ScheduledJobs
            .Where(j => j.Name == job.Name && j.NextRunAt <= now && (j.LockedUntil == null || j.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LockedBy, _instance).SetProperty(j => j.LockedUntil, until), ct);
        return claimed == 1;
    }

    private async Task RunAsync(ScheduledJobRegistration job, CancellationToken ct)
    {
        string? error = null;
        try
        {
            using var scope = scopes.CreateScope();
            scope.ServiceProvider.GetRequiredService<IActorContext>().Set(Actor.System);
            var instance = (IScheduledJob)scope.ServiceProvider.GetRequiredService(job.JobType);
            await instance.RunAsync(ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            error = ex.GetType().Name + ": " + ex.Message;
            logger.LogError(ex, "Scheduled job {Job} failed", job.Name);
        }
        using var s2 = scopes.CreateScope();
        var db = s2.ServiceProvider.GetRequiredService<PlatformDb>();
        var now = clock.GetUtcNow();
        var next = now + job.Interval;
        await db.ScheduledJobs.Where(j => j.Name == job.Name)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LastRunAt, now).SetProperty(j => j.NextRunAt, next)
                .SetProperty(j => j.LastError, error).SetProperty(j => j.LockedBy, (string?)null).SetProperty(j => j.LockedUntil, (DateTimeOffset?)null), ct);
    }
}
