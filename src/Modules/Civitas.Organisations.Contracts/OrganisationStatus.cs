namespace Civitas.Organisations.Contracts;

/// <summary>An organisation's standing in one local government's directory.</summary>
public enum OrganisationStatus
{
    /// <summary>Not in this local government's directory.</summary>
    NotListed = 0,
    /// <summary>Listed, not yet verified by an official.</summary>
    Unverified = 1,
    /// <summary>Verified by an official (KRS extract or KRS lookup).</summary>
    Verified = 2,
    /// <summary>Registration or claim rejected by an official.</summary>
    Rejected = 3,
    /// <summary>Suspended by an official, with a reason.</summary>
    Suspended = 4,
}
