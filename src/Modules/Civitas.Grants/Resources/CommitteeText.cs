namespace Civitas.Grants.Resources;

/// <summary>Marker for the committee's resource files (CommitteeText.resx: Polish; .en.resx: English).</summary>
internal sealed class CommitteeText;
