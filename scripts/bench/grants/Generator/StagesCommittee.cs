using System.Globalization;
using Civitas.Grants.Data;
using Civitas.Grants.Domain.Committee;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.FormalCheck;
using Civitas.Grants.Domain.Results;
using Civitas.Platform;
using Civitas.Platform.Audit;
using Civitas.Platform.Calendar;
using Civitas.Platform.Identity;
using Civitas.Platform.LegalParameters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Bench.Grants;

/// <summary>
/// The stages after the formal check, each through the module's own services (<see cref="CommitteeService"/>,
/// <see cref="ResultsService"/>) or, for the 40 000 scores, through the same entities and rules the service uses
/// (<see cref="ScoreRules.Check"/>, <see cref="CommitteeMember.MayOpen"/>, <see cref="CommitteeScore"/>, the
/// <c>OfferOpened</c> audit entry), saved 250 offers per <c>SaveChanges</c> instead of one request per offer.
/// </summary>
internal sealed partial class Stages
{
    private const int ScoreBatch = 250;

    private static readonly string[] Justifications =
    [
        "Oferta spełnia kryterium w stopniu wysokim: opis jest spójny, działania i rezultaty wzajemnie się uzupełniają.",
        "Oferta spełnia kryterium w stopniu średnim: część działań opisano ogólnie, rezultaty są mierzalne, lecz skromne.",
        "Oferta spełnia kryterium w stopniu niskim: brak uzasadnienia kosztów i zasobów potrzebnych do realizacji działań.",
    ];

    private static Actor As(User user) => new(user.Id, user.DisplayName);

    private static void Ensure(Result result, string step)
    {
        if (!result.Succeeded) throw new InvalidOperationException(step + ": " + string.Join(", ", result.Errors.Select(e => e.Code + "@" + e.Field)));
    }

    /// <summary>The office's step before the evaluation: offers asked to correct whose correction window has closed
    /// are rejected on the formal-check page (<see cref="FormalReview.Record"/> again on the same revision; the
    /// committee cannot start while any offer is pending, <see cref="CommitteeService.PendingFormalAsync"/>).</summary>
    public Task<int> RejectLapsedCorrectionsAsync(Guid competitionId, User official)
        => host.InAsync(tenant, As(official), async sp =>
        {
            var db = sp.GetRequiredService<GrantsDb>();
            var now = host.Clock.GetUtcNow();
            var pending = await sp.GetRequiredService<CommitteeService>().PendingFormalAsync(competitionId, CancellationToken.None);
            var competition = await db.Competitions.Include(c => c.ChecklistItems).FirstAsync(c => c.Id == competitionId);
            var correctionDays = await sp.GetRequiredService<ILegalParameters>().GetAsync(LegalParameterKeys.FormalCorrectionDays, WarsawTime.DateOf(now));
            var ids = pending.Select(p => p.OfferId).ToList();
            var reviews = await db.FormalReviews.Where(r => ids.Contains(r.OfferId)).ToListAsync();
            foreach (var p in pending)
            {
                var review = reviews.Where(r => r.OfferId == p.OfferId).MaxBy(r => r.Revision)
                    ?? throw new InvalidOperationException($"Offer {p.ConfirmationNumber} has no formal review.");
                if (review.AllowsCorrectionAt(now)) throw new InvalidOperationException($"The correction window of {p.ConfirmationNumber} is still open.");
                var input = new FormalReviewInput(review.Items.ToDictionary(i => i.ItemId, i => (bool?)i.Met), FormalOutcome.Rejected,
                    "Oferta nie została poprawiona do " + p.CorrectionLastDay?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) + " r. w zakresie wskazanym w wezwaniu (części V.A), więc nie spełnia wymogów formalnych.", []);
                Ensure(review.Record(competition, input, correctionDays, tenant.MoveDeadlinesOffNonWorkingDays, now, official.Id, official.DisplayName), "Formal rejection");
            }
            await db.SaveChangesAsync();
            return pending.Count;
        });

    /// <summary>Three voting members (the first becomes the chair) and one expert with an advisory voice, appointed by
    /// the official through <see cref="CommitteeService.AppointAsync"/>; then the evaluation starts.</summary>
    public async Task<IReadOnlyList<User>> AppointCommitteeAsync(Guid competitionId, User official, Population population)
    {
        var people = await population.PeopleAsync(4, host.Clock.GetUtcNow());
        MemberKind[] kinds = [MemberKind.Official, MemberKind.Official, MemberKind.Official, MemberKind.Expert];
        for (var i = 0; i < people.Count; i++)
        {
            var (person, kind) = (people[i], kinds[i]);
            await host.InAsync(tenant, As(official), async sp =>
            {
                var competition = await sp.GetRequiredService<GrantsDb>().Competitions.Include(c => c.Tasks).Include(c => c.Criteria).FirstAsync(c => c.Id == competitionId);
                Ensure(await sp.GetRequiredService<CommitteeService>().AppointAsync(competition, person.Email, kind, null, "https://bench.example", CancellationToken.None), "Appointment");
                return 0;
            });
        }
        await host.InAsync(tenant, As(official), async sp =>
        {
            var competition = await sp.GetRequiredService<GrantsDb>().Competitions.Include(c => c.Tasks).Include(c => c.Criteria).FirstAsync(c => c.Id == competitionId);
            Ensure(await sp.GetRequiredService<CommitteeService>().StartEvaluationAsync(competition, CancellationToken.None), "Start of the evaluation");
            return 0;
        });
        return people;
    }

    /// <summary>Every member signs the impartiality declaration (<see cref="CommitteeService.DeclareAsync"/>); the second
    /// declares a conflict with the lead offerors of three accepted offers, which they then neither open nor score.</summary>
    public async Task DeclareAsync(Guid competitionId, IReadOnlyList<User> members)
    {
        for (var i = 0; i < members.Count; i++)
        {
            var (person, second) = (members[i], i == 1);
            await host.InAsync(tenant, As(person), async sp =>
            {
                var committee = sp.GetRequiredService<CommitteeService>();
                var competition = await committee.CompetitionAsync(competitionId, CancellationToken.None) ?? throw new InvalidOperationException("Competition gone");
                var member = await committee.MembershipAsync(competitionId, person.Id, CancellationToken.None) ?? throw new InvalidOperationException("Not a member");
                List<Guid> conflicts = [];
                if (second)
                {
                    var accepted = await committee.AcceptedOffersAsync(competitionId, CancellationToken.None);
                    var offerors = await committee.OfferorsAsync(accepted.Take(3).Select(a => a.OfferId).ToList(), CancellationToken.None);
                    conflicts = offerors.Values.Select(o => o.First(x => x.Lead).Id).Distinct().ToList();
                }
                Ensure(await committee.DeclareAsync(competition, member, conflicts, CancellationToken.None), "Declaration");
                return 0;
            });
        }
    }

    /// <summary>Every member scores every accepted offer they may open on every criterion: points around the offer's
    /// own level (so rankings spread and some averages fall below a criterion's minimum), one decimal place, each with
    /// a justification. Returns the number of member × offer sheets.</summary>
    public async Task<int> ScoreAsync(Guid competitionId, IReadOnlyList<User> people)
    {
        var (accepted, offerors, criteria, members) = await host.InAsync(tenant, Actor.System, async sp =>
        {
            var committee = sp.GetRequiredService<CommitteeService>();
            var accepted = await committee.AcceptedOffersAsync(competitionId, CancellationToken.None);
            var offerors = await committee.OfferorsAsync(accepted.Select(a => a.OfferId).ToList(), CancellationToken.None);
            var competition = await committee.CompetitionAsync(competitionId, CancellationToken.None) ?? throw new InvalidOperationException("Competition gone");
            var members = await sp.GetRequiredService<GrantsDb>().CommitteeMembers.AsNoTracking().Where(m => m.CompetitionId == competitionId).ToListAsync();
            return (accepted, offerors, competition.Criteria.OrderBy(c => c.Order).ToList(), members);
        });
        var level = accepted.ToDictionary(o => o.OfferId, _ => 0.3m + (0.65m * (decimal)_names.NextDouble()));
        var sheets = 0;
        foreach (var member in members)
        {
            var person = people.First(p => p.Id == member.UserId);
            for (var start = 0; start < accepted.Count; start += ScoreBatch)
            {
                var chunk = accepted.Skip(start).Take(ScoreBatch).ToList();
                sheets += await host.InAsync(tenant, As(person), async sp =>
                {
                    var db = sp.GetRequiredService<GrantsDb>();
                    var audit = sp.GetRequiredService<IAuditLog>();
                    var now = host.Clock.GetUtcNow();
                    var n = 0;
                    foreach (var offer in chunk)
                    {
                        // CommitteeService.SaveScoresAsync refuses a member who may not open the offer (declaration, conflict).
                        if (member.MayOpen(offerors[offer.OfferId].Select(o => o.Id)) != OfferOpening.Allowed) continue;
                        // What the member's reading of the offer writes (CommitteeService.RecordOpeningAsync).
                        audit.Record(db, "OfferOpened", "Offer", offer.OfferId.ToString(),
                            new { member.CompetitionId, MemberId = member.Id, offer.Revision, offer.ConfirmationNumber });
                        var inputs = criteria.Select(c => Score(c, level[offer.OfferId])).ToList();
                        var errors = ScoreRules.Check(criteria, inputs);
                        if (errors.Count > 0) throw new InvalidOperationException("Generated scores refused: " + string.Join(", ", errors.Select(e => e.Code + "@" + e.Field)));
                        foreach (var input in inputs)
                        {
                            db.CommitteeScores.Add(new CommitteeScore(competitionId, offer.TaskId, offer.OfferId, member.Id, input.CriterionId, input.Points!.Value, input.Justification!.Trim(), now));
                        }
                        n++;
                    }
                    await db.SaveChangesAsync();
                    return n;
                });
            }
        }
        return sheets;
    }

    private ScoreInput Score(CompetitionCriterion criterion, decimal level)
    {
        var share = Math.Clamp(level + (((decimal)_names.NextDouble() - 0.5m) * 0.3m), 0m, 1m);
        var points = decimal.Round(criterion.MaxPoints * share, 1, MidpointRounding.AwayFromZero);
        var band = points >= criterion.MaxPoints * 0.7m ? 0 : points >= criterion.MaxPoints * 0.4m ? 1 : 2;
        return new ScoreInput(criterion.Id, points, Justifications[band]);
    }

    /// <summary>The chair's proposals as an official enters them on the sheet (<see cref="CommitteeService.SaveProposalsAsync"/>,
    /// task by task): down the ranking, offers with no criterion below its minimum get the requested grant (every
    /// fourth 90 % of it) while the task's funds last. Returns the number of proposals.</summary>
    public Task<int> ProposeAsync(Guid competitionId, User official)
        => host.InAsync(tenant, As(official), async sp =>
        {
            var committee = sp.GetRequiredService<CommitteeService>();
            var competition = await committee.CompetitionAsync(competitionId, CancellationToken.None) ?? throw new InvalidOperationException("Competition gone");
            var proposed = 0;
            foreach (var task in await committee.SheetAsync(competition, CancellationToken.None))
            {
                var left = task.Task.Funds;
                var amounts = new List<(Guid OfferId, decimal? Amount)>();
                foreach (var row in task.Rows.Where(r => r.Rank is not null && r.BelowMinimum.Count == 0))
                {
                    var amount = proposed % 4 == 3 ? decimal.Round(row.Offer.RequestedGrant * 0.9m, 2, MidpointRounding.AwayFromZero) : row.Offer.RequestedGrant;
                    if (amount > left) continue;
                    left -= amount;
                    amounts.Add((row.Offer.OfferId, amount));
                    proposed++;
                }
                Ensure(await committee.SaveProposalsAsync(competition, task.Task.Id, amounts, CancellationToken.None), "Proposals");
            }
            return proposed;
        });

    /// <summary>The meeting held today with every member present, the voting members for the proposal, closed
    /// (<see cref="CommitteeService.RecordMeetingAsync"/>): scores and proposals are frozen from then on.</summary>
    public Task CloseMeetingAsync(Guid competitionId, User official)
        => host.InAsync(tenant, As(official), async sp =>
        {
            var committee = sp.GetRequiredService<CommitteeService>();
            var competition = await committee.CompetitionAsync(competitionId, CancellationToken.None) ?? throw new InvalidOperationException("Competition gone");
            var members = await committee.MembersAsync(competitionId, CancellationToken.None);
            Ensure(await committee.RecordMeetingAsync(competition, WarsawTime.DateOf(host.Clock.GetUtcNow()), "Urząd Miasta Przykładowe, sala 204",
                members.Select(m => m.Id).ToList(), members.Count(m => m.Votes), 0, 0, "Komisja zaopiniowała oferty zgodnie z arkuszem ocen.", null, close: true, CancellationToken.None),
                "Meeting");
            return 0;
        });

    /// <summary>The decision as the decision page prefills it from the committee's proposals (funded with the proposed
    /// amount; every other accepted offer not funded, with the reason), recorded and then published with
    /// <see cref="ResultsService"/> (register entry, events, e-mails to every representative) in two requests.</summary>
    public async Task<(int Funded, int NotFunded)> DecideAndPublishAsync(Guid competitionId, User official)
    {
        var counts = await host.InAsync(tenant, As(official), async sp =>
        {
            var results = sp.GetRequiredService<ResultsService>();
            var committee = sp.GetRequiredService<CommitteeService>();
            var competition = await sp.GetRequiredService<GrantsDb>().Competitions.Include(c => c.Tasks).Include(c => c.Criteria).FirstAsync(c => c.Id == competitionId);
            var proposals = await committee.ProposedAmountsAsync(competitionId, CancellationToken.None);
            var below = (await committee.SheetAsync(competition, CancellationToken.None)).SelectMany(t => t.Rows).Where(r => r.BelowMinimum.Count > 0)
                .Select(r => r.Offer.OfferId).ToHashSet();
            var lines = (await results.CandidatesAsync(competition, CancellationToken.None)).Where(c => c.Formal == FormalStanding.Accepted)
                .Select(c => proposals.TryGetValue(c.OfferId, out var amount) && amount > 0
                    ? new DecisionLineInput(c.OfferId, true, amount, null)
                    : new DecisionLineInput(c.OfferId, false, null, below.Contains(c.OfferId)
                        ? "Średnia ocena komisji w co najmniej jednym kryterium jest niższa od minimum określonego w ogłoszeniu."
                        : "Środki przeznaczone na zadanie w ogłoszeniu (art. 13 ust. 2 pkt 2 ustawy) wyczerpały oferty wyżej w rankingu."))
                .ToList();
            var input = new DecisionInput(WarsawTime.DateOf(results.Now), "Jan Przykładowy", "Prezydent Miasta Przykładowe", lines);
            Ensure(await results.RecordAsync(competition, input, null, CancellationToken.None), "Decision");
            return (lines.Count(l => l.Funded == true), lines.Count(l => l.Funded == false));
        });
        await host.InAsync(tenant, As(official), async sp =>
        {
            var competition = await sp.GetRequiredService<GrantsDb>().Competitions.Include(c => c.Tasks).FirstAsync(c => c.Id == competitionId);
            Ensure(await sp.GetRequiredService<ResultsService>().PublishAsync(competition, null, options.Base, CancellationToken.None), "Publication of the results");
            return 0;
        });
        return counts;
    }

    /// <summary>The competition's task ids in the announcement's order (the sheet's <c>?zadanie=</c>).</summary>
    public Task<List<Guid>> TaskIdsAsync(Guid competitionId)
        => host.InAsync(tenant, Actor.System, sp => sp.GetRequiredService<GrantsDb>().Competitions.AsNoTracking()
            .Where(c => c.Id == competitionId).SelectMany(c => c.Tasks).OrderBy(t => t.Order).Select(t => t.Id).ToListAsync());
}
