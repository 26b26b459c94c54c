using Civitas.Grants.Data;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.FormalCheck;
using Civitas.Grants.Domain.Offers;
using Civitas.Grants.Pages.Grants.Committee;
using Civitas.Grants.Resources;
using Civitas.Organisations.Contracts;
using Civitas.Platform;
using Civitas.Platform.Audit;
using Civitas.Platform.Identity;
using Civitas.Platform.Localization;
using Civitas.Platform.Mail;
using Civitas.Platform.Outbox;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;

namespace Civitas.Grants.Domain.Committee;

/// <summary>
/// The committee of a competition: composition, declarations, scores, proposed amounts, the meeting and the
/// start of the evaluation. Callers check who may do what first (office pages load the competition through
/// <c>CompetitionAccess</c>; members' pages find the caller's own membership); this class keeps the rules.
/// </summary>
internal sealed class CommitteeService(GrantsDb db, IAuditLog audit, IActorContext actor, TimeProvider clock,
    IOrganisationDirectory organisations, UserManager<User> users, IMemoryCache cache, IOutbox outbox, IStringLocalizer<CommitteeText> text) : ICommitteeProposals
{
    /// <summary>How long a closed meeting's sheet stays in memory after it was last read.</summary>
    private static readonly TimeSpan FrozenSheetKept = TimeSpan.FromMinutes(10);

    public Task<List<CommitteeMember>> MembersAsync(Guid competitionId, CancellationToken ct)
        => db.CommitteeMembers.Where(m => m.CompetitionId == competitionId).OrderByDescending(m => m.IsChair).ThenBy(m => m.AddedAt).ToListAsync(ct);

    /// <summary>The caller's membership of this competition's committee, tracked, or null.</summary>
    public Task<CommitteeMember?> MembershipAsync(Guid competitionId, Guid userId, CancellationToken ct)
        => db.CommitteeMembers.FirstOrDefaultAsync(m => m.CompetitionId == competitionId && m.UserId == userId, ct);

    /// <summary>The competition with its tasks and criteria, read-only (members' pages).</summary>
    public Task<Competition?> CompetitionAsync(Guid competitionId, CancellationToken ct)
        => db.Competitions.AsNoTracking().AsSplitQuery().Include(c => c.Tasks).Include(c => c.Criteria).FirstOrDefaultAsync(c => c.Id == competitionId, ct);

    /// <summary>Offers whose latest submitted revision passed the formal check.</summary>
    public Task<List<AcceptedOffer>> AcceptedOffersAsync(Guid competitionId, CancellationToken ct)
        => AcceptedOffersAsync(AcceptedQuery(competitionId), ct);

    /// <summary>The accepted offers of one task of the competition.</summary>
    public Task<List<AcceptedOffer>> AcceptedOffersAsync(Guid competitionId, Guid taskId, CancellationToken ct)
        => AcceptedOffersAsync(AcceptedQuery(competitionId).Where(x => x.Offer.TaskId == taskId), ct);

    private static Task<List<AcceptedOffer>> AcceptedOffersAsync(IQueryable<AcceptedRow> query, CancellationToken ct)
        => query.OrderBy(x => x.Submission.ConfirmationNumber)
            .Select(x => new AcceptedOffer(x.Offer.Id, x.Offer.TaskId, x.Submission.Revision, x.Submission.ConfirmationNumber, x.Submission.RequestedGrant))
            .ToListAsync(ct);

    private IQueryable<AcceptedRow> AcceptedQuery(Guid competitionId)
        => from o in db.Offers.AsNoTracking()
           where o.CompetitionId == competitionId && o.Status == OfferStatus.Submitted
           join s in db.OfferSubmissions.AsNoTracking() on new { o.Id, R = o.LatestRevision } equals new { Id = s.OfferId, R = s.Revision }
           join r in db.FormalReviews.AsNoTracking() on new { o.Id, R = o.LatestRevision } equals new { Id = r.OfferId, R = r.Revision }
           where r.Outcome == FormalOutcome.Accepted
           select new AcceptedRow { Offer = o, Submission = s };

    /// <summary>An accepted offer and its latest submission, as a composable query row.</summary>
    private sealed class AcceptedRow
    {
        public Offer Offer { get; init; } = default!;
        public OfferSubmission Submission { get; init; } = default!;
    }

    /// <summary>One accepted offer with its latest submission, or null (not in this competition, not accepted).</summary>
    public async Task<CommitteeOfferDetail?> AcceptedOfferAsync(Guid competitionId, Guid offerId, CancellationToken ct)
    {
        var row = await (from o in db.Offers.AsNoTracking()
                         where o.Id == offerId && o.CompetitionId == competitionId && o.Status == OfferStatus.Submitted
                         join s in db.OfferSubmissions.AsNoTracking() on new { o.Id, R = o.LatestRevision } equals new { Id = s.OfferId, R = s.Revision }
                         join r in db.FormalReviews.AsNoTracking() on new { o.Id, R = o.LatestRevision } equals new { Id = r.OfferId, R = r.Revision }
                         where r.Outcome == FormalOutcome.Accepted
                         select new { o.TaskId, Submission = s }).FirstOrDefaultAsync(ct);
        if (row is null) return null;
        var sub = row.Submission;
        return new CommitteeOfferDetail(new AcceptedOffer(offerId, row.TaskId, sub.Revision, sub.ConfirmationNumber, sub.RequestedGrant), sub, sub.Snapshot());
    }

    /// <summary>Every organisation with a submitted offer (lead or partner), from the submission snapshots.</summary>
    public async Task<IReadOnlyList<Participant>> ParticipantsAsync(Guid competitionId, CancellationToken ct)
    {
        var snapshots = await (from o in db.Offers.AsNoTracking()
                               where o.CompetitionId == competitionId && o.Status == OfferStatus.Submitted
                               join s in db.OfferSubmissions.AsNoTracking() on new { o.Id, R = o.LatestRevision } equals new { Id = s.OfferId, R = s.Revision }
                               select s.SnapshotJson).ToListAsync(ct);
        return snapshots.SelectMany(j => OfferJson.Read<OfferSnapshot>(j).Offerors)
            .GroupBy(o => o.Id).Select(g => new Participant(g.Key, g.First().Name))
            .OrderBy(p => p.Name, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>The offerors of the given offers (lead first), read from their latest submissions' snapshots.</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<OfferorSnapshot>>> OfferorsAsync(IReadOnlyCollection<Guid> offerIds, CancellationToken ct)
    {
        var keys = offerIds.ToList();
        var rows = await (from o in db.Offers.AsNoTracking()
                          where keys.Contains(o.Id)
                          join s in db.OfferSubmissions.AsNoTracking() on new { o.Id, R = o.LatestRevision } equals new { Id = s.OfferId, R = s.Revision }
                          select new { o.Id, s.SnapshotJson }).ToListAsync(ct);
        // Only the offerors are read: the rest of each snapshot (costs, schedule, texts) is skipped, not built.
        return rows.ToDictionary(r => r.Id, r => OfferJson.Read<SnapshotOfferors>(r.SnapshotJson).Offerors ?? []);
    }

    /// <summary>The offerors of the sheet's shown offers. Once the evaluation has started each accepted offer's latest
    /// submission is final (see <see cref="SettledAcceptedOffersAsync"/>) and a submission never changes, so each
    /// offer's offerors are read from its snapshot once and kept; before that they are read every time.</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<OfferorSnapshot>>> SheetOfferorsAsync(Competition competition, IReadOnlyCollection<Guid> offerIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(competition);
        ArgumentNullException.ThrowIfNull(offerIds);
        var settled = IsSettled(competition);
        static string Key(Guid tenant, Guid offer) => $"grants:sheet-offerors:{tenant}:{offer}";
        var found = new Dictionary<Guid, IReadOnlyList<OfferorSnapshot>>();
        var missing = new List<Guid>();
        foreach (var id in offerIds)
        {
            if (settled && cache.TryGetValue(Key(competition.TenantId, id), out IReadOnlyList<OfferorSnapshot>? kept) && kept is not null) found[id] = kept;
            else missing.Add(id);
        }
        if (missing.Count == 0) return found;
        foreach (var (id, offerors) in await OfferorsAsync(missing, ct))
        {
            found[id] = offerors;
            if (settled) cache.Set(Key(competition.TenantId, id), offerors, new MemoryCacheEntryOptions { SlidingExpiration = FrozenSheetKept });
        }
        return found;
    }

    /// <summary>The offerors part of an <see cref="OfferSnapshot"/>.</summary>
    private sealed record SnapshotOfferors(IReadOnlyList<OfferorSnapshot>? Offerors);

    /// <summary>Submitted offers whose formal check is not final (no verdict on the latest revision, or a correction request).</summary>
    public Task<List<PendingFormalOffer>> PendingFormalAsync(Guid competitionId, CancellationToken ct)
        => (from o in db.Offers.AsNoTracking()
            where o.CompetitionId == competitionId && o.Status == OfferStatus.Submitted
            join s in db.OfferSubmissions.AsNoTracking() on new { o.Id, R = o.LatestRevision } equals new { Id = s.OfferId, R = s.Revision }
            join r in db.FormalReviews.AsNoTracking() on new { o.Id, R = o.LatestRevision } equals new { Id = r.OfferId, R = r.Revision } into rs
            from r in rs.DefaultIfEmpty()
            where r == null || r.Outcome == FormalOutcome.CorrectionRequested
            orderby s.ConfirmationNumber
            select new PendingFormalOffer(o.Id, s.ConfirmationNumber, r != null, r != null ? r.CorrectionLastDay : null)).ToListAsync(ct);

    /// <summary>Appoints the person with the e-mail address <paramref name="email"/>; a nominee names the nominating organisation by KRS number or profile address.
    /// The person is told by e-mail (links under <paramref name="portalUrl"/>), in the same transaction as the appointment.</summary>
    public async Task<Result> AppointAsync(Competition competition, string? email, MemberKind? kind, string? nominatingOrganisation, string portalUrl, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(competition);
        if (!MayChangeComposition(competition) || await IsClosedAsync(competition.Id, ct)) return Result.Fail(new Error("Committee.CompositionClosed"));
        var errors = new List<Error>();
        User? user = null;
        if (string.IsNullOrWhiteSpace(email)) errors.Add(new("Committee.EmailRequired", "Email"));
        else
        {
            user = await users.FindByEmailAsync(email.Trim());
            if (user is null || !user.EmailConfirmed) errors.Add(new("Committee.UserNotFound", "Email", email.Trim()));
        }
        if (kind is null) errors.Add(new("Committee.KindRequired", "Kind"));
        Guid? orgId = null;
        string? orgName = null;
        if (kind == MemberKind.NominatedByOrganisation && !string.IsNullOrWhiteSpace(nominatingOrganisation))
        {
            orgId = await organisations.FindAsync(nominatingOrganisation.Trim(), ct);
            if (orgId is null) errors.Add(new("Committee.OrganisationNotFound", "NominatingOrganisation", nominatingOrganisation.Trim()));
            else orgName = (await organisations.GetAsync([orgId.Value], ct)).GetValueOrDefault(orgId.Value)?.Name;
        }
        if (errors.Count > 0) return Result.From(errors);
        var members = await MembersAsync(competition.Id, ct);
        var participants = (await ParticipantsAsync(competition.Id, ct)).Select(p => p.OrganisationId).ToHashSet();
        var appointed = CommitteeMember.Appoint(competition.Id, user!.Id, string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? "" : user.DisplayName,
            kind!.Value, orgId, orgName, participants, members, clock.GetUtcNow());
        if (!appointed.Succeeded) return appointed;
        var member = appointed.Value!;
        // The first voting member becomes the chair until the official names another.
        if (member.Votes && !members.Any(m => m.IsChair)) CommitteeMember.SetChair([.. members, member], member.Id);
        db.CommitteeMembers.Add(member);
        outbox.Add(db, AppointmentMail(competition, user, member, portalUrl.TrimEnd('/')));
        return await SaveAsync(ct);
    }

    // The appointed person signs the impartiality declaration before seeing any offer (art. 15 ust. 2f UDPP with
    // art. 24 KPA), so the message says so and links to the committee's page. Polish is the language of the
    // proceedings; a reader who chose English gets English first, with the Polish text below.
    private EmailRequested AppointmentMail(Competition competition, User user, CommitteeMember member, string portal)
    {
        var by = actor.Current.Name;
        string Body(string culture) => CivitasCultures.In(culture, () => text["Mail.Appointed.Body", by, competition.Number, competition.Title,
            text["Kind." + member.Kind].Value, $"{portal}{CommitteeUrls.Competition(competition.Id)}", $"{portal}{CommitteeUrls.Mine}"].Value.Replace("\\n", "\n", StringComparison.Ordinal));
        var english = user.PreferredCulture == CivitasCultures.English;
        var subject = CivitasCultures.In(english ? CivitasCultures.English : CivitasCultures.Polish, () => text["Mail.Appointed.Subject", competition.Number].Value);
        var body = english ? Body(CivitasCultures.English) + "\n\n---\n\n" + Body(CivitasCultures.Polish) : Body(CivitasCultures.Polish);
        return new EmailRequested(user.Email!, subject, body);
    }

    /// <summary>Removes a member who has not scored anything yet, before the meeting is closed.</summary>
    public async Task<Result> RemoveAsync(Competition competition, Guid memberId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(competition);
        if (!MayChangeComposition(competition) || await IsClosedAsync(competition.Id, ct)) return Result.Fail(new Error("Committee.CompositionClosed"));
        var member = await db.CommitteeMembers.FirstOrDefaultAsync(m => m.Id == memberId && m.CompetitionId == competition.Id, ct);
        if (member is null) return Result.Fail(new Error("Committee.MemberUnknown"));
        if (await db.CommitteeScores.AnyAsync(s => s.MemberId == memberId, ct)) return Result.Fail(new Error("Committee.MemberHasScores"));
        if (member.IsChair) return Result.Fail(new Error("Committee.ChairCannotBeRemoved"));
        db.CommitteeMembers.Remove(member);
        return await SaveAsync(ct);
    }

    public async Task<Result> SetChairAsync(Competition competition, Guid memberId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(competition);
        if (!MayChangeComposition(competition) || await IsClosedAsync(competition.Id, ct)) return Result.Fail(new Error("Committee.CompositionClosed"));
        var members = await MembersAsync(competition.Id, ct);
        var set = CommitteeMember.SetChair(members, memberId);
        return set.Succeeded ? await SaveAsync(ct) : set;
    }

    /// <summary>Signs the declaration or adds conflicts. Only once the offers are known (after the offer deadline).
    /// A conflict declared after scoring removes the member's scores of the offers concerned.</summary>
    public async Task<Result> DeclareAsync(Competition competition, CommitteeMember member, IReadOnlyCollection<Guid> conflicts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(competition);
        ArgumentNullException.ThrowIfNull(member);
        if (!OffersKnown(competition)) return Result.Fail(new Error("Committee.OffersNotKnownYet"));
        // Scores of a closed meeting are the protocol's; a late conflict must not silently rewrite them.
        if (await IsClosedAsync(competition.Id, ct)) return Result.Fail(new Error("Committee.MeetingClosed"));
        var participants = (await ParticipantsAsync(competition.Id, ct)).Select(p => p.OrganisationId).ToHashSet();
        var declared = member.Declare(conflicts, participants, clock.GetUtcNow());
        if (!declared.Succeeded) return declared;
        var conflicted = member.Conflicts;
        if (conflicted.Count > 0)
        {
            var accepted = await AcceptedOffersAsync(competition.Id, ct);
            var offerors = await OfferorsAsync(accepted.Select(o => o.OfferId).ToList(), ct);
            var affected = offerors.Where(kv => kv.Value.Any(o => conflicted.Contains(o.Id))).Select(kv => kv.Key).ToList();
            var stale = await db.CommitteeScores.Where(s => s.MemberId == member.Id && affected.Contains(s.OfferId)).ToListAsync(ct);
            db.CommitteeScores.RemoveRange(stale);
        }
        return await SaveAsync(ct);
    }

    /// <summary>Writes the opening of an offer by a member to the audit log (every opening, not only the first).</summary>
    public async Task RecordOpeningAsync(CommitteeMember member, CommitteeOfferDetail offer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(offer);
        audit.Record(db, "OfferOpened", nameof(Offer), offer.Offer.OfferId.ToString(),
            new { member.CompetitionId, MemberId = member.Id, offer.Offer.Revision, offer.Offer.ConfirmationNumber });
        await db.SaveChangesAsync(ct);
    }

    public Task<List<CommitteeScore>> ScoresAsync(Guid memberId, Guid offerId, CancellationToken ct)
        => db.CommitteeScores.AsNoTracking().Where(s => s.MemberId == memberId && s.OfferId == offerId).ToListAsync(ct);

    /// <summary>How many accepted offers the member has scored in full (every criterion).</summary>
    public async Task<IReadOnlySet<Guid>> ScoredOffersAsync(Guid memberId, int criteria, CancellationToken ct)
    {
        var counts = await db.CommitteeScores.AsNoTracking().Where(s => s.MemberId == memberId)
            .GroupBy(s => s.OfferId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return counts.Where(c => c.Count >= criteria).Select(c => c.Key).ToHashSet();
    }

    /// <summary>Saves the member's scores of one offer. <paramref name="versions"/> are the versions of the member's
    /// scores the form was built from (criterion id → version); a change made meanwhile (another tab) is a conflict.</summary>
    public async Task<Result> SaveScoresAsync(Competition competition, CommitteeMember member, CommitteeOfferDetail offer,
        IReadOnlyList<ScoreInput> inputs, IReadOnlyDictionary<Guid, int> versions, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(competition);
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(versions);
        if (competition.Status != CompetitionStatus.Evaluation) return Result.Fail(new Error("Committee.NotInEvaluation"));
        if (await IsClosedAsync(competition.Id, ct)) return Result.Fail(new Error("Committee.MeetingClosed"));
        if (member.MayOpen(offer.OfferorIds) != OfferOpening.Allowed) return Result.Fail(new Error("Committee.MayNotScore"));
        var criteria = competition.Criteria.OrderBy(c => c.Order).ToList();
        var errors = ScoreRules.Check(criteria, inputs);
        if (errors.Count > 0) return Result.From(errors);
        var existing = await db.CommitteeScores.Where(s => s.MemberId == member.Id && s.OfferId == offer.Offer.OfferId).ToListAsync(ct);
        foreach (var score in existing)
        {
            if (!versions.TryGetValue(score.CriterionId, out var v) || v != score.Version) return Result.Fail(new Error("Committee.ScoresChangedMeanwhile"));
        }
        if (versions.Count > existing.Count) return Result.Fail(new Error("Committee.ScoresChangedMeanwhile"));
        var now = clock.GetUtcNow();
        foreach (var input in inputs)
        {
            var points = input.Points!.Value;
            var justification = input.Justification!.Trim();
            var score = existing.FirstOrDefault(s => s.CriterionId == input.CriterionId);
            if (score is null) db.CommitteeScores.Add(new CommitteeScore(competition.Id, offer.Offer.TaskId, offer.Offer.OfferId, member.Id, input.CriterionId, points, justification, now));
            else score.Change(points, justification, now);
        }
        return await SaveAsync(ct, "Committee.ScoresChangedMeanwhile");
    }

    /// <summary>The sheet of the whole competition (the protocol shows every task).</summary>
    public async Task<IReadOnlyList<TaskSheet>> SheetAsync(Competition competition, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(competition);
        return await SheetAsync(competition, competition.Tasks, null, await AcceptedOffersAsync(competition.Id, ct), ct);
    }

    /// <summary>The sheet of one task: the ranking is per task, so a page showing one task needs no other's scores.</summary>
    public async Task<TaskSheet?> TaskSheetAsync(Competition competition, Guid taskId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(competition);
        var task = competition.Tasks.FirstOrDefault(t => t.Id == taskId);
        if (task is null) return null;
        var offers = (await SettledAcceptedOffersAsync(competition, ct)).Where(o => o.TaskId == taskId).ToList();
        var sheet = await SheetAsync(competition, [task], taskId, offers, ct);
        return sheet[0];
    }

    /// <summary>
    /// The accepted offers. Once the evaluation has started they cannot change any more — the formal check is over
    /// (<see cref="FormalReview"/> refuses outside it), no correction is open (the evaluation starts only when every
    /// offer has a final outcome) and nothing is submitted after the deadline — so they are read once per competition
    /// and kept in memory while the committee works; before that, every call reads them.
    /// </summary>
    private async Task<IReadOnlyList<AcceptedOffer>> SettledAcceptedOffersAsync(Competition competition, CancellationToken ct)
    {
        if (!IsSettled(competition)) return await AcceptedOffersAsync(competition.Id, ct);
        var key = $"grants:accepted-offers:{competition.TenantId}:{competition.Id}";
        if (cache.TryGetValue(key, out IReadOnlyList<AcceptedOffer>? kept) && kept is not null) return kept;
        IReadOnlyList<AcceptedOffer> read = await AcceptedOffersAsync(competition.Id, ct);
        cache.Set(key, read, new MemoryCacheEntryOptions { SlidingExpiration = FrozenSheetKept });
        return read;
    }

    /// <summary>From the start of the evaluation on, which accepted offers there are and what they were submitted as
    /// cannot change any more (see <see cref="SettledAcceptedOffersAsync"/>).</summary>
    private static bool IsSettled(Competition competition)
        => competition.Status is CompetitionStatus.Evaluation or CompetitionStatus.Decided or CompetitionStatus.ResultsPublished;

    /// <summary>
    /// What the sheet page shows: every task's number of accepted offers and one task's sheet. Once the meeting is
    /// closed nothing on the sheet can change (scores, proposals and the composition are refused from then on, and a
    /// closed meeting is never reopened), so that sheet is computed once and kept in memory while it is being read —
    /// officials preparing the decision, the chair and auditors read it many times. The key holds the competition's
    /// version, so a change of the competition itself (its tasks' funds) is never served from an older copy.
    /// </summary>
    public async Task<(IReadOnlyDictionary<Guid, int> Counts, TaskSheet? Sheet)> SheetViewAsync(Competition competition, Guid taskId, bool meetingClosed, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(competition);
        if (!meetingClosed) return await ComputeViewAsync();
        var key = $"grants:frozen-sheet:{competition.TenantId}:{competition.Id}:{competition.Version}:{taskId}";
        if (cache.TryGetValue(key, out (IReadOnlyDictionary<Guid, int>, TaskSheet?) kept)) return kept;
        var view = await ComputeViewAsync();
        cache.Set(key, view, new MemoryCacheEntryOptions { SlidingExpiration = FrozenSheetKept });
        return view;

        async Task<(IReadOnlyDictionary<Guid, int>, TaskSheet?)> ComputeViewAsync()
        {
            var counts = (await SettledAcceptedOffersAsync(competition, ct)).GroupBy(o => o.TaskId).ToDictionary(g => g.Key, g => g.Count());
            return (counts, await TaskSheetAsync(competition, taskId, ct));
        }
    }

    private async Task<IReadOnlyList<TaskSheet>> SheetAsync(Competition competition, IEnumerable<CompetitionTask> tasks, Guid? taskId,
        IReadOnlyList<AcceptedOffer> offers, CancellationToken ct)
    {
        var experts = await db.CommitteeMembers.AsNoTracking().Where(m => m.CompetitionId == competition.Id && m.Kind == MemberKind.Expert)
            .Select(m => m.Id).ToListAsync(ct);
        var sums = await SumsAsync(competition.Id, taskId, experts, ct);
        var proposals = await ProposedAmountsAsync(competition.Id, ct);
        return EvaluationSheet.Build(
            competition.Criteria.OrderBy(c => c.Order).Select(c => new SheetCriterion(c.Id, c.Name, c.MaxPoints, c.MinPoints)).ToList(),
            tasks.OrderBy(t => t.Order).Select(t => new SheetTask(t.Id, t.Title, t.Funds)).ToList(),
            offers.Select(o => new SheetOffer(o.OfferId, o.TaskId, o.ConfirmationNumber, o.RequestedGrant)).ToList(),
            sums, proposals);
    }

    /// <summary>
    /// Sum and count of the points per offer and criterion (of one task's offers, or all), of the voting members and
    /// of the experts apart, in one grouped query over the sheet's covering index (the members' kind is known
    /// beforehand, so no join; only offers that passed the formal check are ever scored). The sum is taken as a double
    /// because SQLite keeps decimals as text and would otherwise add them through a .NET callback per row; it is exact
    /// after rounding to tenths, since every score has at most one decimal place (<see cref="ScoreRules"/>) and a
    /// double's error over a few thousand such terms is far below 0.05.
    /// </summary>
    private async Task<List<ScoreAggregate>> SumsAsync(Guid competitionId, Guid? taskId, List<Guid> experts, CancellationToken ct)
    {
        var scores = db.CommitteeScores.AsNoTracking().Where(s => s.CompetitionId == competitionId);
        if (taskId is { } task) scores = scores.Where(s => s.TaskId == task);
        var rows = await scores.GroupBy(s => new { s.OfferId, s.CriterionId })
            .Select(g => new
            {
                g.Key.OfferId,
                g.Key.CriterionId,
                VotingSum = g.Sum(s => experts.Contains(s.MemberId) ? 0.0 : (double)s.Points),
                VotingCount = g.Count(s => !experts.Contains(s.MemberId)),
                ExpertSum = g.Sum(s => experts.Contains(s.MemberId) ? (double)s.Points : 0.0),
                ExpertCount = g.Count(s => experts.Contains(s.MemberId)),
            }).ToListAsync(ct);
        var result = new List<ScoreAggregate>(rows.Count * 2);
        foreach (var r in rows)
        {
            if (r.VotingCount > 0) result.Add(new ScoreAggregate(r.OfferId, r.CriterionId, false, EvaluationSheet.SumOfTenths(r.VotingSum), r.VotingCount));
            if (r.ExpertCount > 0) result.Add(new ScoreAggregate(r.OfferId, r.CriterionId, true, EvaluationSheet.SumOfTenths(r.ExpertSum), r.ExpertCount));
        }
        return result;
    }

    public async Task<IReadOnlyDictionary<Guid, decimal>> ProposedAmountsAsync(Guid competitionId, CancellationToken ct)
        => await db.ProposedAmounts.AsNoTracking().Where(p => p.CompetitionId == competitionId).ToDictionaryAsync(p => p.OfferId, p => p.Amount, ct);

    /// <summary>Saves the proposed amounts of one task (offer id → amount; null clears a proposal). Every amount is checked
    /// against the offer's requested grant and the task's proposals together against its funds.</summary>
    public async Task<Result> SaveProposalsAsync(Competition competition, Guid taskId, IReadOnlyList<(Guid OfferId, decimal? Amount)> amounts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(competition);
        ArgumentNullException.ThrowIfNull(amounts);
        if (competition.Status != CompetitionStatus.Evaluation) return Result.Fail(new Error("Committee.NotInEvaluation"));
        if (await IsClosedAsync(competition.Id, ct)) return Result.Fail(new Error("Committee.MeetingClosed"));
        var task = competition.Tasks.FirstOrDefault(t => t.Id == taskId);
        if (task is null) return Result.Fail(new Error("Committee.TaskUnknown"));
        var offers = (await AcceptedOffersAsync(competition.Id, ct)).Where(o => o.TaskId == taskId).ToDictionary(o => o.OfferId);
        var existing = await db.ProposedAmounts.Where(p => p.CompetitionId == competition.Id).ToListAsync(ct);
        var inTask = existing.Where(p => offers.ContainsKey(p.OfferId)).ToDictionary(p => p.OfferId);
        var wanted = inTask.ToDictionary(kv => kv.Key, kv => (decimal?)kv.Value.Amount);
        foreach (var (offerId, amount) in amounts)
        {
            if (!offers.ContainsKey(offerId)) return Result.Fail(new Error("Committee.OfferUnknown"));
            wanted[offerId] = amount;
        }
        var errors = new List<Error>();
        for (var i = 0; i < amounts.Count; i++)
        {
            var (offerId, amount) = amounts[i];
            if (amount is not { } a) continue;
            var others = wanted.Where(kv => kv.Key != offerId && kv.Value is not null).Sum(kv => kv.Value!.Value);
            errors.AddRange(ScoreRules.CheckProposal(a, offers[offerId].RequestedGrant, others, task.Funds, $"Amounts[{i}].Amount"));
        }
        if (errors.Count > 0) return Result.From(errors);
        var by = actor.Current.UserId ?? Guid.Empty;
        var now = clock.GetUtcNow();
        foreach (var (offerId, amount) in wanted)
        {
            inTask.TryGetValue(offerId, out var row);
            if (amount is { } a)
            {
                if (row is null) db.ProposedAmounts.Add(new ProposedAmount(competition.Id, offerId, a, by, now));
                else row.Change(a, by, now);
            }
            else if (row is not null) db.ProposedAmounts.Remove(row);
        }
        return await SaveAsync(ct, "Committee.ProposalsChangedMeanwhile");
    }

    public Task<CommitteeMeeting?> MeetingAsync(Guid competitionId, CancellationToken ct)
        => db.CommitteeMeetings.FirstOrDefaultAsync(m => m.CompetitionId == competitionId, ct);

    public Task<bool> IsClosedAsync(Guid competitionId, CancellationToken ct)
        => db.CommitteeMeetings.AnyAsync(m => m.CompetitionId == competitionId && m.ClosedAt != null, ct);

    public async Task<Result> RecordMeetingAsync(Competition competition, DateOnly? heldOn, string? place, IReadOnlyCollection<Guid> present,
        int? votesFor, int? votesAgainst, int? votesAbstaining, string? remarks, int? version, bool close, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(competition);
        if (competition.Status != CompetitionStatus.Evaluation) return Result.Fail(new Error("Committee.NotInEvaluation"));
        var members = await MembersAsync(competition.Id, ct);
        var meeting = await MeetingAsync(competition.Id, ct);
        if (meeting is not null && version is { } v && meeting.Version != v) return Result.Fail(new Error("Committee.MeetingChangedMeanwhile"));
        if (meeting is null)
        {
            meeting = new CommitteeMeeting(competition.Id, clock.GetUtcNow());
            db.CommitteeMeetings.Add(meeting);
        }
        var recorded = meeting.Record(heldOn, place, present, votesFor, votesAgainst, votesAbstaining, remarks, members);
        if (recorded.Succeeded && close) recorded = meeting.Close(members, clock.GetUtcNow(), actor.Current.UserId ?? Guid.Empty);
        if (!recorded.Succeeded)
        {
            db.ChangeTracker.Clear();
            return recorded;
        }
        return await SaveAsync(ct, "Committee.MeetingChangedMeanwhile");
    }

    /// <summary>Everything the protocol shows, read now.</summary>
    public async Task<ProtocolData> ProtocolAsync(Competition competition, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(competition);
        var members = await db.CommitteeMembers.AsNoTracking().Where(m => m.CompetitionId == competition.Id)
            .OrderByDescending(m => m.IsChair).ThenBy(m => m.AddedAt).ToListAsync(ct);
        var meeting = await db.CommitteeMeetings.AsNoTracking().FirstOrDefaultAsync(m => m.CompetitionId == competition.Id, ct);
        var sheet = await SheetAsync(competition, ct);
        var scores = await db.CommitteeScores.AsNoTracking().Where(s => s.CompetitionId == competition.Id)
            .Select(s => new ProtocolScore(s.OfferId, s.MemberId, s.CriterionId, s.Points, s.Justification)).ToListAsync(ct);
        // Offer labels and the names of the offerors members declared conflicts with, from the submission snapshots.
        var participants = await ParticipantsAsync(competition.Id, ct);
        var names = participants.ToDictionary(p => p.OrganisationId, p => p.Name);
        foreach (var (offerId, offerors) in await OfferorsAsync(sheet.SelectMany(t => t.Rows).Select(r => r.Offer.OfferId).ToList(), ct)) names[offerId] = string.Join(", ", offerors.Select(o => o.Name));
        return new ProtocolData(competition, members, meeting, sheet, scores, names, clock.GetUtcNow());
    }

    /// <summary>Ends the formal check and hands the accepted offers to the committee: every submitted offer needs a final
    /// formal outcome, and the committee a voting chair.</summary>
    public async Task<Result> StartEvaluationAsync(Competition competition, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(competition);
        if (competition.Status != CompetitionStatus.FormalCheck) return Result.Fail(new Error("Committee.NotInFormalCheck"));
        var pending = await PendingFormalAsync(competition.Id, ct);
        if (pending.Count > 0) return Result.Fail(new Error("Committee.FormalCheckNotFinished", null, pending.Count));
        var members = await MembersAsync(competition.Id, ct);
        if (!members.Any(m => m.IsChair)) return Result.Fail(new Error("Committee.NoChair"));
        var moved = competition.StartEvaluation();
        return moved.Succeeded ? await SaveAsync(ct) : moved;
    }

    /// <summary>The composition may change until the evaluation starts, and while it runs until the meeting is closed.</summary>
    private static bool MayChangeComposition(Competition c) => c.Status is CompetitionStatus.Announced or CompetitionStatus.FormalCheck or CompetitionStatus.Evaluation;

    /// <summary>The offers are known once the offer deadline has passed (the formal check or later).</summary>
    public static bool OffersKnown(Competition c) => c.Status is CompetitionStatus.FormalCheck or CompetitionStatus.Evaluation or CompetitionStatus.Decided or CompetitionStatus.ResultsPublished;

    private async Task<Result> SaveAsync(CancellationToken ct, string conflictCode = "Committee.ChangedMeanwhile")
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || UniqueViolation.Is(e))
        {
            db.ChangeTracker.Clear();
            return Result.Fail(new Error(conflictCode));
        }
    }
}
