using Civitas.Grants.Domain.Offers;

namespace Civitas.Grants.Domain.Committee;

/// <summary>An offer whose latest submitted revision passed the formal check: what the committee scores.</summary>
internal sealed record AcceptedOffer(Guid OfferId, Guid TaskId, int Revision, string ConfirmationNumber, decimal RequestedGrant);

/// <summary>An accepted offer with its snapshot, for a member to read.</summary>
internal sealed record CommitteeOfferDetail(AcceptedOffer Offer, OfferSubmission Submission, OfferSnapshot Snapshot)
{
    public IReadOnlyList<Guid> OfferorIds => Snapshot.Offerors.Select(o => o.Id).ToList();
}

/// <summary>An organisation taking part in the competition (lead or partner of a submitted offer).</summary>
internal sealed record Participant(Guid OrganisationId, string Name);

/// <summary>A submitted offer whose formal check is not final yet (blocks the start of the evaluation).</summary>
internal sealed record PendingFormalOffer(Guid OfferId, string ConfirmationNumber, bool CorrectionRequested, DateOnly? CorrectionLastDay);
