namespace Civitas.Platform.Resources;

/// <summary>Marker for the platform's resource files (PlatformText.resx: Polish; PlatformText.en.resx: English).</summary>
public sealed class PlatformText;
