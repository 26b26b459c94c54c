namespace Civitas.Grants.Domain.Competitions;

/// <summary>Which own contribution counts towards the announcement's minimum own contribution
/// (section V.B of the 2018 offer template).</summary>
internal enum OwnContributionKind
{
    /// <summary>Financial and non-financial (personal and in-kind) contributions together.</summary>
    FinancialOrNonFinancial = 1,

    /// <summary>Only the financial contribution counts.</summary>
    Financial = 2,

    /// <summary>Only the non-financial contribution (personal and in-kind) counts.</summary>
    NonFinancial = 3,
}
