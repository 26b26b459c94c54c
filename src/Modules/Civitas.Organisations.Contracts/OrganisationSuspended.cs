namespace Civitas.Organisations.Contracts;

/// <summary>Event: an official suspended the organisation in a local government's directory.
/// Other modules stop accepting its submissions there.</summary>
/// <param name="OrganisationId">Organisation.</param>
/// <param name="TenantId">Local government whose official suspended it.</param>
/// <param name="Reason">Reason given by the official.</param>
/// <param name="SuspendedAt">When (UTC).</param>
public sealed record OrganisationSuspended(Guid OrganisationId, Guid TenantId, string Reason, DateTimeOffset SuspendedAt);
