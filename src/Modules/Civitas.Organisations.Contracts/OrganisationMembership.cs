namespace Civitas.Organisations.Contracts;

/// <summary>A person's membership of an organisation.</summary>
/// <param name="OrganisationId">Organisation.</param>
/// <param name="Name">Organisation's name.</param>
/// <param name="Role">The person's role.</param>
public sealed record OrganisationMembership(Guid OrganisationId, string Name, OrganisationMemberRole Role);
