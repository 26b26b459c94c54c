namespace Civitas.Grants.Domain.Committee;

/// <summary>A criterion as the sheet needs it.</summary>
internal sealed record SheetCriterion(Guid Id, string Name, int MaxPoints, int? MinPoints);

/// <summary>A task with its earmarked funds (art. 13 ust. 2 pkt 2 UDPP).</summary>
internal sealed record SheetTask(Guid Id, string Title, decimal Funds);

/// <summary>A formally accepted offer on the sheet.</summary>
internal sealed record SheetOffer(Guid OfferId, Guid TaskId, string ConfirmationNumber, decimal RequestedGrant);

/// <summary>Sum and count of the points given for one criterion of one offer by voting members or by experts
/// (grouped in the database, one row per offer × criterion × voice).</summary>
internal sealed record ScoreAggregate(Guid OfferId, Guid CriterionId, bool Advisory, decimal Sum, int Count);

/// <summary>One offer's line on the sheet.</summary>
internal sealed record SheetRow(
    SheetOffer Offer,
    int? Rank,
    IReadOnlyDictionary<Guid, decimal?> Averages,
    decimal? Total,
    IReadOnlyDictionary<Guid, decimal?> ExpertAverages,
    decimal? ExpertTotal,
    IReadOnlyList<Guid> BelowMinimum,
    int VotingScorers,
    decimal? Proposed);

/// <summary>One task's part of the sheet: its offers ranked, the funds, proposed and left.</summary>
internal sealed record TaskSheet(SheetTask Task, IReadOnlyList<SheetRow> Rows, decimal Proposed, decimal Left);

/// <summary>
/// The evaluation sheet (arkusz oceny): per offer the average points of the VOTING members per criterion and
/// their total; experts' averages apart (art. 15 ust. 2d UDPP: an advisory voice is not counted); the offers of
/// each task ranked by the average total (ties share a rank); criteria whose minimum the average does not reach
/// flagged; and the funds left as amounts are proposed. Pure: the caller feeds it the grouped sums.
/// </summary>
internal static class EvaluationSheet
{
    public static IReadOnlyList<TaskSheet> Build(IReadOnlyList<SheetCriterion> criteria, IReadOnlyList<SheetTask> tasks,
        IReadOnlyList<SheetOffer> offers, IEnumerable<ScoreAggregate> aggregates, IReadOnlyDictionary<Guid, decimal> proposals)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(offers);
        ArgumentNullException.ThrowIfNull(aggregates);
        ArgumentNullException.ThrowIfNull(proposals);
        var byOffer = aggregates.GroupBy(a => a.OfferId).ToDictionary(g => g.Key, g => g.ToList());
        var rowsByTask = new Dictionary<Guid, List<SheetRow>>();
        foreach (var offer in offers)
        {
            var found = byOffer.GetValueOrDefault(offer.OfferId) ?? [];
            var averages = Averages(criteria, found, advisory: false);
            var expert = Averages(criteria, found, advisory: true);
            var below = criteria.Where(c => c.MinPoints is { } min && averages[c.Id] is { } avg && avg < min).Select(c => c.Id).ToList();
            var scorers = found.Where(a => !a.Advisory).Select(a => a.Count).DefaultIfEmpty(0).Max();
            var row = new SheetRow(offer, null, averages, Total(averages), expert, Total(expert), below, scorers,
                proposals.TryGetValue(offer.OfferId, out var p) ? p : null);
            if (!rowsByTask.TryGetValue(offer.TaskId, out var list)) rowsByTask[offer.TaskId] = list = [];
            list.Add(row);
        }
        var result = new List<TaskSheet>();
        foreach (var task in tasks)
        {
            var rows = rowsByTask.GetValueOrDefault(task.Id) ?? [];
            var ordered = rows.OrderByDescending(r => r.Total.HasValue).ThenByDescending(r => r.Total)
                .ThenBy(r => r.Offer.ConfirmationNumber, StringComparer.Ordinal).ToList();
            var ranked = new List<SheetRow>(ordered.Count);
            for (var i = 0; i < ordered.Count; i++)
            {
                var r = ordered[i];
                int? rank = null;
                if (r.Total is not null) rank = i > 0 && ordered[i - 1].Total == r.Total ? ranked[i - 1].Rank : i + 1;
                ranked.Add(r with { Rank = rank });
            }
            var proposed = ranked.Sum(r => r.Proposed ?? 0m);
            result.Add(new TaskSheet(task, ranked, proposed, task.Funds - proposed));
        }
        return result;
    }

    private static Dictionary<Guid, decimal?> Averages(IReadOnlyList<SheetCriterion> criteria, List<ScoreAggregate> found, bool advisory)
        => criteria.ToDictionary(c => c.Id, c =>
        {
            var a = found.FirstOrDefault(x => x.CriterionId == c.Id && x.Advisory == advisory);
            return a is null || a.Count == 0 ? (decimal?)null : Round(a.Sum / a.Count);
        });

    /// <summary>The total of the criteria averages, once every criterion has at least one score.</summary>
    private static decimal? Total(Dictionary<Guid, decimal?> averages)
        => averages.Count == 0 || averages.Values.Any(v => v is null) ? null : averages.Values.Sum(v => v!.Value);

    /// <summary>The exact sum of scores added up as doubles by the database: every score has at most one decimal place
    /// (<see cref="ScoreRules"/>), so the true sum is a multiple of 0.1, and a double's error over even a hundred
    /// thousand such terms stays far below 0.05, so rounding to tenths recovers it.</summary>
    public static decimal SumOfTenths(double sum) => decimal.Round((decimal)sum, 1, MidpointRounding.AwayFromZero);

    /// <summary>Averages to hundredths, half away from zero (the way a committee rounds by hand).</summary>
    public static decimal Round(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);
}
