namespace Civitas.Publishing.Register;

/// <summary>When this process last checked for entries entering or leaving the register (the output cache
/// it protects is per process, so the watermark is too).</summary>
internal sealed class PublicationWindowWatermark
{
    private long _ticks = long.MinValue;

    public DateTimeOffset? LastRunAt
    {
        get
        {
            var ticks = Interlocked.Read(ref _ticks);
            return ticks == long.MinValue ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
        set => Interlocked.Exchange(ref _ticks, value?.UtcTicks ?? long.MinValue);
    }
}
