namespace Civitas.Grants.Web.Lifecycle;

/// <summary>A clock standing at one instant: the demo story runs the module's own workflows "as of" the
/// moments of a competition's past (announcement, submissions, formal check), so their rules (the deadline,
/// the correction period) judge those steps exactly as they judged them then.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
