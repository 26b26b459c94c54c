namespace Civitas.Publishing.Resources;

/// <summary>Marker for the module's texts (PublishingText.resx: Polish; PublishingText.en.resx: English).</summary>
internal sealed class PublishingText;
