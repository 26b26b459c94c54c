using System.Text.Json;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.Offers;
using Civitas.Platform;
using Civitas.Platform.Calendar;
using Civitas.Platform.Data;
using Civitas.Platform.LegalParameters;

namespace Civitas.Grants.Domain.FormalCheck;

/// <summary>
/// The formal check of one submitted revision of an offer against the competition's formal checklist
/// (ocena formalna; art. 15 ust. 1 UDPP with the procedure of the announcement, art. 13 ust. 2 pkt 6).
/// One review per (offer, revision): recording it again replaces the earlier verdict on that revision.
/// A correction request names the unmet items and the sections the offeror may edit, and carries its
/// deadline with the legal basis of the period.
/// </summary>
internal sealed class FormalReview : ITenantOwned, IAudited, IConcurrencyVersioned
{
    public const int ReasonsMax = 4_000;

    private FormalReview()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; set; }
    public Guid CompetitionId { get; private set; }
    public Guid OfferId { get; private set; }
    /// <summary>The submission revision checked.</summary>
    public int Revision { get; private set; }
    public FormalOutcome Outcome { get; private set; }
    /// <summary>JSON list of <see cref="FormalItemResult"/> (the item texts as they were at the check).</summary>
    public string ItemResultsJson { get; private set; } = "[]";
    public string Reasons { get; private set; } = "";
    /// <summary>Section codes ("III;VA") the offeror may edit; empty unless a correction was requested.</summary>
    public string SectionCodes { get; private set; } = "";
    /// <summary>The last day of the correction period (Warsaw date), after any move off a non-working day.</summary>
    public DateOnly? CorrectionLastDay { get; private set; }
    /// <summary>The first instant after the correction period.</summary>
    public DateTimeOffset? CorrectionEndsBefore { get; private set; }
    public string CorrectionBasis { get; private set; } = "";
    public bool CorrectionDeadlineMoved { get; private set; }
    public DateTimeOffset ReviewedAt { get; private set; }
    public Guid ReviewedBy { get; private set; }
    public string ReviewedByName { get; private set; } = "";
    public int Version { get; set; }

    public IReadOnlyList<FormalItemResult> Items => JsonSerializer.Deserialize<List<FormalItemResult>>(ItemResultsJson) ?? [];

    public IReadOnlyList<OfferSectionKey> Sections => SectionCodes.Split(';', StringSplitOptions.RemoveEmptyEntries)
        .Select(OfferSectionKeys.Parse).Where(k => k is not null).Select(k => k!.Value).ToList();

    /// <summary>True while the offeror may correct the named sections (a correction request whose deadline has not passed).</summary>
    public bool AllowsCorrectionAt(DateTimeOffset now) => Outcome == FormalOutcome.CorrectionRequested && CorrectionEndsBefore is { } end && now < end;

    /// <summary>Starts the review of <paramref name="offerId"/>'s revision (not yet valid until <see cref="Record"/> succeeds).</summary>
    public static FormalReview For(Guid competitionId, Guid offerId, int revision) => new()
    {
        Id = Guid.CreateVersion7(),
        CompetitionId = competitionId,
        OfferId = offerId,
        Revision = revision,
    };

    /// <summary>The correction deadline for a request made on <paramref name="requestDay"/>: FormalCorrectionDays
    /// counted from the day after the request (KC art. 111; the day type of the parameter), moved to the next
    /// working day where the tenant applies KPA art. 57 § 4.</summary>
    public static DeadlineResult CorrectionDeadline(DateOnly requestDay, LegalValue correctionDays, bool moveOffNonWorkingDays)
        => LegalCalendar.Deadline(requestDay, correctionDays, moveOffNonWorkingDays);

    /// <summary>
    /// Records the verdict. The competition must be in its formal check (which starts only after the offer
    /// deadline); every checklist item must be answered; "accepted" needs every item met; a correction needs
    /// an unmet item and at least one section to correct; a rejection needs its reasons. Nothing changes on error.
    /// </summary>
    public Result Record(Competition competition, FormalReviewInput input, LegalValue correctionDays, bool moveOffNonWorkingDays,
        DateTimeOffset now, Guid by, string byName)
    {
        ArgumentNullException.ThrowIfNull(competition);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(correctionDays);
        if (competition.Id != CompetitionId) throw new InvalidOperationException("The review belongs to another competition.");
        if (competition.Status == CompetitionStatus.Announced && competition.OfferDeadline is { } d && now < d)
        {
            return Result.Fail(new Error("FormalCheck.BeforeDeadline", null, WarsawTime.ToLocal(d)));
        }
        if (competition.Status != CompetitionStatus.FormalCheck && competition.Status != CompetitionStatus.Announced) return Result.Fail(new Error("FormalCheck.WrongState"));

        var errors = new List<Error>();
        var items = competition.ChecklistItems.OrderBy(i => i.Order).ToList();
        var results = new List<FormalItemResult>();
        for (var i = 0; i < items.Count; i++)
        {
            if (input.ItemResults.TryGetValue(items[i].Id, out var met) && met is { } m) results.Add(new(items[i].Id, items[i].Text, m));
            else errors.Add(new("FormalCheck.ItemResultRequired", $"Items[{i}].Met", items[i].Text));
        }
        var reasons = (input.Reasons ?? "").Trim();
        if (reasons.Length > ReasonsMax) errors.Add(new("FormalCheck.ReasonsTooLong", "Reasons", ReasonsMax));
        var sections = input.SectionsToCorrect.Distinct().Order().ToList();
        switch (input.Outcome)
        {
            case null:
                errors.Add(new("FormalCheck.OutcomeRequired", "Outcome"));
                break;
            case FormalOutcome.Accepted:
                if (results.Any(r => !r.Met)) errors.Add(new("FormalCheck.AcceptedWithUnmetItems", "Outcome"));
                break;
            case FormalOutcome.CorrectionRequested:
                if (errors.Count == 0 && results.All(r => r.Met)) errors.Add(new("FormalCheck.CorrectionWithoutUnmetItems", "Outcome"));
                if (sections.Count == 0) errors.Add(new("FormalCheck.SectionsRequired", "Sections"));
                break;
            case FormalOutcome.Rejected:
                if (reasons.Length == 0) errors.Add(new("FormalCheck.ReasonsRequired", "Reasons"));
                break;
            default:
                errors.Add(new("FormalCheck.OutcomeRequired", "Outcome"));
                break;
        }
        if (errors.Count > 0) return Result.From(errors);

        // The first verdict after the offer deadline closes the offer period (Announced -> FormalCheck).
        if (competition.Status == CompetitionStatus.Announced && !competition.StartFormalCheck(now).Succeeded) return Result.Fail(new Error("FormalCheck.WrongState"));
        Outcome = input.Outcome!.Value;
        ItemResultsJson = JsonSerializer.Serialize(results);
        Reasons = reasons;
        ReviewedAt = now;
        ReviewedBy = by;
        ReviewedByName = byName;
        if (Outcome == FormalOutcome.CorrectionRequested)
        {
            var deadline = CorrectionDeadline(WarsawTime.DateOf(now), correctionDays, moveOffNonWorkingDays);
            SectionCodes = string.Join(';', sections.Select(s => s.Code()));
            CorrectionLastDay = deadline.LastDay;
            CorrectionEndsBefore = deadline.EndsBefore;
            CorrectionDeadlineMoved = deadline.WasMoved;
            CorrectionBasis = correctionDays.LegalBasis;
        }
        else
        {
            SectionCodes = "";
            CorrectionLastDay = null;
            CorrectionEndsBefore = null;
            CorrectionDeadlineMoved = false;
            CorrectionBasis = "";
        }
        return Result.Ok();
    }
}
