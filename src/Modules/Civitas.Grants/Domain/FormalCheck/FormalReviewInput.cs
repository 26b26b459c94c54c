using Civitas.Grants.Domain.Offers;

namespace Civitas.Grants.Domain.FormalCheck;

/// <summary>What the official records: per checklist item whether the offer meets it (null = not
/// answered), the outcome, the reasons, and for a correction the sections the offeror may edit.</summary>
internal sealed record FormalReviewInput(
    IReadOnlyDictionary<Guid, bool?> ItemResults,
    FormalOutcome? Outcome,
    string? Reasons,
    IReadOnlyCollection<OfferSectionKey> SectionsToCorrect);

/// <summary>The result of one checklist item as recorded.</summary>
internal sealed record FormalItemResult(Guid ItemId, string Text, bool Met);
