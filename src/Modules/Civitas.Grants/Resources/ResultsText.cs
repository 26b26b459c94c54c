namespace Civitas.Grants.Resources;

/// <summary>Marker for the results' resource files (ResultsText.resx: Polish; .en.resx: English).</summary>
internal sealed class ResultsText;
