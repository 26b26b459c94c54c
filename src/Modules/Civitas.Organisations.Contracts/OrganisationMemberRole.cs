namespace Civitas.Organisations.Contracts;

/// <summary>A person's role in an organisation. Roles are global: people belong to the
/// organisation, not to a local government.</summary>
public enum OrganisationMemberRole
{
    /// <summary>Sees the organisation's pages on the platform.</summary>
    Viewer = 1,
    /// <summary>Keeps the profile and prepares documents.</summary>
    Editor = 2,
    /// <summary>Acts for the organisation: manages members, signs and submits.</summary>
    Representative = 3,
}
