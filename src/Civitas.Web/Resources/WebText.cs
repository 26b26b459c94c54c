namespace Civitas.Web.Resources;

/// <summary>Marker for the host's resource files (layout, home, error pages).</summary>
public sealed class WebText;
