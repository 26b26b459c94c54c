using Civitas.Organisations.Contracts;
using Civitas.Platform.Data;

namespace Civitas.Organisations.Domain;

/// <summary>A person in an organisation with a role. Global: the same in every JST.</summary>
internal sealed class Membership : IAudited
{
    public Membership(Guid organisationId, Guid userId, OrganisationMemberRole role, DateTimeOffset joinedAt)
    {
        OrganisationId = organisationId;
        UserId = userId;
        Role = role;
        JoinedAt = joinedAt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; private set; }
    public Guid UserId { get; private set; }
    public OrganisationMemberRole Role { get; set; }
    public DateTimeOffset JoinedAt { get; private set; }
}
