using Civitas.Grants.Domain.Offers;
using static Civitas.Grants.Tests.Offers.OfferFixtures;

namespace Civitas.Grants.Tests.Offers;

public sealed class OfferCalculationTests
{
    [Fact]
    public void Line_total_is_unit_cost_times_quantity_rounded_half_away_from_zero_to_the_grosz()
    {
        Assert.Equal(0.13m, OfferCalculation.LineTotal(new CostLine { UnitCost = 0.25m, Quantity = 0.5m }));   // 0.125 → 0.13
        Assert.Equal(33.34m, OfferCalculation.LineTotal(new CostLine { UnitCost = 33.335m, Quantity = 1m }));
        Assert.Equal(1234.57m, OfferCalculation.LineTotal(new CostLine { UnitCost = 12.3457m, Quantity = 100m }));
        Assert.Equal(0m, OfferCalculation.LineTotal(new CostLine { UnitCost = null, Quantity = 3m }));
    }

    [Fact]
    public void Sums_group_action_costs_per_action_and_add_administrative_costs()
    {
        var sums = OfferCalculation.Compute(Valid(), [Lead]);
        Assert.Equal([100m, 9000m, 900m], sums.LineTotals);
        Assert.Equal([new ActionSubtotal(1, 100m), new ActionSubtotal(2, 9000m)], sums.Actions);
        Assert.Equal(9100m, sums.ActionsTotal);
        Assert.Equal(900m, sums.AdministrativeTotal);
        Assert.Equal(10_000m, sums.Total);
        Assert.Equal(9m, sums.AdministrativeSharePercent);
        Assert.Equal([2026], sums.Years);
        Assert.Equal([10_000m], sums.YearTotals);
    }

    [Fact]
    public void Sources_give_the_shares_of_grant_and_own_contribution()
    {
        var sums = OfferCalculation.Compute(Valid(), [Lead]);
        Assert.Equal(10_000m, sums.SourcesTotal);
        Assert.Equal(0m, sums.SourcesDifference);
        Assert.Equal(80m, sums.GrantSharePercent);
        Assert.Equal(10m, sums.OwnFinancialSharePercent);
        Assert.Equal(10m, sums.NonFinancialSharePercent);
        Assert.Equal(20m, sums.OwnContributionSharePercent);
    }

    [Fact]
    public void Shares_are_rounded_to_two_places_and_zero_for_an_empty_offer()
    {
        Assert.Equal(33.33m, OfferCalculation.Percent(1m, 3m));
        Assert.Equal(66.67m, OfferCalculation.Percent(2m, 3m));
        Assert.Equal(0m, OfferCalculation.Percent(5m, 0m));
        var sums = OfferCalculation.Compute(new OfferContent(), [Lead]);
        Assert.Equal(0m, sums.Total);
        Assert.Empty(sums.Years);
    }

    [Fact]
    public void A_multi_year_task_sums_the_entered_split_per_year()
    {
        var content = Valid();
        content.Task.EndDate = new DateOnly(2027, 5, 31);
        content.Costs.Lines[0].PerYear = [60m, 40m];
        content.Costs.Lines[1].PerYear = [4500m, 4500m];
        content.Costs.Lines[2].PerYear = [450m, 450m];
        var sums = OfferCalculation.Compute(content, [Lead]);
        Assert.Equal([2026, 2027], sums.Years);
        Assert.Equal([5010m, 4990m], sums.YearTotals);
    }

    [Fact]
    public void The_split_of_a_joint_offer_is_summed_per_offeror_and_year()
    {
        var content = Valid();
        content.Offerors.Partners = [Partner];
        content.Split.Rows = [new SplitRow { OfferorId = Lead, Year = 2026, Amount = 6000m }, new SplitRow { OfferorId = Partner, Year = 2026, Amount = 3999.995m }];
        var sums = OfferCalculation.Compute(content, [Lead, Partner]);
        Assert.Equal(6000m, sums.Split[0].Total);
        Assert.Equal(4000m, sums.Split[1].Total);
        Assert.Equal(10_000m, sums.SplitTotal);
        Assert.Equal([10_000m], sums.SplitYearTotals);
    }
}
