namespace Civitas.Organisations.Resources;

/// <summary>Marker for the module's texts (OrganisationsText.resx: Polish; OrganisationsText.en.resx: English).</summary>
internal sealed class OrganisationsText;
