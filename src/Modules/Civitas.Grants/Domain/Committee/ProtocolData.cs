using Civitas.Grants.Domain.Competitions;

namespace Civitas.Grants.Domain.Committee;

/// <summary>One member's score as the protocol lists it.</summary>
internal sealed record ProtocolScore(Guid OfferId, Guid MemberId, Guid CriterionId, decimal Points, string Justification);

/// <summary>Everything the protocol is built from, read at one moment.</summary>
internal sealed record ProtocolData(
    Competition Competition,
    IReadOnlyList<CommitteeMember> Members,
    CommitteeMeeting? Meeting,
    IReadOnlyList<TaskSheet> Sheet,
    IReadOnlyList<ProtocolScore> Scores,
    IReadOnlyDictionary<Guid, string> OfferorNames,
    DateTimeOffset GeneratedAt);
