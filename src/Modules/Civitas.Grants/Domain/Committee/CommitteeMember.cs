using Civitas.Platform;
using Civitas.Platform.Data;

namespace Civitas.Grants.Domain.Committee;

/// <summary>
/// A member of a competition's committee (komisja konkursowa, art. 15 ust. 2a–2f UDPP): a user of the
/// platform, their kind, the nominating organisation for a nominee, the chair flag, and the impartiality
/// declaration (art. 15 ust. 2f UDPP: the KPA rules on excluding an official, art. 24) with the offerors they declared a
/// conflict with. Conflicts can be added after signing, never removed.
/// </summary>
internal sealed class CommitteeMember : ITenantOwned, IAudited, IConcurrencyVersioned
{
    public const int NameMax = 200;

    private CommitteeMember()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; set; }
    public Guid CompetitionId { get; private set; }
    public Guid UserId { get; private set; }
    /// <summary>The member's name as shown in the protocol (kept as it was when appointed).</summary>
    public string Name { get; private set; } = "";
    public MemberKind Kind { get; private set; }
    public Guid? NominatingOrganisationId { get; private set; }
    public string? NominatingOrganisationName { get; private set; }
    public bool IsChair { get; private set; }
    public DateTimeOffset AddedAt { get; private set; }
    public DateTimeOffset? DeclarationSignedAt { get; private set; }
    /// <summary>Organisation ids ("id;id") the member declared a conflict with.</summary>
    public string ConflictIds { get; private set; } = "";
    public int Version { get; set; }

    /// <summary>Experts have an advisory voice only (art. 15 ust. 2d UDPP).</summary>
    public bool Votes => Kind != MemberKind.Expert;

    public bool HasSigned => DeclarationSignedAt is not null;

    public IReadOnlySet<Guid> Conflicts => ConflictIds.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToHashSet();

    /// <summary>
    /// Appoints a member. Refused: a user who already sits on this committee; a nominee without the nominating
    /// organisation; a nominee of an organisation that takes part in the competition (has a submitted offer as
    /// lead or partner) — art. 15 ust. 2b pkt 2 UDPP.
    /// </summary>
    public static Result<CommitteeMember> Appoint(Guid competitionId, Guid userId, string name, MemberKind kind,
        Guid? nominatingOrganisationId, string? nominatingOrganisationName, IReadOnlySet<Guid> participatingOrganisations,
        IEnumerable<CommitteeMember> existing, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(participatingOrganisations);
        ArgumentNullException.ThrowIfNull(existing);
        var errors = new List<Error>();
        if (!Enum.IsDefined(kind)) errors.Add(new("Committee.KindRequired", "Kind"));
        if (existing.Any(m => m.UserId == userId)) errors.Add(new("Committee.AlreadyMember", "Email"));
        if (kind == MemberKind.NominatedByOrganisation)
        {
            if (nominatingOrganisationId is not { } org) errors.Add(new("Committee.NominatingOrganisationRequired", "NominatingOrganisation"));
            // art. 15 ust. 2b pkt 2 UDPP: persons nominated by organisations taking part in the competition may not sit on the committee.
            else if (participatingOrganisations.Contains(org)) errors.Add(new("Committee.NomineeOfParticipant", "NominatingOrganisation", nominatingOrganisationName ?? ""));
        }
        if (errors.Count > 0) return Result.Fail<CommitteeMember>([.. errors]);
        var trimmed = name.Trim();
        return new CommitteeMember
        {
            Id = Guid.CreateVersion7(now),
            CompetitionId = competitionId,
            UserId = userId,
            Name = trimmed.Length > NameMax ? trimmed[..NameMax] : trimmed,
            Kind = kind,
            NominatingOrganisationId = kind == MemberKind.NominatedByOrganisation ? nominatingOrganisationId : null,
            NominatingOrganisationName = kind == MemberKind.NominatedByOrganisation ? nominatingOrganisationName : null,
            AddedAt = now,
        };
    }

    /// <summary>Makes this member the chair (and nobody else). An expert has an advisory voice only and cannot chair.</summary>
    public static Result SetChair(IReadOnlyCollection<CommitteeMember> members, Guid memberId)
    {
        ArgumentNullException.ThrowIfNull(members);
        var chair = members.FirstOrDefault(m => m.Id == memberId);
        if (chair is null) return Result.Fail(new Error("Committee.MemberUnknown"));
        if (!chair.Votes) return Result.Fail(new Error("Committee.ExpertCannotChair"));
        foreach (var m in members) m.IsChair = m.Id == memberId;
        return Result.Ok();
    }

    /// <summary>
    /// Signs the impartiality declaration (art. 15 ust. 2f UDPP; KPA art. 24 § 1 and 2) with the offerors the member
    /// is in conflict with, or adds conflicts to a signed one. A conflict once declared cannot be withdrawn (the
    /// new set is the union); only offerors of this competition may be named.
    /// </summary>
    public Result Declare(IReadOnlyCollection<Guid> conflicts, IReadOnlySet<Guid> offerors, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(conflicts);
        ArgumentNullException.ThrowIfNull(offerors);
        if (conflicts.Any(c => !offerors.Contains(c))) return Result.Fail(new Error("Committee.ConflictUnknownOfferor", "Conflicts"));
        var all = Conflicts.Union(conflicts).Order().ToList();
        if (HasSigned && all.Count == Conflicts.Count) return Result.Fail(new Error("Committee.NothingToAdd", "Conflicts"));
        ConflictIds = string.Join(';', all);
        DeclarationSignedAt ??= now;
        return Result.Ok();
    }

    /// <summary>Whether the member may open an offer whose offerors (lead and partners) are <paramref name="offerors"/>.</summary>
    public OfferOpening MayOpen(IEnumerable<Guid> offerors)
    {
        ArgumentNullException.ThrowIfNull(offerors);
        if (!HasSigned) return OfferOpening.DeclarationNotSigned;
        var conflicts = Conflicts;
        return offerors.Any(conflicts.Contains) ? OfferOpening.Conflicted : OfferOpening.Allowed;
    }
}
