using Civitas.Grants.Contracts;
using Civitas.Grants.Data;
using Civitas.Grants.Domain.FormalCheck;
using Civitas.Organisations.Contracts;
using Civitas.Platform;
using Civitas.Platform.Calendar;
using Civitas.Platform.Audit;
using Civitas.Platform.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Grants.Domain.Offers;

/// <summary>
/// Drafting, submitting and withdrawing offers. Callers check who the person is for the offer
/// (<see cref="RoleAsync"/>) first; these methods enforce the deadline by the server clock and keep
/// the invariants with the database (one offer per organisation and task, one submission per revision).
/// </summary>
internal sealed class OfferWorkflow(
    GrantsDb db,
    IOfferRulesSource rulesSource,
    IOrganisationDirectory directory,
    IOutbox outbox,
    IActorContext actor,
    TimeProvider clock)
{
    /// <summary>The person's role in the lead offeror of the offer, or null (not a member).</summary>
    public async Task<OrganisationMemberRole?> RoleAsync(Guid organisationId, Guid? personId, CancellationToken ct)
    {
        if (personId is not { } id) return null;
        var memberships = await directory.GetMembershipsAsync(id, ct);
        return memberships.Where(m => m.OrganisationId == organisationId).Select(m => (OrganisationMemberRole?)m.Role).Max();
    }

    public static bool CanEdit(OrganisationMemberRole? role) => role is OrganisationMemberRole.Editor or OrganisationMemberRole.Representative;

    /// <summary>art. 14 ust. 1 UDPP and the template: an offer is signed by persons authorised to make
    /// commitments on the organisation's behalf — here its representatives.</summary>
    public static bool CanSubmit(OrganisationMemberRole? role) => role is OrganisationMemberRole.Representative;

    /// <summary>Starts a draft for the organisation, or returns the organisation's existing offer for the task.</summary>
    public async Task<Result<Guid>> StartAsync(Guid competitionId, Guid taskId, Guid organisationId, Guid personId, CancellationToken ct)
    {
        var rules = await rulesSource.GetAsync(competitionId, taskId, ct);
        if (rules is null) return Result.Fail<Guid>(new Error("Offer.TaskUnknown", "TaskId"));
        var now = clock.GetUtcNow();
        if (!rules.IsOpenAt(now)) return Result.Fail<Guid>(new Error("Offer.DeadlinePassed", null, WarsawTime.ToLocal(rules.OfferDeadline)));
        if (!CanEdit(await RoleAsync(organisationId, personId, ct))) return Result.Fail<Guid>(new Error("Offer.NotEditor", "OrganisationId"));
        var facts = await OfferorFacts.LoadAsync(directory, [organisationId], ct);
        if (!facts.TryGetValue(organisationId, out var lead)) return Result.Fail<Guid>(new Error("Offer.OfferorUnknown", "OrganisationId"));
        var refusals = OfferValidator.Eligibility(lead, rules, "OrganisationId").ToArray();
        if (refusals.Length > 0) return Result.Fail<Guid>(refusals);

        var existing = await ExistingAsync(rules, organisationId, ct);
        if (existing is { } id) return Result.Ok(id);
        var (offer, sections) = Offer.Start(rules, organisationId, personId, now);
        db.Offers.Add(offer);
        db.OfferSections.AddRange(sections);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // A double click: the other request created it.
            db.ChangeTracker.Clear();
            if (await ExistingAsync(rules, organisationId, ct) is { } other) return Result.Ok(other);
            throw;
        }
        return Result.Ok(offer.Id);
    }

    private Task<Guid?> ExistingAsync(OfferRules rules, Guid organisationId, CancellationToken ct)
        => db.Offers.AsNoTracking()
            .Where(o => o.CompetitionId == rules.CompetitionId && o.TaskId == rules.TaskId && o.LeadOrganisationId == organisationId)
            .Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct);

    /// <summary>The offer's content and each section's version.</summary>
    public async Task<(OfferContent Content, IReadOnlyDictionary<OfferSectionKey, OfferSection> Sections)> LoadAsync(Guid offerId, CancellationToken ct)
    {
        var rows = await db.OfferSections.AsNoTracking().Where(s => s.OfferId == offerId).ToListAsync(ct);
        var content = OfferContent.From(rows.Select(r => (r.Key, r.Json)));
        return (content, rows.Where(r => OfferSectionKeys.Parse(r.Key) is not null).ToDictionary(r => r.SectionKey));
    }

    /// <summary>Saves one section if nobody saved it since <paramref name="expectedVersion"/>.</summary>
    public async Task<SectionSaveResult> SaveSectionAsync(Offer offer, OfferRules rules, OfferSectionKey key, object model, int expectedVersion, Guid personId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentNullException.ThrowIfNull(rules);
        var now = clock.GetUtcNow();
        // art. 13 ust. 2 pkt 5 UDPP: after the deadline the offer is what was submitted, except the sections
        // the office named in an open formal correction request.
        if (!rules.IsOpenAt(now))
        {
            var correction = await OpenCorrectionAsync(offer, now, ct);
            if (correction is null) return new SectionSaveResult(expectedVersion, [new Error("Offer.DeadlinePassed", null, WarsawTime.ToLocal(rules.OfferDeadline))], null);
            if (!correction.Sections.Contains(key)) return new SectionSaveResult(expectedVersion, [new Error("Offer.SectionNotInCorrection")], null);
        }
        if (key == OfferSectionKey.Basic) return new SectionSaveResult(expectedVersion, [new Error("Offer.SectionReadOnly")], null);
        var row = await db.OfferSections.FirstOrDefaultAsync(s => s.OfferId == offer.Id && s.Key == key.Code(), ct);
        if (row is null)
        {
            row = new OfferSection(offer.Id, key, OfferJson.Write(key, model), personId, now);
            db.OfferSections.Add(row);
        }
        else
        {
            if (row.Version != expectedVersion) return Conflict(key, row);
            db.Entry(row).Property(r => r.Version).OriginalValue = expectedVersion;
            row.Replace(OfferJson.Write(key, model), personId, now);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.OfferSections.AsNoTracking().FirstAsync(s => s.OfferId == offer.Id && s.Key == key.Code(), ct);
            return Conflict(key, current);
        }
        return new SectionSaveResult(row.Version, [], null);
    }

    private static SectionSaveResult Conflict(OfferSectionKey key, OfferSection current)
        => new(current.Version, [new Error("Offer.SectionConflict")], new SectionConflict(OfferJson.Read(key, current.Json), current.Version, current.UpdatedAt, current.UpdatedBy));

    /// <summary>Every rule of the offer, with the offerors' registry data as of now.</summary>
    public async Task<IReadOnlyList<OfferProblem>> ValidateAsync(Offer offer, OfferRules rules, OfferContent content, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(offer);
        var ids = OfferValidator.OfferorIds(offer.LeadOrganisationId, content);
        var facts = await OfferorFacts.LoadAsync(directory, ids.ToList(), ct);
        return OfferValidator.Validate(content, rules, offer.LeadOrganisationId, facts);
    }

    /// <summary>
    /// Submits the offer: refused at or after the deadline (server clock), refused while a rule is
    /// broken; otherwise freezes a new revision. Idempotent: when the latest revision has the same
    /// content and was not withdrawn, or a concurrent request (double click) wrote the revision
    /// first, the existing submission is returned. <paramref name="receivedAt"/> is the instant the request
    /// reached the server (the page reads it before any work): an offer that arrived before the deadline is not
    /// refused because loading and validating it took the server past it (measured under the deadline burst of
    /// scripts/bench/grants). Without it, the clock is read now.
    /// </summary>
    public async Task<Result<OfferSubmission>> SubmitAsync(Guid offerId, Guid personId, CancellationToken ct, DateTimeOffset? receivedAt = null)
    {
        var now = receivedAt ?? clock.GetUtcNow();
        var offer = await db.Offers.FirstOrDefaultAsync(o => o.Id == offerId, ct);
        if (offer is null) return Result.Fail<OfferSubmission>(new Error("Offer.NotFound"));
        var rules = await rulesSource.GetAsync(offer.CompetitionId, offer.TaskId, ct);
        if (rules is null) return Result.Fail<OfferSubmission>(new Error("Offer.TaskUnknown"));
        // art. 13 ust. 2 pkt 5 UDPP: the deadline is an instant; the server's clock decides. After it only a
        // formal correction requested by the office may be submitted, until its own deadline.
        FormalReview? correction = null;
        if (!rules.IsOpenAt(now))
        {
            correction = await OpenCorrectionAsync(offer, now, ct);
            if (correction is null) return Result.Fail<OfferSubmission>(new Error("Offer.DeadlinePassed", null, WarsawTime.ToLocal(rules.OfferDeadline)));
        }
        if (!CanSubmit(await RoleAsync(offer.LeadOrganisationId, personId, ct))) return Result.Fail<OfferSubmission>(new Error("Offer.NotRepresentative"));

        var (content, _) = await LoadAsync(offerId, ct);
        if (correction is not null)
        {
            // Only the named sections change; everything else stays as last submitted.
            var corrected = (await LatestAsync(offer.Id, ct))!.Snapshot().Content;
            foreach (var key in correction.Sections) corrected.Set(key, content.Get(key));
            content = corrected;
        }
        var ids = OfferValidator.OfferorIds(offer.LeadOrganisationId, content);
        var facts = await OfferorFacts.LoadAsync(directory, ids.ToList(), ct);
        var problems = OfferValidator.Validate(content, rules, offer.LeadOrganisationId, facts);
        if (problems.Count > 0) return Result.Fail<OfferSubmission>(new Error("Offer.HasProblems", null, problems.Count));

        var sums = OfferCalculation.Compute(content, ids);
        var snapshot = new OfferSnapshot(offer.Id, rules.CompetitionId, rules.CompetitionNumber, rules.TaskId,
            ids.Select(id => Snapshot(facts[id], id == offer.LeadOrganisationId)).ToList(), content, sums.Total, sums.Grant);
        var latest = await LatestAsync(offer.Id, ct);
        var candidate = OfferSubmission.Create(snapshot, offer.LatestRevision + 1, personId, actor.Current.Name, now, isCorrection: correction is not null);
        if (latest is not null && offer.Status == OfferStatus.Submitted && latest.Checksum == candidate.Checksum) return Result.Ok(latest);

        db.OfferSubmissions.Add(candidate);
        offer.MarkSubmitted(candidate);
        outbox.Add(db, new OfferSubmitted(offer.TenantId, offer.Id, offer.CompetitionId, offer.TaskId, offer.LeadOrganisationId,
            ids.Skip(1).ToList(), candidate.Revision, candidate.ConfirmationNumber, candidate.Checksum, candidate.RequestedGrant, candidate.TotalCost, now, personId));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || UniqueViolation.Is(e))
        {
            // The other click won the race: answer with its confirmation.
            db.ChangeTracker.Clear();
            var winner = await LatestAsync(offer.Id, ct);
            if (winner is not null && winner.Revision >= candidate.Revision) return Result.Ok(winner);
            throw;
        }
        return Result.Ok(candidate);
    }

    /// <summary>The office's latest formal review of the submitted offer when it asks for a correction (open or
    /// not), or null. The review of the newest reviewed revision governs: once the office checks a correction,
    /// its new verdict replaces the request.</summary>
    public async Task<FormalReview?> CorrectionRequestAsync(Offer offer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(offer);
        if (offer.Status != OfferStatus.Submitted) return null;
        var review = await db.FormalReviews.AsNoTracking().Where(r => r.OfferId == offer.Id).OrderByDescending(r => r.Revision).FirstOrDefaultAsync(ct);
        return review is { Outcome: FormalOutcome.CorrectionRequested } ? review : null;
    }

    /// <summary>The correction request whose deadline has not passed, or null.</summary>
    public async Task<FormalReview?> OpenCorrectionAsync(Offer offer, DateTimeOffset now, CancellationToken ct)
        => await CorrectionRequestAsync(offer, ct) is { } review && review.AllowsCorrectionAt(now) ? review : null;

    public Task<OfferSubmission?> LatestAsync(Guid offerId, CancellationToken ct)
        => db.OfferSubmissions.AsNoTracking().Where(s => s.OfferId == offerId).OrderByDescending(s => s.Revision).FirstOrDefaultAsync(ct);

    /// <summary>Withdraws the submitted offer before the deadline (representatives only).</summary>
    public async Task<Result> WithdrawAsync(Guid offerId, int version, Guid personId, CancellationToken ct)
    {
        var offer = await db.Offers.FirstOrDefaultAsync(o => o.Id == offerId, ct);
        if (offer is null) return Result.Fail(new Error("Offer.NotFound"));
        var rules = await rulesSource.GetAsync(offer.CompetitionId, offer.TaskId, ct);
        if (rules is null) return Result.Fail(new Error("Offer.TaskUnknown"));
        if (!CanSubmit(await RoleAsync(offer.LeadOrganisationId, personId, ct))) return Result.Fail(new Error("Offer.NotRepresentative"));
        if (offer.Version != version) return Result.Fail(new Error("Offer.ChangedMeanwhile"));
        var now = clock.GetUtcNow();
        var result = offer.Withdraw(rules, personId, now);
        if (!result.Succeeded) return result;
        outbox.Add(db, new OfferWithdrawn(offer.TenantId, offer.Id, offer.CompetitionId, offer.LeadOrganisationId, now, personId));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Fail(new Error("Offer.ChangedMeanwhile"));
        }
        return Result.Ok();
    }

    private static OfferorSnapshot Snapshot(OfferorFacts f, bool lead)
        => new(f.Id, lead, f.Summary.Name, f.Summary.LegalForm.ToString(), f.Summary.Krs, f.Summary.OtherRegister, f.Summary.RegisteredAddress,
            f.Data.CorrespondenceAddress, f.Data.Email, f.Data.Phone, f.Data.Website);
}
