using System.Security.Claims;
using Civitas.Grants.Data;
using Civitas.Grants.Domain.Committee;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.FormalCheck;
using Civitas.Grants.Domain.Lifecycle;
using Civitas.Grants.Domain.Offers;
using Civitas.Grants.Domain.Results;
using Civitas.Grants.Web.Competitions;
using Civitas.Grants.Web.FormalCheck;
using Civitas.Platform;
using Civitas.Platform.Audit;
using Civitas.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Grants.Web.Lifecycle;

/// <summary>A person of the demo acting in the story: the account id, the display name, and (for an official) the department.</summary>
internal sealed record DemoPerson(Guid Id, string Name, Guid? DepartmentId = null)
{
    /// <summary>The principal the office's commands expect from a signed-in official.</summary>
    public ClaimsPrincipal Principal()
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, Id.ToString()), new(CivitasClaims.DisplayName, Name) };
        if (DepartmentId is { } d) claims.Add(new Claim(CivitasClaims.Department, d.ToString()));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "demo"));
    }
}

/// <summary>
/// Plays a competition's life for demo data through the same commands and workflows the pages call, each
/// step in its own scope "as of" a moment of the past (<see cref="FixedClock"/>), so every rule of the
/// module judges it: the announcement (<see cref="CompetitionCommands"/>), offers started, filled section
/// by section and submitted (<see cref="OfferWorkflow"/>), the offer period closed at the deadline
/// (<see cref="OfferDeadlineJob"/>), the formal reviews (<see cref="FormalCheckService"/>), the committee
/// (<see cref="CommitteeService"/>: composition, declarations, openings and scores, proposals, the meeting) and
/// the decision and its publication (<see cref="ResultsService"/>). A step that a rule refuses throws: demo data
/// that the rules would not allow is a bug.
/// </summary>
internal sealed class DemoCompetitionStory(IServiceScopeFactory scopes, TenantInfo tenant)
{
    private async Task<T> AtAsync<T>(DateTimeOffset at, Actor actor, Func<IServiceProvider, FixedClock, Task<T>> step)
    {
        using var scope = scopes.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ITenantContext>().Set(tenant);
        sp.GetRequiredService<IActorContext>().Set(actor);
        return await step(sp, new FixedClock(at));
    }

    private static T Create<T>(IServiceProvider sp, FixedClock clock, params object[] more) => ActivatorUtilities.CreateInstance<T>(sp, [clock, .. more]);

    private static void Ensure(Result result, string what)
    {
        if (!result.Succeeded) throw new InvalidOperationException($"Demo story, {what}: " + string.Join(", ", result.Errors.Select(e => e.Code + "@" + e.Field)));
    }

    /// <summary>Creates the competition, saves the announcement and publishes it at <paramref name="at"/>.</summary>
    public Task<Guid> AnnounceAsync(DemoPerson official, string title, AnnouncementContent content, DateTimeOffset at, CancellationToken ct)
        => AtAsync(at, new Actor(official.Id, official.Name), async (sp, clock) =>
        {
            var commands = Create<CompetitionCommands>(sp, clock);
            var user = official.Principal();
            var created = await commands.CreateAsync(official.DepartmentId!.Value, title, user, ct);
            Ensure(created, "create");
            var (_, competition) = await sp.GetRequiredService<CompetitionAccess>().LoadAsync(created.Value, user, ct);
            Ensure(await commands.SaveDraftAsync(competition!, competition!.Version, content, ct), "announcement draft");
            Ensure(await commands.AnnounceAsync(competition, competition.Version, user, ct), "announce");
            return competition.Id;
        });

    /// <summary>Starts the organisation's offer for the task, saves every section of <paramref name="content"/>
    /// one by one as the editor does, and submits it as the representative; returns the offer and its confirmation number.</summary>
    public Task<(Guid Offer, string Confirmation)> SubmitOfferAsync(Guid competitionId, Guid taskId, Guid organisationId, DemoPerson representative,
        OfferContent content, DateTimeOffset at, CancellationToken ct)
        => AtAsync(at, new Actor(representative.Id, representative.Name), async (sp, clock) =>
        {
            var rulesSource = Create<CompetitionOfferRules>(sp, clock);
            var workflow = Create<OfferWorkflow>(sp, clock, rulesSource);
            var started = await workflow.StartAsync(competitionId, taskId, organisationId, representative.Id, ct);
            Ensure(started, "start offer");
            await SaveSectionsAsync(sp, workflow, rulesSource, started.Value, content, OfferSectionKeys.All, representative, ct);
            var submitted = await workflow.SubmitAsync(started.Value, representative.Id, ct);
            Ensure(submitted, "submit offer");
            return (started.Value, submitted.Value!.ConfirmationNumber);
        });

    /// <summary>Saves the named sections of <paramref name="content"/> and submits again (a correction after a
    /// formal review asked for one, or a new revision before the deadline).</summary>
    public Task<string> ResubmitAsync(Guid offerId, DemoPerson representative, OfferContent content, IReadOnlyCollection<OfferSectionKey> sections, DateTimeOffset at, CancellationToken ct)
        => AtAsync(at, new Actor(representative.Id, representative.Name), async (sp, clock) =>
        {
            var rulesSource = Create<CompetitionOfferRules>(sp, clock);
            var workflow = Create<OfferWorkflow>(sp, clock, rulesSource);
            await SaveSectionsAsync(sp, workflow, rulesSource, offerId, content, sections, representative, ct);
            var submitted = await workflow.SubmitAsync(offerId, representative.Id, ct);
            Ensure(submitted, "resubmit offer");
            return submitted.Value!.ConfirmationNumber;
        });

    private static async Task SaveSectionsAsync(IServiceProvider sp, OfferWorkflow workflow, IOfferRulesSource rulesSource, Guid offerId, OfferContent content,
        IEnumerable<OfferSectionKey> keys, DemoPerson person, CancellationToken ct)
    {
        var offer = await sp.GetRequiredService<GrantsDb>().Offers.AsNoTracking().FirstAsync(o => o.Id == offerId, ct);
        var rules = await rulesSource.GetAsync(offer.CompetitionId, offer.TaskId, ct) ?? throw new InvalidOperationException("Demo story: the offer's task is unknown.");
        var (_, sections) = await workflow.LoadAsync(offerId, ct);
        foreach (var key in keys.Where(k => k != OfferSectionKey.Basic))
        {
            var version = sections.TryGetValue(key, out var row) ? row.Version : 0;
            var saved = await workflow.SaveSectionAsync(offer, rules, key, content.Get(key), version, person.Id, ct);
            if (saved.Errors.Count > 0) throw new InvalidOperationException($"Demo story, section {key}: " + string.Join(", ", saved.Errors.Select(e => e.Code)));
        }
    }

    /// <summary>Closes the offer period as the scheduled job does when the deadline passes (as the system).</summary>
    public Task<bool> CloseOfferPeriodAsync(Guid competitionId, DateTimeOffset at, CancellationToken ct)
        => AtAsync(at, Actor.System, (sp, _) => OfferDeadlineJob.CloseAsync(sp.GetRequiredService<GrantsDb>(), sp.GetRequiredService<IAuditLog>(), competitionId, at, ct));

    /// <summary>Records the official's formal review of the offer's latest revision: <paramref name="unmet"/> are the
    /// (0-based) checklist items not met, the rest met.</summary>
    public Task<bool> ReviewAsync(Guid competitionId, Guid offerId, DemoPerson official, FormalOutcome outcome, IReadOnlyCollection<int> unmet, string? reasons,
        IReadOnlyCollection<OfferSectionKey> sections, DateTimeOffset at, CancellationToken ct)
        => AtAsync(at, new Actor(official.Id, official.Name), async (sp, clock) =>
        {
            var service = Create<FormalCheckService>(sp, clock);
            var (_, competition) = await sp.GetRequiredService<CompetitionAccess>().LoadAsync(competitionId, official.Principal(), ct);
            var detail = await service.FindAsync(competitionId, offerId, ct) ?? throw new InvalidOperationException("Demo story: the offer is not submitted.");
            var items = competition!.ChecklistItems.OrderBy(i => i.Order).Select((item, index) => (item.Id, Met: (bool?)!unmet.Contains(index))).ToDictionary(x => x.Id, x => x.Met);
            Ensure(await service.RecordAsync(competition, detail, new FormalReviewInput(items, outcome, reasons, sections), null, ct), "formal review");
            return true;
        });

    /// <summary>Loads the competition as the office pages do (through <see cref="CompetitionAccess"/>, tracked); a person
    /// who may not manage it is a bug of the demo.</summary>
    private static async Task<Competition> ManagedAsync(IServiceProvider sp, Guid competitionId, DemoPerson official, CancellationToken ct)
    {
        var (outcome, competition) = await sp.GetRequiredService<CompetitionAccess>().LoadAsync(competitionId, official.Principal(), ct);
        return outcome == CompetitionAccess.Outcome.Found ? competition! : throw new InvalidOperationException($"Demo story: {official.Name} may not manage the competition ({outcome}).");
    }

    /// <summary>The member's own membership and the competition, as the members' pages find them (<c>MemberAccess</c>).</summary>
    private static async Task<(Competition Competition, CommitteeMember Member)> MembershipAsync(CommitteeService committee, Guid competitionId, DemoPerson member, CancellationToken ct)
    {
        var competition = await committee.CompetitionAsync(competitionId, ct) ?? throw new InvalidOperationException("Demo story: the competition is unknown.");
        var membership = await committee.MembershipAsync(competitionId, member.Id, ct) ?? throw new InvalidOperationException($"Demo story: {member.Name} does not sit on the committee.");
        return (competition, membership);
    }

    /// <summary>Appoints the person with the e-mail address to the committee as the official does on the composition page
    /// (the first voting member appointed becomes the chair); a nominee names the nominating organisation by its KRS number.</summary>
    public Task<bool> AppointAsync(Guid competitionId, DemoPerson official, string email, MemberKind kind, string? nominatingKrs, string portalUrl, DateTimeOffset at, CancellationToken ct)
        => AtAsync(at, new Actor(official.Id, official.Name), async (sp, clock) =>
        {
            var competition = await ManagedAsync(sp, competitionId, official, ct);
            Ensure(await Create<CommitteeService>(sp, clock).AppointAsync(competition, email, kind, nominatingKrs, portalUrl, ct), "appoint " + email);
            return true;
        });

    /// <summary>Ends the formal check and hands the accepted offers to the committee.</summary>
    public Task<bool> StartEvaluationAsync(Guid competitionId, DemoPerson official, DateTimeOffset at, CancellationToken ct)
        => AtAsync(at, new Actor(official.Id, official.Name), async (sp, clock) =>
        {
            var competition = await ManagedAsync(sp, competitionId, official, ct);
            Ensure(await Create<CommitteeService>(sp, clock).StartEvaluationAsync(competition, ct), "start evaluation");
            return true;
        });

    /// <summary>The member signs the impartiality declaration, declaring conflicts with the given offerors (organisation ids).</summary>
    public Task<bool> DeclareAsync(Guid competitionId, DemoPerson member, IReadOnlyCollection<Guid> conflicts, DateTimeOffset at, CancellationToken ct)
        => AtAsync(at, new Actor(member.Id, member.Name), async (sp, clock) =>
        {
            var committee = Create<CommitteeService>(sp, clock);
            var (competition, membership) = await MembershipAsync(committee, competitionId, member, ct);
            Ensure(await committee.DeclareAsync(competition, membership, conflicts, ct), "declaration of " + member.Name);
            return true;
        });

    /// <summary>The member opens the offer (written to the audit log, as the offer page does on every opening) and saves
    /// the scores: one (points, justification) per criterion, in the announcement's order.</summary>
    public Task<bool> ScoreAsync(Guid competitionId, Guid offerId, DemoPerson member, IReadOnlyList<(decimal Points, string Justification)> scores, DateTimeOffset at, CancellationToken ct)
        => AtAsync(at, new Actor(member.Id, member.Name), async (sp, clock) =>
        {
            var committee = Create<CommitteeService>(sp, clock);
            var (competition, membership) = await MembershipAsync(committee, competitionId, member, ct);
            var detail = await committee.AcceptedOfferAsync(competitionId, offerId, ct) ?? throw new InvalidOperationException("Demo story: the offer was not accepted.");
            if (membership.MayOpen(detail.OfferorIds) != OfferOpening.Allowed) throw new InvalidOperationException($"Demo story: {member.Name} may not open the offer.");
            await committee.RecordOpeningAsync(membership, detail, ct);
            var criteria = competition.Criteria.OrderBy(c => c.Order).ToList();
            if (criteria.Count != scores.Count) throw new InvalidOperationException("Demo story: one score per criterion.");
            var inputs = criteria.Select((c, i) => new ScoreInput(c.Id, scores[i].Points, scores[i].Justification)).ToList();
            Ensure(await committee.SaveScoresAsync(competition, membership, detail, inputs, new Dictionary<Guid, int>(), ct), "scores of " + member.Name);
            return true;
        });

    /// <summary>The chair (here an official of the department) proposes amounts for offers of one task on the sheet.</summary>
    public Task<bool> ProposeAsync(Guid competitionId, DemoPerson official, Guid taskId, IReadOnlyList<(Guid OfferId, decimal? Amount)> amounts, DateTimeOffset at, CancellationToken ct)
        => AtAsync(at, new Actor(official.Id, official.Name), async (sp, clock) =>
        {
            var competition = await ManagedAsync(sp, competitionId, official, ct);
            Ensure(await Create<CommitteeService>(sp, clock).SaveProposalsAsync(competition, taskId, amounts, ct), "proposed amounts");
            return true;
        });

    /// <summary>Records the committee's meeting (the people present named by their accounts) and closes it.</summary>
    public Task<bool> CloseMeetingAsync(Guid competitionId, DemoPerson official, DemoMeeting meeting, DateTimeOffset at, CancellationToken ct)
        => AtAsync(at, new Actor(official.Id, official.Name), async (sp, clock) =>
        {
            var committee = Create<CommitteeService>(sp, clock);
            var competition = await ManagedAsync(sp, competitionId, official, ct);
            var present = (await committee.MembersAsync(competitionId, ct)).Where(m => meeting.Present.Contains(m.UserId)).Select(m => m.Id).ToList();
            Ensure(await committee.RecordMeetingAsync(competition, meeting.HeldOn, meeting.Place, present, meeting.VotesFor, meeting.VotesAgainst, meeting.VotesAbstaining,
                meeting.Remarks, null, close: true, ct), "meeting");
            return true;
        });

    /// <summary>Records the organ's decision as the official does on the decision page.</summary>
    public Task<bool> DecideAsync(Guid competitionId, DemoPerson official, DecisionInput input, DateTimeOffset at, CancellationToken ct)
        => AtAsync(at, new Actor(official.Id, official.Name), async (sp, clock) =>
        {
            var competition = await ManagedAsync(sp, competitionId, official, ct);
            Ensure(await Create<ResultsService>(sp, clock).RecordAsync(competition, input, null, ct), "decision");
            return true;
        });

    /// <summary>Publishes the results (register entry, events and e-mails to the offerors' representatives, through the outbox).</summary>
    public Task<bool> PublishResultsAsync(Guid competitionId, DemoPerson official, string portalUrl, DateTimeOffset at, CancellationToken ct)
        => AtAsync(at, new Actor(official.Id, official.Name), async (sp, clock) =>
        {
            var competition = await ManagedAsync(sp, competitionId, official, ct);
            Ensure(await Create<ResultsService>(sp, clock).PublishAsync(competition, null, portalUrl, ct), "publish results");
            return true;
        });
}
