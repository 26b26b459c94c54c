using Civitas.Platform;
using Civitas.Platform.Calendar;
using Civitas.Platform.Data;

namespace Civitas.Grants.Domain.Offers;

/// <summary>
/// An offer of an organisation (the lead offeror; partners of a joint offer are named in section II)
/// for one task of an open competition, on the template of Dz.U. 2018 poz. 2057, annex 1. The content
/// lives in one <see cref="OfferSection"/> row per section; every submission freezes an immutable
/// <see cref="OfferSubmission"/>. This row carries only the offer's standing.
/// </summary>
internal sealed class Offer : ITenantOwned, IAudited, IConcurrencyVersioned
{
    private Offer()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; set; }
    public Guid CompetitionId { get; private set; }
    public Guid TaskId { get; private set; }
    public Guid LeadOrganisationId { get; private set; }
    public OfferStatus Status { get; private set; } = OfferStatus.Draft;
    /// <summary>Number of the latest submission (0 = never submitted).</summary>
    public int LatestRevision { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }
    public Guid? WithdrawnBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid CreatedBy { get; private set; }
    public int Version { get; set; }

    /// <summary>Starts a draft with section I filled from the announcement.</summary>
    public static (Offer Offer, IReadOnlyList<OfferSection> Sections) Start(OfferRules rules, Guid leadOrganisationId, Guid by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var offer = new Offer
        {
            Id = Guid.CreateVersion7(),
            CompetitionId = rules.CompetitionId,
            TaskId = rules.TaskId,
            LeadOrganisationId = leadOrganisationId,
            CreatedAt = now,
            CreatedBy = by,
        };
        var content = new OfferContent { Basic = new BasicInfoSection { Authority = rules.Authority, TaskType = rules.TaskTitle } };
        var sections = OfferSectionKeys.All
            .Select(k => new OfferSection(offer.Id, k, OfferJson.Write(k, content.Get(k)), by, now))
            .ToList();
        return (offer, sections);
    }

    /// <summary>Records a submission made by <see cref="OfferSubmission.Create"/>.</summary>
    public void MarkSubmitted(OfferSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        LatestRevision = submission.Revision;
        SubmittedAt = submission.SubmittedAt;
        Status = OfferStatus.Submitted;
        WithdrawnAt = null;
        WithdrawnBy = null;
    }

    /// <summary>Withdraws the submitted offer (art. 13 ust. 2 pkt 5 UDPP: before the deadline only).</summary>
    public Result Withdraw(OfferRules rules, Guid by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (!rules.IsOpenAt(now)) return Result.Fail(new Error("Offer.DeadlinePassed", null, WarsawTime.ToLocal(rules.OfferDeadline)));
        if (Status != OfferStatus.Submitted) return Result.Fail(new Error("Offer.NotSubmitted"));
        Status = OfferStatus.Withdrawn;
        WithdrawnAt = now;
        WithdrawnBy = by;
        return Result.Ok();
    }
}
