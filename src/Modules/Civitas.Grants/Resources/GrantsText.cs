namespace Civitas.Grants.Resources;

/// <summary>Marker for the module's resource files (GrantsText.resx: Polish; .en.resx: English).</summary>
internal sealed class GrantsText;
