namespace Civitas.Organisations.Contracts;

/// <summary>Event: an official verified the organisation in a local government's directory (also
/// when a suspension is lifted).</summary>
/// <param name="OrganisationId">Organisation.</param>
/// <param name="TenantId">Local government whose official verified it.</param>
/// <param name="Name">Name at the moment of verification.</param>
/// <param name="Krs">KRS number at that moment, if any.</param>
/// <param name="VerifiedAt">When (UTC).</param>
public sealed record OrganisationVerified(Guid OrganisationId, Guid TenantId, string Name, string? Krs, DateTimeOffset VerifiedAt);
