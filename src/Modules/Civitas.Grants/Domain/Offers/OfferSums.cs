namespace Civitas.Grants.Domain.Offers;

/// <summary>The figures of V.A–V.C computed from the offer's entries by <see cref="OfferCalculation"/>:
/// what the page shows live and what the rules check.</summary>
internal sealed record OfferSums(
    IReadOnlyList<int> Years,
    IReadOnlyList<decimal> LineTotals,
    IReadOnlyList<ActionSubtotal> Actions,
    decimal ActionsTotal,
    decimal AdministrativeTotal,
    decimal Total,
    IReadOnlyList<decimal> YearTotals,
    decimal Grant,
    decimal OwnFinancial,
    decimal BeneficiaryFees,
    decimal NonFinancialPersonal,
    decimal NonFinancialInKind,
    IReadOnlyList<OfferorSplit> Split,
    IReadOnlyList<decimal> SplitYearTotals)
{
    public decimal NonFinancial => NonFinancialPersonal + NonFinancialInKind;

    public decimal OwnContribution => OwnFinancial + NonFinancial;

    /// <summary>V.B row 1: grant + own contribution.</summary>
    public decimal SourcesTotal => Grant + OwnContribution;

    /// <summary>V.B total minus V.A total (0 when they agree).</summary>
    public decimal SourcesDifference => SourcesTotal - Total;

    public decimal SplitTotal => Split.Sum(s => s.Total);

    public decimal AdministrativeSharePercent => OfferCalculation.Percent(AdministrativeTotal, Total);

    public decimal GrantSharePercent => OfferCalculation.Percent(Grant, Total);

    public decimal OwnFinancialSharePercent => OfferCalculation.Percent(OwnFinancial, Total);

    public decimal NonFinancialSharePercent => OfferCalculation.Percent(NonFinancial, Total);

    public decimal OwnContributionSharePercent => OfferCalculation.Percent(OwnContribution, Total);
}

/// <summary>Subtotal of the costs of one action of III.4.</summary>
internal sealed record ActionSubtotal(int? ActionNumber, decimal Total);

/// <summary>One offeror's share in V.C.</summary>
internal sealed record OfferorSplit(Guid OfferorId, IReadOnlyList<decimal> PerYear)
{
    public decimal Total => PerYear.Sum();
}
