namespace Civitas.Platform.Resources;

/// <summary>Marker for the accounts area's resource files (AccountText.resx: Polish; .en.resx: English).</summary>
public sealed class AccountText;
