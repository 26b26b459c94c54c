namespace Civitas.Grants.Resources;

/// <summary>Marker for the offers area's resource files (OffersText.resx: Polish; .en.resx: English).</summary>
internal sealed class OffersText;
