namespace Civitas.Grants.Domain.Offers;

/// <summary>
/// The one calculator of the cost tables (V.A, V.B, V.C of Dz.U. 2018 poz. 2057, annex 1). The live
/// sums on the page and the server-side rules both call it, so the figures a person sees are the
/// figures that are checked. Money is decimal and rounded to the grosz half away from zero.
/// Missing or unparsable entries count as zero here; the rules report them.
/// </summary>
internal static class OfferCalculation
{
    public static decimal Money(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>A line's value: round(unit cost × quantity, 2).</summary>
    public static decimal LineTotal(CostLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return Money((line.UnitCost ?? 0m) * (line.Quantity ?? 0m));
    }

    /// <summary>A share in per cent, to two places (0 when the total is 0).</summary>
    public static decimal Percent(decimal part, decimal total) => total == 0m ? 0m : Math.Round(part * 100m / total, 2, MidpointRounding.AwayFromZero);

    public static OfferSums Compute(OfferContent content, IReadOnlyList<Guid> offerorIds)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(offerorIds);
        var years = content.Years;
        var lines = content.Costs.Lines;
        var totals = lines.Select(LineTotal).ToList();

        var actions = lines.Select((l, i) => (Line: l, Total: totals[i]))
            .Where(x => x.Line.Category == CostCategory.Action)
            .GroupBy(x => x.Line.ActionNumber)
            .OrderBy(g => g.Key ?? int.MaxValue)
            .Select(g => new ActionSubtotal(g.Key, g.Sum(x => x.Total)))
            .ToList();
        var actionsTotal = actions.Sum(a => a.Total);
        var adminTotal = lines.Select((l, i) => (Line: l, Total: totals[i])).Where(x => x.Line.Category == CostCategory.Administrative).Sum(x => x.Total);

        // A single-year task has its whole cost in that year; a multi-year one in the entered split.
        var yearTotals = years.Select((_, y) => years.Count == 1
                ? totals.Sum()
                : lines.Sum(l => Money(y < l.PerYear.Count ? l.PerYear[y] ?? 0m : 0m)))
            .ToList();

        var s = content.Sources;
        var split = new List<OfferorSplit>();
        var splitYears = years.Select(_ => 0m).ToList();
        if (content.IsJoint)
        {
            foreach (var offeror in offerorIds)
            {
                var perYear = years.Select(year => Money(content.Split.Rows.Where(r => r.OfferorId == offeror && r.Year == year).Sum(r => r.Amount ?? 0m))).ToList();
                split.Add(new OfferorSplit(offeror, perYear));
                for (var y = 0; y < perYear.Count; y++) splitYears[y] += perYear[y];
            }
        }

        return new OfferSums(years, totals, actions, actionsTotal, adminTotal, actionsTotal + adminTotal, yearTotals,
            Money(s.Grant ?? 0m), Money(s.OwnFinancial ?? 0m), Money(s.BeneficiaryFees ?? 0m),
            Money(s.NonFinancialPersonal ?? 0m), Money(s.NonFinancialInKind ?? 0m), split, splitYears);
    }
}
