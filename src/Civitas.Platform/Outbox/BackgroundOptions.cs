namespace Civitas.Platform.Outbox;

/// <summary>Configuration section "Background": outbox dispatcher and scheduler.</summary>
public sealed class BackgroundOptions
{
    /// <summary>Run the dispatcher and scheduler in this instance (tests drive them by hand).</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>How often the dispatcher looks for due messages when not woken earlier.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>How often the scheduler looks for due jobs.</summary>
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromSeconds(30);
}
