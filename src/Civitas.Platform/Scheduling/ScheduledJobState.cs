namespace Civitas.Platform.Scheduling;

/// <summary>When a recurring job runs next, and which instance holds it (one row per job name).</summary>
internal sealed class ScheduledJobState
{
    public string Name { get; set; } = "";
    public DateTimeOffset NextRunAt { get; set; }
    public DateTimeOffset? LastRunAt { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public string? LockedBy { get; set; }
}
