namespace Civitas.Grants.Domain.Offers;

/// <summary>Where an offer stands for its organisation.</summary>
internal enum OfferStatus
{
    /// <summary>Being prepared; never submitted, or withdrawn and not yet submitted again.</summary>
    Draft = 1,
    /// <summary>Submitted: the latest revision counts.</summary>
    Submitted = 2,
    /// <summary>Withdrawn by a representative before the deadline.</summary>
    Withdrawn = 3,
}
