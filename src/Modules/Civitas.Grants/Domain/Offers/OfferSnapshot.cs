namespace Civitas.Grants.Domain.Offers;

/// <summary>The content of a submission: everything the offeror declared, with the offerors' registry
/// data as of that moment. Its canonical JSON is what the checksum is computed over.</summary>
internal sealed record OfferSnapshot(
    Guid OfferId,
    Guid CompetitionId,
    string CompetitionNumber,
    Guid TaskId,
    IReadOnlyList<OfferorSnapshot> Offerors,
    OfferContent Content,
    decimal TotalCost,
    decimal RequestedGrant);
