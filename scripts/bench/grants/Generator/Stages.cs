using System.Diagnostics;
using System.Globalization;
using Civitas.Bench.Organisations;
using Civitas.Grants.Data;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.FormalCheck;
using Civitas.Grants.Domain.Offers;
using Civitas.Grants.Web.Competitions;
using Civitas.Organisations.Contracts;
using Civitas.Platform.Audit;
using Civitas.Platform.Calendar;
using Civitas.Platform.Identity;
using Civitas.Platform.LegalParameters;
using Civitas.Platform.Outbox;
using Civitas.Platform.Tenancy;
using Civitas.Publishing.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Bench.Grants;

/// <summary>
/// The stages of a competition's life, one method each, every one through the module's domain code:
/// <see cref="AnnounceAsync"/>, <see cref="SubmitOffersAsync"/>, <see cref="FormalReviewsAsync"/>, then (in
/// StagesCommittee.cs) <see cref="RejectLapsedCorrectionsAsync"/>, <see cref="AppointCommitteeAsync"/>,
/// <see cref="DeclareAsync"/>, <see cref="ScoreAsync"/>, <see cref="ProposeAsync"/>, <see cref="CloseMeetingAsync"/>
/// and <see cref="DecideAndPublishAsync"/>. <c>--until formal|committee|results</c> stops after a stage group.
/// </summary>
internal sealed partial class Stages(BenchHost host, TenantInfo tenant, Options options)
{
    public const string OfficialEmail = "urzednik@miasto-przykladowe.example";
    private readonly NameFactory _names = new(options.Seed);
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private void Log(string text) => Console.WriteLine($"[{_clock.Elapsed.TotalSeconds,6:F1} s] {text}");

    /// <summary>The Warsaw-scale competition: 4 tasks, <c>--offers</c> submitted offers, formal check done; with
    /// <c>--until committee</c> also scored by a committee whose meeting is closed with proposed amounts; with
    /// <c>--until results</c> (the default) also decided and the results published.</summary>
    public async Task SeedAsync()
    {
        var now = host.Clock.GetUtcNow();
        var population = new Population(host, tenant, _names, "bench");
        var official = await population.FindAsync(OfficialEmail);
        var tasks = new (string Title, string Sphere, decimal Funds)[]
        {
            ("Szkolenie sportowe dzieci i młodzieży w dyscyplinach olimpijskich", "17", 9_500_000m),
            ("Upowszechnianie kultury – wydarzenia i warsztaty w dzielnicach", "16", 7_200_000m),
            ("Wypoczynek dzieci i młodzieży w czasie ferii i wakacji", "15", 6_800_000m),
            ("Aktywizacja społeczna osób w wieku emerytalnym", "10", 4_500_000m),
        };
        // Published 40 days ago; the deadline (22 days after publication, over the 21 of art. 13 ust. 1 UDPP) has passed.
        var published = now.AddDays(-40);
        var competitionId = await AnnounceAsync(official, "Otwarty konkurs ofert na realizację zadań publicznych (edycja miejska)", tasks, published,
            WarsawTime.DateOf(published).AddDays(22), new TimeOnly(15, 0), checklist: true);
        Log($"competition {competitionId} announced");

        var organisations = await population.OrganisationsAsync(options.Offers, 0, i => WithSphere(tasks[TaskOf(i)].Sphere), published.AddDays(-60));
        Log($"{organisations.Count} organisations with their representatives");
        var offers = await SubmitOffersAsync(competitionId, organisations, population, published);
        Log($"{offers.Count} offers submitted");
        var reviewed = await FormalReviewsAsync(competitionId, offers, official);
        Log($"{reviewed} formal reviews recorded");
        if (options.Until is "committee" or "results")
        {
            Log($"{await RejectLapsedCorrectionsAsync(competitionId, official)} lapsed correction requests rejected");
            var members = await AppointCommitteeAsync(competitionId, official, population);
            Log($"committee of {members.Count} appointed, evaluation started");
            await DeclareAsync(competitionId, members);
            Log("impartiality declarations signed");
            Log($"{await ScoreAsync(competitionId, members)} score sheets (member × offer) recorded");
            Log($"{await ProposeAsync(competitionId, official)} amounts proposed");
            await CloseMeetingAsync(competitionId, official);
            Log("meeting recorded and closed");
        }
        if (options.Until == "results")
        {
            var (funded, notFunded) = await DecideAndPublishAsync(competitionId, official);
            Log($"decision recorded ({funded} funded, {notFunded} not funded) and results published");
        }

        var cookie = await host.InAsync(tenant, Actor.System, sp => host.SignInCookieAsync(sp, official, twoFactor: true, host.Clock.GetUtcNow()));
        Directory.CreateDirectory(options.Out);
        var taskIds = await TaskIdsAsync(competitionId);
        await File.WriteAllTextAsync(Path.Combine(options.Out, "competition.env"), $"COMPETITION={competitionId}\nTASKS=\"{string.Join(' ', taskIds)}\"\n");
        await File.WriteAllLinesAsync(Path.Combine(options.Out, "offers.txt"), offers.Select(o => o.ToString()));
        await File.WriteAllTextAsync(Path.Combine(options.Out, "official.cookie"), cookie);
        Log("done");
    }

    private static int TaskOf(int i) => (i * 7 % 10) switch { < 4 => 0, < 7 => 1, < 9 => 2, _ => 3 };

    private IReadOnlyList<string> WithSphere(string sphere) => _names.Spheres().Append(sphere).Distinct().ToList();

    /// <summary>Creates, fills and announces a competition of the official's department, as of <paramref name="at"/>
    /// (publication on all three channels that day, through the same rules as the office's form).</summary>
    public async Task<Guid> AnnounceAsync(User official, string title, IReadOnlyList<(string Title, string Sphere, decimal Funds)> tasks, DateTimeOffset at,
        DateOnly deadline, TimeOnly deadlineTime, bool checklist)
    {
        return await host.InAsync(tenant, new Actor(official.Id, official.DisplayName), async sp =>
        {
            var db = sp.GetRequiredService<GrantsDb>();
            var department = (await sp.GetRequiredService<IDepartmentDirectory>().ListAsync(CancellationToken.None)).First(d => d.ShortName == "WOP");
            var published = WarsawTime.DateOf(at);
            var legal = await sp.GetRequiredService<ILegalParameters>().GetAsync(LegalParameterKeys.OfferDeadlineMinDays, published);
            var spheres = await sp.GetRequiredService<IOrganisationDirectory>().GetSpheresAsync(published);
            var rules = new AnnouncementRules(legal.AsInt(), legal.LegalBasis, spheres.Select(s => s.Code).ToHashSet(StringComparer.Ordinal));
            var sequence = 900 + await db.Competitions.CountAsync();
            var year = deadline.Year + 1;
            var competition = Competition.Create(department.Id, department.ShortName ?? "WOP", published.Year, sequence, title, at, official.Id).Value!;
            var content = new AnnouncementContent
            {
                Title = title,
                GrantRules = "1. Dotacje przyznaje Prezydent Miasta w formie wsparcia realizacji zadania (art. 11 ust. 1 pkt 1 ustawy).\n2. Kwota dotacji może być niższa od wnioskowanej.",
                ImplementationConditions = "Zadanie realizuje się na rzecz mieszkańców miasta. Materiały promocyjne zawierają informację o dofinansowaniu ze środków Miasta.",
                ImplementationFrom = new DateOnly(year, 1, 1),
                ImplementationTo = new DateOnly(year, 12, 31),
                DeadlineDate = deadline,
                DeadlineTime = deadlineTime,
                SelectionProcedure = "Oferty ocenia komisja konkursowa (art. 15 ust. 2a ustawy) według kryteriów podanych poniżej.",
                SelectionDate = deadline.AddDays(30),
                MinOwnContributionPercent = 10m,
                OwnContributionKind = Civitas.Grants.Domain.Competitions.OwnContributionKind.FinancialOrNonFinancial,
                MaxAdminCostPercent = 10m,
                MaxGrantPerOffer = 60_000m,
                EligibleCostsFrom = new DateOnly(year, 1, 1),
                EligibleCostsTo = new DateOnly(year, 12, 31),
                JointOffersAllowed = true,
                // Every form of art. 3 ust. 2 and 3 UDPP.
                EligibleLegalForms = [OrganisationLegalForm.Association, OrganisationLegalForm.Foundation, OrganisationLegalForm.OrdinaryAssociation, OrganisationLegalForm.SportsClub,
                    OrganisationLegalForm.ChurchLegalPerson, OrganisationLegalForm.SocialCooperative, OrganisationLegalForm.NonProfitCompany, OrganisationLegalForm.RuralHousewivesCircle],
                BipPublishedOn = published,
                NoticeBoardPublishedOn = published,
                WebsitePublishedOn = published,
                Tasks = [.. tasks.Select(t => new TaskDraft(null, t.Title, t.Sphere, t.Funds, TaskForm.Support, null))],
                Criteria =
                [
                    new CriterionDraft(null, StatutoryCriterion.Capacity, "Możliwość realizacji zadania przez oferenta", 10, 4),
                    new CriterionDraft(null, StatutoryCriterion.CostCalculation, "Kalkulacja kosztów w odniesieniu do zakresu zadania", 10, 4),
                    new CriterionDraft(null, StatutoryCriterion.Quality, "Jakość wykonania zadania i kwalifikacje osób realizujących", 10, null),
                    new CriterionDraft(null, StatutoryCriterion.OwnFunds, "Udział środków finansowych własnych lub z innych źródeł", 5, null),
                    new CriterionDraft(null, StatutoryCriterion.PersonalAndInKind, "Wkład osobowy, w tym praca wolontariuszy, i wkład rzeczowy", 5, null),
                    new CriterionDraft(null, StatutoryCriterion.PastPerformance, "Rzetelność i terminowość realizacji zadań w latach poprzednich", 5, null),
                ],
                PriorTasks = [new PriorTaskDraft(published.Year - 1, "Zadania tego samego rodzaju w roku poprzednim", 26_400_000m, 25_100_000m)],
                ChecklistItems = checklist
                    ? ["Oferta złożona w terminie i na właściwym formularzu", "Oferent jest uprawniony do udziału w konkursie", "Wymagany wkład własny i limit kosztów administracyjnych zachowane"]
                    : [],
            };
            var edited = competition.EditDraft(content, rules);
            if (!edited.Succeeded) throw new InvalidOperationException("Announcement: " + string.Join(", ", edited.Errors.Select(e => e.Code + "@" + e.Field)));
            var announced = competition.Announce(rules, at, official.Id, official.DisplayName);
            if (!announced.Succeeded) throw new InvalidOperationException("Announce: " + string.Join(", ", announced.Errors.Select(e => e.Code + "@" + e.Field)));
            var person = new PublicationPerson(official.DisplayName, "inspektor w " + department.Name);
            sp.GetRequiredService<IOutbox>().Add(db, new PublicationRequested(GrantsDb.ModuleName, CompetitionCommands.AnnouncementKey(competition.Id), PublicationCategory.Announcement,
                $"Ogłoszenie otwartego konkursu ofert nr {competition.Number}: {competition.Title}", null, null,
                AnnouncementDocument.Body(competition, tenant.Name, department.Name, spheres.ToDictionary(s => s.Code, s => s.NamePolish, StringComparer.Ordinal)),
                CompetitionUrls.Public(competition.Id), [], person, person, at, at, at, null, null, []));
            db.Competitions.Add(competition);
            await db.SaveChangesAsync();
            return competition.Id;
        });
    }

    /// <summary>One offer per organisation (about one in eight joint, with partners of the same task), each checked by
    /// <see cref="OfferValidator"/> and frozen by <see cref="OfferSubmission.Create"/>; one in twenty replaced by a second
    /// revision. Submitted between publication and the deadline. Returns the offer ids.</summary>
    public async Task<IReadOnlyList<Guid>> SubmitOffersAsync(Guid competitionId, IReadOnlyList<BenchOrganisation> organisations, Population population, DateTimeOffset published)
    {
        var factory = new OfferFactory(_names, population);
        var ids = new List<Guid>(organisations.Count);
        var byTask = organisations.Select((o, i) => (o, i)).GroupBy(x => TaskOf(x.i)).ToDictionary(g => g.Key, g => g.Select(x => x.o).ToList());
        const int batch = 200;
        for (var start = 0; start < organisations.Count; start += batch)
        {
            var chunk = Enumerable.Range(start, Math.Min(batch, organisations.Count - start)).ToList();
            var made = await host.InAsync(tenant, Actor.System, async sp =>
            {
                var db = sp.GetRequiredService<GrantsDb>();
                var rulesSource = sp.GetRequiredService<IOfferRulesSource>();
                var competition = await db.Competitions.AsNoTracking().Include(c => c.Tasks).FirstAsync(c => c.Id == competitionId);
                var rulesOf = new Dictionary<int, OfferRules>();
                for (var t = 0; t < competition.Tasks.Count; t++) rulesOf[t] = (await rulesSource.GetAsync(competitionId, competition.Tasks.OrderBy(x => x.Order).ElementAt(t).Id, CancellationToken.None))!;
                var plan = chunk.Select(i =>
                {
                    var task = TaskOf(i);
                    var lead = organisations[i];
                    var partners = new List<Guid>();
                    if (_names.NextDouble() < 0.12)
                    {
                        var pool = byTask[task];
                        var wanted = _names.NextDouble() < 0.8 ? 1 : 2;
                        while (partners.Count < wanted)
                        {
                            var p = pool[_names.Next(pool.Count)].Id;
                            if (p != lead.Id && !partners.Contains(p)) partners.Add(p);
                        }
                    }
                    return (Index: i, Task: task, Lead: lead, Partners: partners);
                }).ToList();
                var facts = await OfferorFacts.LoadAsync(sp.GetRequiredService<IOrganisationDirectory>(), plan.SelectMany(p => p.Partners.Append(p.Lead.Id)).Distinct().ToList(), CancellationToken.None);
                var list = new List<Guid>();
                foreach (var p in plan)
                {
                    var rules = rulesOf[p.Task];
                    var startedAt = published.AddHours(2 + _names.Next(24 * 18));
                    var (offer, _) = Offer.Start(rules, p.Lead.Id, p.Lead.RepresentativeId, startedAt);
                    var content = factory.Content(rules, p.Lead.Id, p.Partners, p.Lead.Name, p.Index);
                    var problems = OfferValidator.Validate(content, rules, p.Lead.Id, facts);
                    if (problems.Count > 0) throw new InvalidOperationException($"Generated offer {p.Index} is invalid: " + string.Join(", ", problems.Select(x => x.Section + ":" + x.Error.Code + "@" + x.Error.Field)));
                    var submittedAt = startedAt.AddHours(1 + _names.Next(72));
                    if (submittedAt >= rules.OfferDeadline) submittedAt = rules.OfferDeadline.AddMinutes(-1 - _names.Next(600));
                    var submission = Submit(offer, rules, content, facts, p.Lead, 1, submittedAt);
                    db.OfferSubmissions.Add(submission);
                    if (_names.NextDouble() < 0.05 && submittedAt.AddHours(2) < rules.OfferDeadline)
                    {
                        // A corrected version submitted before the deadline supersedes the first (revision 2).
                        content.Task.ResultsNarrative += " Dodatkowo powstanie publikacja podsumowująca zadanie.";
                        db.OfferSubmissions.Add(Submit(offer, rules, content, facts, p.Lead, 2, submittedAt.AddHours(1)));
                    }
                    db.Offers.Add(offer);
                    db.OfferSections.AddRange(OfferSectionKeys.All.Select(k => new OfferSection(offer.Id, k, OfferJson.Write(k, content.Get(k)), p.Lead.RepresentativeId, submittedAt)));
                    list.Add(offer.Id);
                }
                await db.SaveChangesAsync();
                return list;
            });
            ids.AddRange(made);
        }
        return ids;
    }

    /// <summary>The same snapshot and checksum as <see cref="OfferWorkflow.SubmitAsync"/> (its private Snapshot copied field by field).</summary>
    private static OfferSubmission Submit(Offer offer, OfferRules rules, OfferContent content, IReadOnlyDictionary<Guid, OfferorFacts> facts, BenchOrganisation lead, int revision, DateTimeOffset at)
    {
        var ids = OfferValidator.OfferorIds(offer.LeadOrganisationId, content);
        var sums = OfferCalculation.Compute(content, ids);
        var snapshot = new OfferSnapshot(offer.Id, rules.CompetitionId, rules.CompetitionNumber, rules.TaskId,
            ids.Select(id => facts[id]).Select(f => new OfferorSnapshot(f.Id, f.Id == offer.LeadOrganisationId, f.Summary.Name, f.Summary.LegalForm.ToString(), f.Summary.Krs,
                f.Summary.OtherRegister, f.Summary.RegisteredAddress, f.Data.CorrespondenceAddress, f.Data.Email, f.Data.Phone, f.Data.Website)).ToList(),
            content, sums.Total, sums.Grant);
        var submission = OfferSubmission.Create(snapshot, revision, lead.RepresentativeId, lead.RepresentativeName, at);
        offer.MarkSubmitted(submission);
        return submission;
    }

    /// <summary>The office's formal check of every offer's latest revision through <see cref="FormalReview.Record"/>:
    /// about 88 % accepted, 7 % asked to correct the cost calculation, 5 % rejected. Moves the competition to FormalCheck.</summary>
    public async Task<int> FormalReviewsAsync(Guid competitionId, IReadOnlyList<Guid> offers, User official)
    {
        var count = 0;
        const int batch = 250;
        for (var start = 0; start < offers.Count; start += batch)
        {
            var chunk = offers.Skip(start).Take(batch).ToList();
            count += await host.InAsync(tenant, new Actor(official.Id, official.DisplayName), async sp =>
            {
                var db = sp.GetRequiredService<GrantsDb>();
                var competition = await db.Competitions.Include(c => c.ChecklistItems).FirstAsync(c => c.Id == competitionId);
                var deadline = competition.OfferDeadline!.Value;
                var correctionDays = await sp.GetRequiredService<ILegalParameters>().GetAsync(LegalParameterKeys.FormalCorrectionDays, WarsawTime.DateOf(deadline));
                var revisions = await db.Offers.AsNoTracking().Where(o => chunk.Contains(o.Id)).Select(o => new { o.Id, o.LatestRevision }).ToListAsync();
                foreach (var o in revisions)
                {
                    var review = FormalReview.For(competitionId, o.Id, o.LatestRevision);
                    var roll = _names.NextDouble();
                    var outcome = roll < 0.88 ? FormalOutcome.Accepted : roll < 0.95 ? FormalOutcome.CorrectionRequested : FormalOutcome.Rejected;
                    var items = competition.ChecklistItems.OrderBy(i => i.Order).Select((item, k) => (item.Id, Met: outcome == FormalOutcome.Accepted || k != 2))
                        .ToDictionary(x => x.Id, x => (bool?)x.Met);
                    var input = new FormalReviewInput(items, outcome,
                        outcome == FormalOutcome.Rejected ? "Oferta nie zachowuje limitu kosztów administracyjnych (pkt 3 listy kontrolnej) – art. 13 ust. 2 pkt 3 ustawy." : null,
                        outcome == FormalOutcome.CorrectionRequested ? [OfferSectionKey.Costs] : []);
                    var at = deadline.AddDays(1).AddMinutes(_names.Next(60 * 24 * 5));
                    var recorded = review.Record(competition, input, correctionDays, tenant.MoveDeadlinesOffNonWorkingDays, at, official.Id, official.DisplayName);
                    if (!recorded.Succeeded) throw new InvalidOperationException("Formal review: " + string.Join(", ", recorded.Errors.Select(e => e.Code)));
                    db.FormalReviews.Add(review);
                }
                await db.SaveChangesAsync();
                return revisions.Count;
            });
        }
        return count;
    }

    public static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
