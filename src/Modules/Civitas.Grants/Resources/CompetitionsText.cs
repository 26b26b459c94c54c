namespace Civitas.Grants.Resources;

/// <summary>Marker for the competitions area's resource files (CompetitionsText.resx: Polish; .en.resx: English).</summary>
internal sealed class CompetitionsText;
