namespace Civitas.Organisations.Contracts;

/// <summary>Who may carry out public tasks under the public-benefit act (UDPP art. 3).</summary>
public enum OrganisationEligibility
{
    /// <summary>A non-governmental organisation (art. 3 ust. 2).</summary>
    NonGovernmentalOrganisation = 1,
    /// <summary>A body treated like an NGO (art. 3 ust. 3).</summary>
    EquivalentBody = 2,
    /// <summary>Not a body of art. 3 ust. 2–3, or excluded by art. 3 ust. 4.</summary>
    Excluded = 3,
}
