namespace Civitas.Grants.Domain.SmallGrants;

/// <summary>Where a small-grant offer (art. 19a UDPP) stands.</summary>
internal enum SmallGrantOfferStatus
{
    /// <summary>Being prepared by the organisation; the office does not see it.</summary>
    Draft = 1,
    /// <summary>Received by the office; to be published within the working days of art. 19a ust. 3.</summary>
    Submitted = 2,
    /// <summary>Published for comments (art. 19a ust. 3–4); the decision follows the comment period.</summary>
    Published = 3,
    /// <summary>The office decided to award the grant (art. 19a ust. 5: contract without delay).</summary>
    Granted = 4,
    /// <summary>The office decided not to award the grant, with a reason.</summary>
    Refused = 5,
}
