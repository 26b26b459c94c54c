namespace Civitas.Grants.Domain.Committee;

/// <summary>What the committee proposed, for the decision step: the grant proposed per offer id.</summary>
internal interface ICommitteeProposals
{
    Task<IReadOnlyDictionary<Guid, decimal>> ProposedAmountsAsync(Guid competitionId, CancellationToken ct);
}
