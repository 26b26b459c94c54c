namespace Civitas.Grants.Web;

/// <summary>When <see cref="SmallGrantWindowJob"/> last ran in this process.</summary>
internal sealed class SmallGrantWindowWatermark
{
    public DateTimeOffset? LastRunAt { get; set; }
}
