using Civitas.Platform;
using Civitas.Platform.Calendar;
using Civitas.Platform.Data;
using Civitas.Platform.LegalParameters;

namespace Civitas.Grants.Domain.Results;

/// <summary>
/// A request for the justification of the choice or rejection of an offer (art. 15 ust. 2j UDPP: within
/// 30 days — legal parameter <c>JustificationRequestDays</c> — of the publication of the results), filed
/// in the system by a representative of an offeror about that offer, and the office's answer.
/// </summary>
internal sealed class JustificationRequest : ITenantOwned, IAudited, IConcurrencyVersioned
{
    public const int TextMax = 4_000;
    public const int AnswerMax = 20_000;

    private JustificationRequest()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; set; }
    public Guid CompetitionId { get; private set; }
    public Guid OfferId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public string OrganisationName { get; private set; } = "";
    public string Text { get; private set; } = "";
    public DateTimeOffset RequestedAt { get; private set; }
    public Guid RequestedBy { get; private set; }
    public string RequestedByName { get; private set; } = "";
    public string? Answer { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public Guid? AnsweredBy { get; private set; }
    public string? AnsweredByName { get; private set; }
    public int Version { get; set; }

    public bool IsAnswered => AnsweredAt is not null;

    /// <summary>The period for requests: the parameter's days counted from the day after the publication
    /// (KC art. 111), moved off a non-working day where the tenant applies KPA art. 57 § 4.</summary>
    public static DeadlineResult Period(DateTimeOffset publishedAt, LegalValue days, bool moveOffNonWorkingDays)
        => LegalCalendar.Deadline(WarsawTime.DateOf(publishedAt), days, moveOffNonWorkingDays);

    /// <summary>
    /// Files a request. The results must be published; the person must represent one of the offerors of the
    /// offer (checked by the caller against the registry: <paramref name="representsOrganisation"/>); the
    /// period of art. 15 ust. 2j UDPP must not have ended (the message gives its last day and basis).
    /// </summary>
    public static Result<JustificationRequest> File(CompetitionDecision decision, DecisionLine line, Guid? representsOrganisation, string organisationName,
        string? text, LegalValue days, bool moveOffNonWorkingDays, DateTimeOffset now, Guid by, string byName)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(days);
        if (decision.PublishedAt is not { } published) return Result.Fail<JustificationRequest>(new Error("Justification.NotPublished"));
        if (representsOrganisation is not { } organisation || line.Offerors.All(o => o.OrganisationId != organisation))
        {
            return Result.Fail<JustificationRequest>(new Error("Justification.NotRepresentative"));
        }
        // art. 15 ust. 2j UDPP: a request within 30 days (legal parameter) of the publication of the results.
        var period = Period(published, days, moveOffNonWorkingDays);
        if (now >= period.EndsBefore) return Result.Fail<JustificationRequest>(new Error("Justification.PeriodOver", null, period.LastDay, days.LegalBasis));
        text = (text ?? "").Trim();
        if (text.Length > TextMax) return Result.Fail<JustificationRequest>(new Error("Justification.TextTooLong", "Text", TextMax));
        return new JustificationRequest
        {
            Id = Guid.CreateVersion7(),
            CompetitionId = decision.CompetitionId,
            OfferId = line.OfferId,
            OrganisationId = organisation,
            OrganisationName = organisationName,
            Text = text,
            RequestedAt = now,
            RequestedBy = by,
            RequestedByName = byName,
        };
    }

    /// <summary>The office's answer, once.</summary>
    public Result Respond(string? answer, DateTimeOffset now, Guid by, string byName)
    {
        if (IsAnswered) return Result.Fail(new Error("Justification.AlreadyAnswered"));
        answer = (answer ?? "").Trim();
        if (answer.Length == 0) return Result.Fail(new Error("Justification.AnswerRequired", "Answer"));
        if (answer.Length > AnswerMax) return Result.Fail(new Error("Justification.TextTooLong", "Answer", AnswerMax));
        Answer = answer;
        AnsweredAt = now;
        AnsweredBy = by;
        AnsweredByName = byName;
        return Result.Ok();
    }
}
