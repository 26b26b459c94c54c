namespace Civitas.Grants.Resources;

/// <summary>Marker for the grant statistics texts (StatisticsText.resx: Polish; .en.resx: English).</summary>
internal sealed class StatisticsText;
