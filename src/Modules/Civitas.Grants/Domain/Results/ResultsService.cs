using System.Globalization;
using System.Text;
using Civitas.Grants.Contracts;
using Civitas.Grants.Data;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.FormalCheck;
using Civitas.Grants.Domain.Offers;
using Civitas.Grants.Resources;
using Civitas.Organisations.Contracts;
using Civitas.Platform;
using Civitas.Platform.Audit;
using Civitas.Platform.Calendar;
using Civitas.Platform.Identity;
using Civitas.Platform.Localization;
using Civitas.Platform.LegalParameters;
using Civitas.Platform.Mail;
using Civitas.Platform.Outbox;
using Civitas.Platform.Tenancy;
using Civitas.Platform.Web;
using Civitas.Publishing.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Civitas.Grants.Domain.Results;

/// <summary>The decision, the publication of the results and the requests for justification. Office callers
/// load the competition through <c>CompetitionAccess</c> first (tenant and department checked there).</summary>
internal sealed class ResultsService(
    GrantsDb db,
    IOutbox outbox,
    ILegalParameters legal,
    IOrganisationDirectory organisations,
    UserManager<User> users,
    IStringLocalizer<ResultsText> text,
    ITenantContext tenant,
    IActorContext actor,
    TimeProvider clock,
    IOutputCacheStore cache)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>The submitted offers (latest revision) with where they stand after the formal check, task by task.</summary>
    public async Task<IReadOnlyList<DecisionCandidate>> CandidatesAsync(Competition competition, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(competition);
        var rows = await (from o in db.Offers.AsNoTracking()
                          where o.CompetitionId == competition.Id && o.Status == OfferStatus.Submitted
                          join s in db.OfferSubmissions.AsNoTracking() on new { o.Id, R = o.LatestRevision } equals new { Id = s.OfferId, R = s.Revision }
                          select new { o.Id, o.TaskId, s.Revision, s.ConfirmationNumber, s.SnapshotJson, s.RequestedGrant, s.SubmittedAt })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var reviews = await db.FormalReviews.AsNoTracking().Where(r => ids.Contains(r.OfferId))
            .Select(r => new { r.OfferId, r.Revision, r.Outcome, r.Reasons }).ToListAsync(ct);
        var taskOrder = competition.Tasks.ToDictionary(t => t.Id, t => t.Order);
        var i = 0;
        return rows.OrderBy(r => taskOrder.GetValueOrDefault(r.TaskId)).ThenBy(r => r.SubmittedAt).ThenBy(r => r.Id).Select(r =>
        {
            var snapshot = OfferJson.Read<OfferSnapshot>(r.SnapshotJson);
            var review = reviews.FirstOrDefault(x => x.OfferId == r.Id && x.Revision == r.Revision);
            var standing = review?.Outcome switch
            {
                FormalOutcome.Accepted => FormalStanding.Accepted,
                FormalOutcome.Rejected => FormalStanding.Rejected,
                _ => FormalStanding.Pending,
            };
            var offerors = snapshot.Offerors.OrderByDescending(o => o.Lead).Select(o => new DecisionOfferor(o.Id, o.Name)).ToList();
            return new DecisionCandidate(r.Id, r.TaskId, i++, r.Revision, r.ConfirmationNumber, snapshot.Content.Task.Title ?? "", offerors, r.RequestedGrant,
                standing, standing == FormalStanding.Rejected ? review!.Reasons : null);
        }).ToList();
    }

    public Task<CompetitionDecision?> DecisionAsync(Guid competitionId, bool tracked, CancellationToken ct)
    {
        var query = db.Decisions.Include(d => d.Lines).Where(d => d.CompetitionId == competitionId);
        return (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(ct);
    }

    /// <summary>Records the decision; the competition (tracked, from CompetitionAccess) moves to Decided.</summary>
    public async Task<Result> RecordAsync(Competition competition, DecisionInput input, int? decisionVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(competition);
        var candidates = await CandidatesAsync(competition, ct);
        var decision = await DecisionAsync(competition.Id, tracked: true, ct);
        if (decision is not null && decisionVersion is { } v && decision.Version != v) return Result.Fail(new Error("Decision.ChangedMeanwhile"));
        if (decision is null)
        {
            decision = CompetitionDecision.For(competition.Id);
            db.Decisions.Add(decision);
        }
        else
        {
            db.DecisionLines.RemoveRange(decision.Lines);
        }
        var recorded = decision.Record(competition, candidates, input, Now, actor.Current.UserId ?? Guid.Empty, actor.Current.Name);
        if (!recorded.Succeeded)
        {
            db.ChangeTracker.Clear();
            return recorded;
        }
        foreach (var line in decision.Lines) db.Entry(line).State = EntityState.Added;
        return await SaveAsync(ct);
    }

    /// <summary>Publishes the results in the register (category Results), raises the events and notifies the
    /// representatives of every offeror, all in one SaveChanges.</summary>
    public async Task<Result> PublishAsync(Competition competition, int? decisionVersion, string portalUrl, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(competition);
        var decision = await DecisionAsync(competition.Id, tracked: true, ct);
        if (decision is null) return Result.Fail(new Error("Decision.NotDecided"));
        if (decisionVersion is { } v && decision.Version != v && !decision.IsPublished) return Result.Fail(new Error("Decision.ChangedMeanwhile"));
        var now = Now;
        var by = actor.Current;
        var published = decision.Publish(competition, now, by.UserId ?? Guid.Empty, by.Name);
        if (!published.Succeeded)
        {
            db.ChangeTracker.Clear();
            return published;
        }
        var t = tenant.Require();
        var signatory = new PublicationPerson(Cut(decision.SignatoryName, PublicationLimits.PersonName), Cut(decision.SignatoryFunction, PublicationLimits.PersonFunction));
        var publisher = new PublicationPerson(Cut(by.Name, PublicationLimits.PersonName));
        var days = await legal.GetAsync(LegalParameterKeys.JustificationRequestDays, WarsawTime.DateOf(now), ct);
        var period = JustificationRequest.Period(now, days, t.MoveDeadlinesOffNonWorkingDays);
        var lines = decision.Lines.OrderBy(l => l.Order).ToList();
        var funded = lines.Where(l => l.Funded).ToList();
        // art. 15 ust. 2h UDPP: the results are published without delay, naming at least the offeror, the task and the amount.
        outbox.Add(db, new PublicationRequested(
            GrantsDb.ModuleName, ResultsUrls.PublicationKey(competition.Id), PublicationCategory.Results,
            Cut($"Wyniki otwartego konkursu ofert nr {competition.Number}: {competition.Title}", PublicationLimits.Title),
            Cut($"Results of the open competition for offers no. {competition.Number}: {competition.Title}", PublicationLimits.Title),
            ResultsDocument.Summary(funded.Count, lines.Count - funded.Count, funded.Sum(l => l.Amount ?? 0m)),
            ResultsDocument.Body(competition, decision, t.Name, period, days.LegalBasis),
            $"/konkursy/{competition.Id}", [], signatory, publisher,
            WarsawTime.ToUtc(decision.DecidedOn, TimeOnly.MinValue), now, now, null, null, []));
        outbox.Add(db, new CompetitionResultsPublished(t.Id, competition.Id, competition.Number, competition.Title, decision.DecidedOn, now,
            funded.Count, lines.Count - funded.Count, funded.Sum(l => l.Amount ?? 0m)));
        var tasks = competition.Tasks.ToDictionary(x => x.Id);
        foreach (var line in funded)
        {
            var offerors = line.Offerors;
            var task = tasks[line.TaskId];
            outbox.Add(db, new GrantAwarded(t.Id, offerors[0].OrganisationId, competition.Id, line.OfferId, line.OfferTitle.Length > 0 ? line.OfferTitle : task.Title,
                task.SphereCode, line.Amount!.Value, competition.Year, false, offerors.Skip(1).Select(o => o.OrganisationId).ToList()));
        }
        await NotifyAsync(competition, lines, tasks, period, days.LegalBasis, portalUrl.TrimEnd('/'), ct);
        return await SaveAsync(ct);
    }

    private async Task NotifyAsync(Competition competition, IReadOnlyList<DecisionLine> lines, IReadOnlyDictionary<Guid, CompetitionTask> tasks,
        Platform.Calendar.DeadlineResult period, string basis, string portal, CancellationToken ct)
    {
        var organisationIds = lines.SelectMany(l => l.Offerors.Select(o => o.OrganisationId)).Distinct().ToList();
        var representatives = await organisations.GetRepresentativesAsync(organisationIds, ct);
        var personIds = representatives.Values.SelectMany(v => v).Distinct().ToList();
        var people = await users.Users.AsNoTracking().Where(u => personIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Email, u.PreferredCulture, u.EmailConfirmed }).ToDictionaryAsync(u => u.Id, ct);
        foreach (var line in lines)
        {
            var sent = new HashSet<Guid>();
            foreach (var offeror in line.Offerors)
            {
                if (!representatives.TryGetValue(offeror.OrganisationId, out var reps)) continue;
                foreach (var personId in reps)
                {
                    if (!sent.Add(personId) || !people.TryGetValue(personId, out var person) || string.IsNullOrWhiteSpace(person.Email)) continue;
                    var english = person.PreferredCulture == CivitasCultures.English;
                    string Body(string culture) => In(culture, () => text[line.Funded ? "Mail.Funded" : "Mail.NotFunded",
                        competition.Number, competition.Title, line.ConfirmationNumber, line.OfferTitle, offeror.Name, tasks[line.TaskId].Title,
                        line.Amount ?? 0m, line.Reason, $"{portal}/konkursy/{competition.Id}", $"{portal}{ResultsUrls.Request(line.OfferId)}",
                        period.LastDay.ToString("d MMMM yyyy", CultureInfo.CurrentCulture), basis].Value.Replace("\\n", "\n", StringComparison.Ordinal));
                    var subject = In(english ? CivitasCultures.English : CivitasCultures.Polish, () => text["Mail.Subject", competition.Number, line.ConfirmationNumber].Value);
                    // Polish is the language of the proceedings; a reader who chose English gets it first, with the Polish text below.
                    var body = english ? Body(CivitasCultures.English) + "\n\n---\n\n" + Body(CivitasCultures.Polish) : Body(CivitasCultures.Polish);
                    outbox.Add(db, new EmailRequested(person.Email!, subject, body));
                }
            }
        }
    }

    /// <summary>The line of the published decision about <paramref name="offerId"/>, with its competition and decision; null if none.</summary>
    public async Task<(Competition Competition, CompetitionDecision Decision, DecisionLine Line)?> PublishedLineAsync(Guid offerId, CancellationToken ct)
    {
        var line = await db.DecisionLines.AsNoTracking().FirstOrDefaultAsync(l => l.OfferId == offerId, ct);
        if (line is null) return null;
        var decision = await db.Decisions.AsNoTracking().FirstOrDefaultAsync(d => d.Id == line.DecisionId, ct);
        if (decision is null || !decision.IsPublished) return null;
        var competition = await db.Competitions.AsNoTracking().Include(c => c.Tasks).FirstAsync(c => c.Id == decision.CompetitionId, ct);
        return (competition, decision, line);
    }

    public async Task<(LegalValue Days, Platform.Calendar.DeadlineResult Period)> PeriodAsync(CompetitionDecision decision, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var publishedAt = decision.PublishedAt ?? Now;
        // The period in force on the day of publication governs it.
        var days = await legal.GetAsync(LegalParameterKeys.JustificationRequestDays, WarsawTime.DateOf(publishedAt), ct);
        return (days, JustificationRequest.Period(publishedAt, days, tenant.Require().MoveDeadlinesOffNonWorkingDays));
    }

    /// <summary>Files a request for justification by <paramref name="personId"/> (art. 15 ust. 2j UDPP: anyone):
    /// in their own name when <paramref name="organisationId"/> is null, otherwise in the name of that offeror of
    /// the offer, which the person must represent (checked against the registry).</summary>
    public async Task<Result<Guid>> FileAsync(Guid offerId, Guid? organisationId, string? requestText, Guid personId, string personName, CancellationToken ct)
    {
        var found = await PublishedLineAsync(offerId, ct);
        if (found is not { } f) return Result.Fail<Guid>(new Error("Justification.NotPublished"));
        var name = "";
        if (organisationId is { } org)
        {
            // A claimed offeror the person does not represent is refused (Guid.Empty never matches an offeror).
            if (f.Line.Offerors.FirstOrDefault(o => o.OrganisationId == org) is not { } offeror || !await organisations.IsRepresentativeAsync(personId, org, ct))
            {
                return Result.Fail<Guid>(new Error("Justification.NotRepresentative", "OrganisationId"));
            }
            name = offeror.Name;
        }
        var (days, _) = await PeriodAsync(f.Decision, ct);
        var filed = JustificationRequest.File(f.Decision, f.Line, organisationId, name, requestText, days, tenant.Require().MoveDeadlinesOffNonWorkingDays, Now, personId, personName);
        if (!filed.Succeeded) return Result.Fail<Guid>([.. filed.Errors]);
        db.JustificationRequests.Add(filed.Value!);
        await db.SaveChangesAsync(ct);
        return filed.Value!.Id;
    }

    /// <summary>Answers a request; the requester gets the answer by e-mail and on the request's page.</summary>
    public async Task<Result> AnswerAsync(JustificationRequest request, int version, string? answer, string portalUrl, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        db.Entry(request).Property(r => r.Version).OriginalValue = version;
        var by = actor.Current;
        var answered = request.Respond(answer, Now, by.UserId ?? Guid.Empty, by.Name);
        if (!answered.Succeeded) return answered;
        var person = await users.Users.AsNoTracking().Where(u => u.Id == request.RequestedBy).Select(u => new { u.Email, u.PreferredCulture }).FirstOrDefaultAsync(ct);
        var competition = await db.Competitions.AsNoTracking().Where(c => c.Id == request.CompetitionId).Select(c => new { c.Number, c.Title }).FirstAsync(ct);
        if (person?.Email is { Length: > 0 } email)
        {
            var culture = person.PreferredCulture == CivitasCultures.English ? CivitasCultures.English : CivitasCultures.Polish;
            var link = $"{portalUrl.TrimEnd('/')}{ResultsUrls.Request(request.OfferId)}";
            var subject = In(culture, () => text["Mail.Answer.Subject", competition.Number].Value);
            var body = In(culture, () => text["Mail.Answer.Body", competition.Number, competition.Title,
                request.OnBehalfOfOfferor ? request.OrganisationName : text["Request.InOwnNameOf", request.RequestedByName].Value,
                request.Answer!, link, by.Name].Value.Replace("\\n", "\n", StringComparison.Ordinal));
            outbox.Add(db, new EmailRequested(email, subject, body));
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Result.Fail(new Error("Justification.ChangedMeanwhile"));
        }
        return Result.Ok();
    }

    private async Task<Result> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || UniqueViolation.Is(e))
        {
            db.ChangeTracker.Clear();
            return Result.Fail(new Error("Decision.ChangedMeanwhile"));
        }
        // The public competition pages and the API are output-cached per tenant; drop them so the results show at once.
        if (tenant.TenantId is { } id) await cache.EvictByTagAsync(AnonymousPageCachePolicy.TenantTag(id), ct);
        return Result.Ok();
    }

    private static string In(string culture, Func<string> body) => CivitasCultures.In(culture, body);

    private static string Cut(string s, int max) => s.Length > max ? s[..max] : s;
}
