using Civitas.Platform.Data;

namespace Civitas.Grants.Domain.Committee;

/// <summary>One member's points for one criterion of one offer, with the justification (art. 15 ust. 1 UDPP:
/// the committee assesses the offers against the criteria of the announcement). Changeable until the
/// meeting is closed.</summary>
internal sealed class CommitteeScore : ITenantOwned, IAudited, IConcurrencyVersioned
{
    public const int JustificationMax = 2_000;

    private CommitteeScore()
    {
    }

    public CommitteeScore(Guid competitionId, Guid taskId, Guid offerId, Guid memberId, Guid criterionId, decimal points, string justification, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        CompetitionId = competitionId;
        TaskId = taskId;
        OfferId = offerId;
        MemberId = memberId;
        CriterionId = criterionId;
        Points = points;
        Justification = justification;
        ScoredAt = now;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; set; }
    public Guid CompetitionId { get; private set; }
    /// <summary>The offer's task, copied from the offer (which cannot move to another task once submitted): the sheet
    /// is per task and sums one task's scores from an index without joining the offers.</summary>
    public Guid TaskId { get; private set; }
    public Guid OfferId { get; private set; }
    public Guid MemberId { get; private set; }
    public Guid CriterionId { get; private set; }
    /// <summary>0..the criterion's maximum, at most one decimal place.</summary>
    public decimal Points { get; private set; }
    public string Justification { get; private set; } = "";
    public DateTimeOffset ScoredAt { get; private set; }
    public int Version { get; set; }

    public void Change(decimal points, string justification, DateTimeOffset now)
    {
        if (Points == points && Justification == justification) return;
        Points = points;
        Justification = justification;
        ScoredAt = now;
    }
}
