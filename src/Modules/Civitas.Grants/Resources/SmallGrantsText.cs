namespace Civitas.Grants.Resources;

/// <summary>Marker for the small-grant texts (SmallGrantsText.resx: Polish; .en.resx: English).</summary>
internal sealed class SmallGrantsText;
