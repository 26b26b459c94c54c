namespace Civitas.Grants.Domain.Committee;

/// <summary>Whether a committee member may open (and score) an offer.</summary>
internal enum OfferOpening
{
    Allowed = 1,

    /// <summary>The impartiality declaration is not signed yet: no offer content may be shown.</summary>
    DeclarationNotSigned = 2,

    /// <summary>The member declared a conflict with an offeror of this offer (KPA art. 24 grounds).</summary>
    Conflicted = 3,
}
