namespace Civitas.Platform.Scheduling;

/// <summary>A recurring job run by the scheduler in its own scope, once per interval across all
/// instances (the job's row is claimed before it runs).</summary>
public interface IScheduledJob
{
    /// <summary>Runs the job.</summary>
    Task RunAsync(CancellationToken cancellationToken);
}
