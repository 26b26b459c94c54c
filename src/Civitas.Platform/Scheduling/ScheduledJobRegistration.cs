namespace Civitas.Platform.Scheduling;

/// <summary>A job type with its unique name and interval.</summary>
public sealed record ScheduledJobRegistration(string Name, Type JobType, TimeSpan Interval);
