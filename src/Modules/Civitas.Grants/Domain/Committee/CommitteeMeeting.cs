using Civitas.Platform;
using Civitas.Platform.Data;

namespace Civitas.Grants.Domain.Committee;

/// <summary>
/// The committee's meeting on a competition: date, place, who attended, the vote on the proposal (counts of
/// voting members for, against, abstaining) and remarks. Closing it freezes the scores and the proposed
/// amounts; the protocol is built from it.
/// </summary>
internal sealed class CommitteeMeeting : ITenantOwned, IAudited, IConcurrencyVersioned
{
    public const int PlaceMax = 300;
    public const int RemarksMax = 4_000;

    private CommitteeMeeting()
    {
    }

    public CommitteeMeeting(Guid competitionId, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        CompetitionId = competitionId;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; set; }
    public Guid CompetitionId { get; private set; }
    public DateOnly? HeldOn { get; private set; }
    public string Place { get; private set; } = "";
    /// <summary>Member ids present ("id;id").</summary>
    public string PresentIds { get; private set; } = "";
    public int VotesFor { get; private set; }
    public int VotesAgainst { get; private set; }
    public int VotesAbstaining { get; private set; }
    public string Remarks { get; private set; } = "";
    public DateTimeOffset? ClosedAt { get; private set; }
    public Guid? ClosedBy { get; private set; }
    public int Version { get; set; }

    public bool IsClosed => ClosedAt is not null;

    public IReadOnlySet<Guid> Present => PresentIds.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToHashSet();

    /// <summary>Records the meeting's facts (while it is open). The votes are counted among the voting members
    /// present: experts have an advisory voice only (art. 15 ust. 2d UDPP).</summary>
    public Result Record(DateOnly? heldOn, string? place, IReadOnlyCollection<Guid> present, int? votesFor, int? votesAgainst, int? votesAbstaining,
        string? remarks, IReadOnlyCollection<CommitteeMember> members)
    {
        ArgumentNullException.ThrowIfNull(present);
        ArgumentNullException.ThrowIfNull(members);
        if (IsClosed) return Result.Fail(new Error("Committee.MeetingClosed"));
        var errors = new List<Error>();
        place = (place ?? "").Trim();
        remarks = (remarks ?? "").Trim();
        if (place.Length > PlaceMax) errors.Add(new("Committee.TextTooLong", "Place", PlaceMax));
        if (remarks.Length > RemarksMax) errors.Add(new("Committee.TextTooLong", "Remarks", RemarksMax));
        var ids = members.Select(m => m.Id).ToHashSet();
        if (present.Any(p => !ids.Contains(p))) errors.Add(new("Committee.MemberUnknown", "Present"));
        int For = votesFor ?? 0, against = votesAgainst ?? 0, abstaining = votesAbstaining ?? 0;
        if (For < 0) errors.Add(new("Committee.VotesNegative", "VotesFor"));
        if (against < 0) errors.Add(new("Committee.VotesNegative", "VotesAgainst"));
        if (abstaining < 0) errors.Add(new("Committee.VotesNegative", "VotesAbstaining"));
        var voters = members.Count(m => m.Votes && present.Contains(m.Id));
        if (For >= 0 && against >= 0 && abstaining >= 0 && For + against + abstaining > voters)
        {
            errors.Add(new("Committee.TooManyVotes", "VotesFor", voters));
        }
        if (errors.Count > 0) return Result.From(errors);
        HeldOn = heldOn;
        Place = place;
        PresentIds = string.Join(';', present.Distinct().Order());
        VotesFor = For;
        VotesAgainst = against;
        VotesAbstaining = abstaining;
        Remarks = remarks;
        return Result.Ok();
    }

    /// <summary>Closes the meeting: needs its date, place, at least one voting member present and the vote recorded.
    /// From then on the scores and proposed amounts cannot change.</summary>
    public Result Close(IReadOnlyCollection<CommitteeMember> members, DateTimeOffset now, Guid by)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (IsClosed) return Result.Fail(new Error("Committee.MeetingClosed"));
        var errors = new List<Error>();
        if (HeldOn is null) errors.Add(new("Committee.MeetingDateRequired", "HeldOn"));
        if (Place.Length == 0) errors.Add(new("Committee.MeetingPlaceRequired", "Place"));
        var present = Present;
        if (!members.Any(m => m.Votes && present.Contains(m.Id))) errors.Add(new("Committee.NobodyPresent", "Present"));
        if (VotesFor + VotesAgainst + VotesAbstaining == 0) errors.Add(new("Committee.VoteRequired", "VotesFor"));
        if (errors.Count > 0) return Result.From(errors);
        ClosedAt = now;
        ClosedBy = by;
        return Result.Ok();
    }
}
