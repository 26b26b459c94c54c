namespace Civitas.Platform.Resources;

/// <summary>Marker for the administration and office pages' resource files (AdminText.resx: Polish; .en.resx: English).</summary>
public sealed class AdminText;
