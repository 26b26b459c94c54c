using Civitas.Platform;
using Civitas.Platform.Calendar;
using Civitas.Platform.Data;
using Civitas.Platform.LegalParameters;

namespace Civitas.Grants.Domain.Results;

/// <summary>
/// A request for the justification of the choice or rejection of an offer (art. 15 ust. 2j UDPP: within
/// 30 days — legal parameter <c>JustificationRequestDays</c> — of the publication of the results), and the
/// office's answer. The act gives the right to "każdy" (anyone): any signed-in person files in their own name
/// (<see cref="OrganisationId"/> is <see cref="Guid.Empty"/>), a representative of an offeror may also file in
/// the offeror's name.
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
    /// <summary>The offeror in whose name the request was filed; <see cref="Guid.Empty"/> for a request in the requester's own name.</summary>
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

    /// <summary>Filed in the name of an offeror (by its representative), not in the requester's own name.</summary>
    public bool OnBehalfOfOfferor => OrganisationId != Guid.Empty;

    /// <summary>The period for requests: the parameter's days counted from the day after the publication
    /// (KC art. 111), moved off a non-working day where the tenant applies KPA art. 57 § 4.</summary>
    public static DeadlineResult Period(DateTimeOffset publishedAt, LegalValue days, bool moveOffNonWorkingDays)
        => LegalCalendar.Deadline(WarsawTime.DateOf(publishedAt), days, moveOffNonWorkingDays);

    /// <summary>
    /// Files a request. The results must be published and the period of art. 15 ust. 2j UDPP must not have ended
    /// (the message gives its last day and basis). Anyone may file: without <paramref name="representsOrganisation"/>
    /// in their own name; with it in the name of that offeror, which must be an offeror of the offer (the caller
    /// checks against the registry that the person represents it).
    /// </summary>
    public static Result<JustificationRequest> File(CompetitionDecision decision, DecisionLine line, Guid? representsOrganisation, string organisationName,
        string? text, LegalValue days, bool moveOffNonWorkingDays, DateTimeOffset now, Guid by, string byName)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(days);
        if (decision.PublishedAt is not { } published) return Result.Fail<JustificationRequest>(new Error("Justification.NotPublished"));
        // art. 15 ust. 2j UDPP: "każdy" may request it; in an offeror's name only about that offeror's offer.
        if (representsOrganisation is { } claimed && (claimed == Guid.Empty || line.Offerors.All(o => o.OrganisationId != claimed)))
        {
            return Result.Fail<JustificationRequest>(new Error("Justification.NotRepresentative", "OrganisationId"));
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
            OrganisationId = representsOrganisation ?? Guid.Empty,
            OrganisationName = representsOrganisation is null ? "" : organisationName,
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
