using Civitas.Grants.Domain.Committee;

namespace Civitas.Grants.Tests.Committee;

public sealed class EvaluationSheetTests
{
    private static readonly SheetCriterion Quality = new(Guid.CreateVersion7(), "Jakość", 10, 5);
    private static readonly SheetCriterion Costs = new(Guid.CreateVersion7(), "Koszty", 10, null);
    private static readonly SheetTask Task = new(Guid.CreateVersion7(), "Półkolonie", 20_000m);

    private static SheetOffer Offer(string number, decimal requested = 8_000m) => new(Guid.CreateVersion7(), Task.Id, number, requested);

    [Fact]
    public void Scores_summed_as_doubles_by_the_database_round_back_to_their_exact_decimal_sum()
    {
        // What SQLite's SUM(CAST(points AS REAL)) does: 0.1, 0.2, 0.7… are not exact in binary.
        var random = new Random(20261122);
        for (var round = 0; round < 200; round++)
        {
            var count = random.Next(1, 50_000);
            var exact = 0m;
            var asDouble = 0d;
            for (var i = 0; i < count; i++)
            {
                var points = random.Next(0, 101) / 10m;
                exact += points;
                asDouble += (double)points;
            }
            Assert.Equal(exact, EvaluationSheet.SumOfTenths(asDouble));
        }
        Assert.NotEqual(0.3, 0.1 + 0.2); // the error the rounding repairs
        Assert.Equal(0.3m, EvaluationSheet.SumOfTenths(0.1 + 0.2));
    }

    [Fact]
    public void Averages_count_only_voting_members_and_show_experts_apart()
    {
        var a = Offer("OF-A");
        var sums = new[]
        {
            new ScoreAggregate(a.OfferId, Quality.Id, false, 15m, 2),   // voting: 7 and 8
            new ScoreAggregate(a.OfferId, Quality.Id, true, 1m, 1),     // expert: 1
            new ScoreAggregate(a.OfferId, Costs.Id, false, 13m, 2),
        };
        var sheet = EvaluationSheet.Build([Quality, Costs], [Task], [a], sums, new Dictionary<Guid, decimal>());
        var row = Assert.Single(Assert.Single(sheet).Rows);
        Assert.Equal(7.5m, row.Averages[Quality.Id]);
        Assert.Equal(6.5m, row.Averages[Costs.Id]);
        Assert.Equal(14m, row.Total);
        Assert.Equal(1m, row.ExpertAverages[Quality.Id]);
        Assert.Null(row.ExpertTotal); // the expert did not score every criterion
        Assert.Equal(2, row.VotingScorers);
    }

    [Fact]
    public void Averages_are_rounded_to_hundredths_half_away_from_zero()
    {
        var a = Offer("OF-A");
        var sums = new[] { new ScoreAggregate(a.OfferId, Quality.Id, false, 20.1m, 3), new ScoreAggregate(a.OfferId, Costs.Id, false, 0.5m, 8) };
        var row = EvaluationSheet.Build([Quality, Costs], [Task], [a], sums, new Dictionary<Guid, decimal>())[0].Rows[0];
        Assert.Equal(6.70m, row.Averages[Quality.Id]);
        Assert.Equal(0.06m, row.Averages[Costs.Id]); // 0.0625 -> 0.06
    }

    [Fact]
    public void Offers_below_a_criterion_minimum_are_flagged()
    {
        var a = Offer("OF-A");
        var sums = new[] { new ScoreAggregate(a.OfferId, Quality.Id, false, 4.9m, 1), new ScoreAggregate(a.OfferId, Costs.Id, false, 10m, 1) };
        var row = EvaluationSheet.Build([Quality, Costs], [Task], [a], sums, new Dictionary<Guid, decimal>())[0].Rows[0];
        Assert.Equal([Quality.Id], row.BelowMinimum);
    }

    [Fact]
    public void Ranking_orders_by_average_total_ties_share_a_place_and_unscored_offers_come_last()
    {
        var low = Offer("OF-1");
        var high = Offer("OF-2");
        var tieA = Offer("OF-3");
        var tieB = Offer("OF-4");
        var none = Offer("OF-0");
        ScoreAggregate[] Scores(SheetOffer o, decimal q, decimal c) => [new(o.OfferId, Quality.Id, false, q, 1), new(o.OfferId, Costs.Id, false, c, 1)];
        var sums = Scores(low, 5, 5).Concat(Scores(high, 10, 9)).Concat(Scores(tieA, 8, 8)).Concat(Scores(tieB, 9, 7));
        var rows = EvaluationSheet.Build([Quality, Costs], [Task], [none, low, high, tieA, tieB], sums, new Dictionary<Guid, decimal>())[0].Rows;
        Assert.Equal(["OF-2", "OF-3", "OF-4", "OF-1", "OF-0"], rows.Select(r => r.Offer.ConfirmationNumber));
        Assert.Equal([1, 2, 2, 4, (int?)null], rows.Select(r => r.Rank));
    }

    [Fact]
    public void Funds_left_are_the_task_funds_less_the_proposed_amounts()
    {
        var a = Offer("OF-A");
        var b = Offer("OF-B");
        var sheet = EvaluationSheet.Build([Quality], [Task], [a, b], [], new Dictionary<Guid, decimal> { [a.OfferId] = 7_500.50m, [b.OfferId] = 4_000m });
        Assert.Equal(11_500.50m, sheet[0].Proposed);
        Assert.Equal(8_499.50m, sheet[0].Left);
    }
}
