namespace Civitas.Grants.Resources;

/// <summary>Marker for the formal check's resource files (FormalCheckText.resx: Polish; .en.resx: English).</summary>
internal sealed class FormalCheckText;
