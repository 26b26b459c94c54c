using Civitas.Grants.Data;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.FormalCheck;
using Civitas.Grants.Domain.Offers;
using Civitas.Platform;
using Civitas.Platform.Audit;
using Civitas.Platform.Calendar;
using Civitas.Platform.LegalParameters;
using Civitas.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Civitas.Platform.Ui;

namespace Civitas.Grants.Web.FormalCheck;

/// <summary>One submitted offer of a competition as the office lists it for the formal check.</summary>
internal sealed record FormalOfferRow(
    Guid OfferId,
    Guid TaskId,
    int Revision,
    string ConfirmationNumber,
    string Offerors,
    decimal RequestedGrant,
    DateTimeOffset SubmittedAt,
    bool IsCorrection,
    FormalOutcome? Outcome,
    DateOnly? CorrectionLastDay);

/// <summary>The latest submission of an offer with its formal review (if any) for the review page.</summary>
internal sealed record FormalOfferDetail(Offer Offer, OfferSubmission Submission, OfferSnapshot Snapshot, FormalReview? Review);

/// <summary>Reads submitted offers of a competition and records their formal reviews. Callers load the
/// competition through <c>CompetitionAccess</c> first (tenant and department checked there).</summary>
internal sealed class FormalCheckService(GrantsDb db, ILegalParameters parameters, ITenantContext tenant, IActorContext actor, TimeProvider clock)
{
    public const int PageSize = 50;

    /// <summary>The submitted (not withdrawn) offers, oldest submission first, one page.</summary>
    public async Task<(IReadOnlyList<FormalOfferRow> Rows, int Page, int PageCount)> ListAsync(Guid competitionId, int page, CancellationToken ct)
    {
        var query = from o in db.Offers.AsNoTracking()
                    where o.CompetitionId == competitionId && o.Status == OfferStatus.Submitted
                    join s in db.OfferSubmissions.AsNoTracking() on new { o.Id, R = o.LatestRevision } equals new { Id = s.OfferId, R = s.Revision }
                    select new { o.Id, o.TaskId, SubmissionId = s.Id, s.Revision, s.ConfirmationNumber, s.RequestedGrant, s.SubmittedAt, s.IsCorrection };
        var count = await query.CountAsync(ct);
        (page, var pageCount) = PageNumbers.Within(page, count, PageSize);
        var rows = await query.OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        // The snapshots (several kB each) only for the page's rows: sorting every submission of the competition
        // with its snapshot made the page take seconds on SQLite with 2 000 offers (scripts/bench/grants).
        var submissionIds = rows.Select(r => r.SubmissionId).ToList();
        var snapshots = await db.OfferSubmissions.AsNoTracking().Where(s => submissionIds.Contains(s.Id))
            .Select(s => new { s.Id, s.SnapshotJson }).ToDictionaryAsync(s => s.Id, s => s.SnapshotJson, ct);
        var ids = rows.Select(r => r.Id).ToList();
        var reviews = await db.FormalReviews.AsNoTracking().Where(r => ids.Contains(r.OfferId))
            .Select(r => new { r.OfferId, r.Revision, r.Outcome, r.CorrectionLastDay }).ToListAsync(ct);
        var result = rows.Select(r =>
        {
            var review = reviews.FirstOrDefault(x => x.OfferId == r.Id && x.Revision == r.Revision);
            var offerors = string.Join(", ", OfferJson.Read<OfferSnapshot>(snapshots[r.SubmissionId]).Offerors.Select(x => x.Name));
            return new FormalOfferRow(r.Id, r.TaskId, r.Revision, r.ConfirmationNumber, offerors, r.RequestedGrant, r.SubmittedAt, r.IsCorrection, review?.Outcome, review?.CorrectionLastDay);
        }).ToList();
        return (result, page, pageCount);
    }

    /// <summary>The submitted offer of this competition with its latest submission, or null (not found,
    /// another competition's, never submitted, withdrawn).</summary>
    public async Task<FormalOfferDetail?> FindAsync(Guid competitionId, Guid offerId, CancellationToken ct)
    {
        var offer = await db.Offers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == offerId && o.CompetitionId == competitionId, ct);
        if (offer is null || offer.Status != OfferStatus.Submitted) return null;
        var submission = await db.OfferSubmissions.AsNoTracking().FirstOrDefaultAsync(s => s.OfferId == offerId && s.Revision == offer.LatestRevision, ct);
        if (submission is null) return null;
        var review = await db.FormalReviews.AsNoTracking().FirstOrDefaultAsync(r => r.OfferId == offerId && r.Revision == offer.LatestRevision, ct);
        return new FormalOfferDetail(offer, submission, submission.Snapshot(), review);
    }

    /// <summary>The correction period in force today (for the page to show before anything is recorded).</summary>
    public Task<LegalValue> CorrectionDaysAsync(CancellationToken ct)
        => parameters.GetAsync(LegalParameterKeys.FormalCorrectionDays, WarsawTime.DateOf(clock.GetUtcNow()), ct);

    /// <summary>Records (or replaces) the verdict on the offer's latest revision. <paramref name="competition"/>
    /// is the tracked entity from <c>CompetitionAccess</c>; its first review after the deadline moves it to the formal check.</summary>
    public async Task<Result> RecordAsync(Competition competition, FormalOfferDetail detail, FormalReviewInput input, int? reviewVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(competition);
        ArgumentNullException.ThrowIfNull(detail);
        var now = clock.GetUtcNow();
        var correctionDays = await parameters.GetAsync(LegalParameterKeys.FormalCorrectionDays, WarsawTime.DateOf(now), ct);
        var review = await db.FormalReviews.FirstOrDefaultAsync(r => r.OfferId == detail.Offer.Id && r.Revision == detail.Submission.Revision, ct);
        if (review is not null && reviewVersion is { } v && review.Version != v) return Result.Fail(new Error("FormalCheck.ChangedMeanwhile"));
        if (review is null)
        {
            review = FormalReview.For(competition.Id, detail.Offer.Id, detail.Submission.Revision);
            db.FormalReviews.Add(review);
        }
        var recorded = review.Record(competition, input, correctionDays, tenant.Require().MoveDeadlinesOffNonWorkingDays, now, actor.Current.UserId ?? Guid.Empty, actor.Current.Name);
        if (!recorded.Succeeded)
        {
            db.ChangeTracker.Clear();
            return recorded;
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || UniqueViolation.Is(e))
        {
            db.ChangeTracker.Clear();
            return Result.Fail(new Error("FormalCheck.ChangedMeanwhile"));
        }
        return Result.Ok();
    }
}
