using System.Diagnostics;
using System.Globalization;
using Civitas.Grants.Data;
using Civitas.Grants.Domain.Committee;
using Civitas.Grants.Domain.Results;
using Civitas.Grants.Web.Competitions;
using Civitas.Platform.Audit;
using Civitas.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Bench.Grants;

/// <summary>
/// Per-step server time of the two pages of issue 4, in process and one request at a time (no HTTP, no Razor):
/// each step of the committee sheet's load (<c>SheetModel.LoadAsync</c>) and of the public results
/// (<c>PublicResultsPage.LoadAsync</c> and reading the page's offerors as the partial does; the API's <c>PublicResults.LoadAsync</c>), the median and the
/// maximum of <c>--repeat</c> rounds. Tells which step a slow page spends its time in.
/// </summary>
internal static class Profile
{
    public static async Task RunAsync(BenchHost host, TenantInfo tenant, Options options)
    {
        var competitionId = Guid.Parse(options.Competition);
        var timings = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        void Add(string step, Stopwatch watch)
        {
            if (!timings.TryGetValue(step, out var list)) timings[step] = list = [];
            list.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
        }
        for (var i = 0; i < options.Repeat; i++)
        {
            await host.InAsync(tenant, Actor.System, async sp =>
            {
                var db = sp.GetRequiredService<GrantsDb>();
                var committee = sp.GetRequiredService<CommitteeService>();
                var watch = Stopwatch.StartNew();
                // The sheet, step by step as SheetModel.LoadAsync takes them.
                var competition = await db.Competitions.AsSplitQuery()
                    .Include(c => c.Tasks).Include(c => c.Criteria).Include(c => c.PriorTasks)
                    .Include(c => c.ChecklistItems).Include(c => c.RequiredAttachments).Include(c => c.Versions)
                    .FirstAsync(c => c.Id == competitionId);
                Add("sheet: competition (CompetitionAccess)", watch);
                var first = competition.Tasks.OrderBy(t => t.Order).First();
                var (_, sheet) = await committee.SheetViewAsync(competition, first.Id, meetingClosed: false, CancellationToken.None);
                Add("sheet: SheetViewAsync, open meeting (first task: counts, accepted offers kept after the first round, score sums, proposals, build)", watch);
                await committee.OfferorsAsync(sheet!.Rows.Take(100).Select(r => r.Offer.OfferId).ToList(), CancellationToken.None);
                Add("sheet: offerors of 100 rows (snapshots)", watch);
                var whole = await committee.SheetAsync(competition, CancellationToken.None);
                Add("protocol: SheetAsync (every task)", watch);
                await committee.IsClosedAsync(competitionId, CancellationToken.None);
                Add("sheet: meeting closed?", watch);
                // The public page's results.
                await sp.GetRequiredService<CompetitionQueries>().PublicDetailAsync(competitionId, CancellationToken.None);
                Add("public: PublicDetailAsync", watch);
                var view = await PublicResultsPage.LoadAsync(db, sp.GetRequiredService<ResultsService>(), competitionId, 1, CancellationToken.None);
                Add("public: PublicResultsPage.LoadAsync (decision + summary per task + first 100 lines)", watch);
                var names = view?.Lines.Sum(l => l.Offerors.Count) ?? 0;
                Add($"public: offerors of the page's lines ({names})", watch);
                var all = await PublicResults.LoadAsync(db, sp.GetRequiredService<ResultsService>(), competitionId, CancellationToken.None);
                Add($"api: PublicResults.LoadAsync (decision + {all?.Decision.Lines.Count} lines)", watch);
                return 0;
            });
        }
        foreach (var (step, list) in timings)
        {
            list.Sort();
            // The first round pays for EF's model and query compilation: reported in max only.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"profile {step}: median_ms={list[list.Count / 2]:F1} max_ms={list[^1]:F1} n={list.Count}"));
        }
    }
}
