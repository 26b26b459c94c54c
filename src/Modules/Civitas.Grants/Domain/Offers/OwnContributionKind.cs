namespace Civitas.Grants.Domain.Offers;

/// <summary>Which own contribution the announcement's minimum counts (art. 13 ust. 2 pkt 3 UDPP:
/// the grant rules; art. 15 ust. 1 pkt 4–5: own financial and non-financial contribution).</summary>
internal enum OwnContributionKind
{
    /// <summary>Financial and non-financial together.</summary>
    Any = 1,
    /// <summary>Financial only.</summary>
    Financial = 2,
    /// <summary>Non-financial (personal and in kind) only.</summary>
    NonFinancial = 3,
}
