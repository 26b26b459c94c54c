using Civitas.Grants.Data;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.Offers;
using Civitas.Grants.Domain.SmallGrants;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Grants.Web.Statistics;

/// <summary>
/// Figures of the office's grant statistics for one year, aggregated in the database (GROUP BY projections;
/// only the grouped rows — a few per sphere or competition — come back). The tenant query filter of the
/// grants tables keeps another local government's data out.
/// </summary>
/// <remarks>
/// Sources: announced = task funds of competitions of the year that left the draft (cancelled ones too: their
/// funds were announced); requested = the grant requested in the latest submitted revision of offers that are
/// submitted now (withdrawn offers not); granted = the amounts funded in the decisions of the year's competitions
/// whose results are published (art. 15 ust. 2h UDPP: only published results are final for the public) plus the
/// small grants awarded (art. 19a UDPP); success rate = funded offers (funded decision lines + small grants
/// awarded) / submitted offers (competition offers submitted now + small-grant offers received), so offers still
/// waiting for a decision count as not (yet) funded.
/// </remarks>
internal sealed class GrantStatisticsQueries(GrantsDb db)
{
    internal sealed record SphereRow(
        string? SphereCode,
        decimal Announced,
        int Offers,
        decimal Requested,
        int SmallGrantOffers,
        decimal SmallGrantRequested,
        decimal SmallGrantGranted,
        int SmallGrantGrantedCount,
        decimal CompetitionGranted,
        int CompetitionFunded)
    {
        /// <summary>Granted in published competition results and in small grants.</summary>
        public decimal Granted => CompetitionGranted + SmallGrantGranted;

        /// <summary>Offers submitted: competition offers (latest revision, not withdrawn) and small-grant offers received.</summary>
        public int Submitted => Offers + SmallGrantOffers;

        /// <summary>Offers funded: in published competition results and small grants awarded.</summary>
        public int Funded => CompetitionFunded + SmallGrantGrantedCount;

        /// <summary>Funded / submitted in per cent (one decimal, half away from zero); null when nothing was submitted.</summary>
        public decimal? SuccessRate => Rate(Funded, Submitted);
    }

    internal sealed record CompetitionRow(Guid Id, string Number, string Title, CompetitionStatus Status, decimal Announced, int Offers, decimal Requested,
        int Funded, decimal Granted)
    {
        /// <summary>Funded / submitted offers in per cent; null without offers.</summary>
        public decimal? SuccessRate => Rate(Funded, Offers);
    }

    public static decimal? Rate(int funded, int submitted) =>
        submitted == 0 ? null : Math.Round(100m * funded / submitted, 1, MidpointRounding.AwayFromZero);

    /// <summary>Years with a non-draft competition or a submitted small-grant offer, newest first.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct)
    {
        var competitions = await db.Competitions.AsNoTracking()
            .Where(c => c.Status != CompetitionStatus.Draft)
            .Select(c => c.Year).Distinct().ToListAsync(ct);
        var small = await db.SmallGrantOffers.AsNoTracking()
            .Where(o => o.Status != SmallGrantOfferStatus.Draft && o.Year != null)
            .Select(o => o.Year!.Value).Distinct().ToListAsync(ct);
        return competitions.Concat(small).Distinct().OrderByDescending(y => y).ToList();
    }

    /// <summary>One row per sphere of art. 4 ust. 1 UDPP that has any figure in <paramref name="year"/>, in the order of <paramref name="sphereOrder"/>.</summary>
    public async Task<IReadOnlyList<SphereRow>> SpheresAsync(int year, IReadOnlyList<string> sphereOrder, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sphereOrder);
        var announced = await (
                from c in db.Competitions.AsNoTracking()
                where c.Year == year && c.Status != CompetitionStatus.Draft
                from t in c.Tasks
                group t by t.SphereCode into g
                select new { Sphere = g.Key, Funds = g.Sum(t => t.Funds) })
            .ToListAsync(ct);

        var requested = await (
                from o in db.Offers.AsNoTracking()
                where o.Status == OfferStatus.Submitted
                join s in db.OfferSubmissions.AsNoTracking() on new { OfferId = o.Id, Revision = o.LatestRevision } equals new { s.OfferId, s.Revision }
                join c in db.Competitions.AsNoTracking() on o.CompetitionId equals c.Id
                join t in db.CompetitionTasks.AsNoTracking() on o.TaskId equals t.Id
                where c.Year == year
                group s by t.SphereCode into g
                select new { Sphere = g.Key, Count = g.Count(), Requested = g.Sum(s => s.RequestedGrant) })
            .ToListAsync(ct);

        // art. 15 ust. 2h UDPP: the decision counts once its results are published.
        var decided = await (
                from l in db.DecisionLines.AsNoTracking()
                join d in db.Decisions.AsNoTracking() on l.DecisionId equals d.Id
                where d.PublishedAt != null
                join c in db.Competitions.AsNoTracking() on d.CompetitionId equals c.Id
                where c.Year == year
                join t in db.CompetitionTasks.AsNoTracking() on l.TaskId equals t.Id
                group l by t.SphereCode into g
                select new { Sphere = g.Key, Funded = g.Count(l => l.Funded), Granted = g.Sum(l => l.Amount) })
            .ToListAsync(ct);

        var small = await db.SmallGrantOffers.AsNoTracking()
            .Where(o => o.Year == year && o.Status != SmallGrantOfferStatus.Draft)
            .GroupBy(o => new { o.SphereCode, o.Status })
            .Select(g => new { g.Key.SphereCode, g.Key.Status, Count = g.Count(), Requested = g.Sum(o => o.GrantAmount), Granted = g.Sum(o => o.GrantedAmount) })
            .ToListAsync(ct);

        // The grouped rows are few (spheres × statuses); merging them is not a scan of the data.
        var codes = announced.Select(a => (string?)a.Sphere).Concat(requested.Select(r => (string?)r.Sphere)).Concat(decided.Select(d => (string?)d.Sphere))
            .Concat(small.Select(s => s.SphereCode)).Distinct();
        int Position(string? code)
        {
            var i = code is null ? -1 : IndexOf(sphereOrder, code);
            return i < 0 ? int.MaxValue : i;
        }
        return codes
            .OrderBy(Position).ThenBy(c => c, StringComparer.Ordinal)
            .Select(code =>
            {
                var own = small.Where(s => s.SphereCode == code).ToList();
                var granted = own.Where(s => s.Status == SmallGrantOfferStatus.Granted).ToList();
                var r = requested.FirstOrDefault(x => x.Sphere == code);
                var d = decided.FirstOrDefault(x => x.Sphere == code);
                return new SphereRow(
                    code,
                    announced.Where(a => a.Sphere == code).Sum(a => a.Funds),
                    r?.Count ?? 0,
                    r?.Requested ?? 0m,
                    own.Sum(s => s.Count),
                    own.Sum(s => s.Requested ?? 0m),
                    granted.Sum(s => s.Granted ?? 0m),
                    granted.Sum(s => s.Count),
                    d?.Granted ?? 0m,
                    d?.Funded ?? 0);
            })
            .ToList();
    }

    /// <summary>Competitions of <paramref name="year"/> past the draft with their funds, the submitted offers and, once the
    /// results are published, the offers funded and the amounts granted.</summary>
    public async Task<IReadOnlyList<CompetitionRow>> CompetitionsAsync(int year, CancellationToken ct)
    {
        var competitions = await db.Competitions.AsNoTracking()
            .Where(c => c.Year == year && c.Status != CompetitionStatus.Draft)
            .OrderBy(c => c.Sequence)
            .Select(c => new { c.Id, c.Number, c.Title, c.Status, Funds = c.Tasks.Sum(t => t.Funds) })
            .ToListAsync(ct);

        var offers = await (
                from o in db.Offers.AsNoTracking()
                where o.Status == OfferStatus.Submitted
                join s in db.OfferSubmissions.AsNoTracking() on new { OfferId = o.Id, Revision = o.LatestRevision } equals new { s.OfferId, s.Revision }
                join c in db.Competitions.AsNoTracking() on o.CompetitionId equals c.Id
                where c.Year == year
                group s by c.Id into g
                select new { CompetitionId = g.Key, Count = g.Count(), Requested = g.Sum(s => s.RequestedGrant) })
            .ToDictionaryAsync(x => x.CompetitionId, ct);

        var decided = await (
                from l in db.DecisionLines.AsNoTracking()
                join d in db.Decisions.AsNoTracking() on l.DecisionId equals d.Id
                where d.PublishedAt != null
                join c in db.Competitions.AsNoTracking() on d.CompetitionId equals c.Id
                where c.Year == year
                group l by c.Id into g
                select new { CompetitionId = g.Key, Funded = g.Count(l => l.Funded), Granted = g.Sum(l => l.Amount) })
            .ToDictionaryAsync(x => x.CompetitionId, ct);

        return competitions
            .Select(c =>
            {
                offers.TryGetValue(c.Id, out var o);
                decided.TryGetValue(c.Id, out var d);
                return new CompetitionRow(c.Id, c.Number, c.Title, c.Status, c.Funds, o?.Count ?? 0, o?.Requested ?? 0m, d?.Funded ?? 0, d?.Granted ?? 0m);
            })
            .ToList();
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], value, StringComparison.Ordinal)) return i;
        }
        return -1;
    }
}
