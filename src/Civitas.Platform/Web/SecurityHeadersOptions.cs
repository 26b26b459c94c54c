namespace Civitas.Platform.Web;

/// <summary>Configuration section "SecurityHeaders".</summary>
public sealed class SecurityHeadersOptions
{
    /// <summary>Extra image sources for the CSP, e.g. the map tile server ("https://tile.openstreetmap.org").</summary>
    public List<string> ExtraImageSources { get; set; } = [];
}
