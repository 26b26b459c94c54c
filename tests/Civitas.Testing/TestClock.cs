namespace Civitas.Testing;

/// <summary>A clock the test moves by hand (deadlines, publication windows, lockouts).</summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset _now;
    private readonly object _lock = new();

    public TestClock(DateTimeOffset start) => _now = start;

    /// <summary>Starts at the real current time, so that seeded data is "now".</summary>
    public TestClock() : this(System.GetUtcNow()) { }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock) return _now;
    }

    public void Set(DateTimeOffset now)
    {
        lock (_lock) _now = now.ToUniversalTime();
    }

    public void Advance(TimeSpan by)
    {
        lock (_lock) _now += by;
    }
}
