using Civitas.Grants.Domain.Committee;
using Civitas.Grants.Domain.Competitions;

namespace Civitas.Grants.Tests.Committee;

public sealed class CommitteeRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid CompetitionId = Guid.CreateVersion7();
    private static readonly Guid Participant = Guid.CreateVersion7();
    private static readonly Guid Partner = Guid.CreateVersion7();
    private static readonly Guid Outsider = Guid.CreateVersion7();
    private static readonly HashSet<Guid> Participants = [Participant, Partner];

    private static CommitteeMember Member(MemberKind kind = MemberKind.Official, Guid? org = null, IEnumerable<CommitteeMember>? existing = null)
    {
        var result = CommitteeMember.Appoint(CompetitionId, Guid.CreateVersion7(), "Łucja Gęślarz", kind, org, org is null ? null : "Fundacja Źródło", Participants, existing ?? [], Now);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Code)));
        return result.Value!;
    }

    private static CompetitionCriterion Criterion(int max, int? min = null, string name = "Jakość") => new(Guid.CreateVersion7(), 0, StatutoryCriterion.Capacity, name, max, min);

    [Fact]
    public void Person_nominated_by_an_organisation_taking_part_in_the_competition_is_refused()
    {
        var result = CommitteeMember.Appoint(CompetitionId, Guid.CreateVersion7(), "Jan", MemberKind.NominatedByOrganisation, Partner, "Stowarzyszenie Partner", Participants, [], Now);
        var error = Assert.Single(result.Errors);
        Assert.Equal("Committee.NomineeOfParticipant", error.Code);
        Assert.Equal("NominatingOrganisation", error.Field);
    }

    [Fact]
    public void Person_nominated_by_an_organisation_outside_the_competition_is_appointed_with_the_organisation()
    {
        var m = Member(MemberKind.NominatedByOrganisation, Outsider);
        Assert.Equal(Outsider, m.NominatingOrganisationId);
        Assert.True(m.Votes);
    }

    [Fact]
    public void Nominee_without_the_nominating_organisation_is_refused()
    {
        var result = CommitteeMember.Appoint(CompetitionId, Guid.CreateVersion7(), "Jan", MemberKind.NominatedByOrganisation, null, null, Participants, [], Now);
        Assert.Equal("Committee.NominatingOrganisationRequired", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void The_same_person_cannot_sit_twice_on_a_committee()
    {
        var first = Member();
        var again = CommitteeMember.Appoint(CompetitionId, first.UserId, "x", MemberKind.Expert, null, null, Participants, [first], Now);
        Assert.Equal("Committee.AlreadyMember", Assert.Single(again.Errors).Code);
    }

    [Fact]
    public void Expert_has_no_vote_and_cannot_chair()
    {
        var expert = Member(MemberKind.Expert);
        Assert.False(expert.Votes);
        Assert.Equal("Committee.ExpertCannotChair", Assert.Single(CommitteeMember.SetChair([expert], expert.Id).Errors).Code);
    }

    [Fact]
    public void Only_one_member_chairs()
    {
        var a = Member();
        var b = Member();
        Assert.True(CommitteeMember.SetChair([a, b], a.Id).Succeeded);
        Assert.True(CommitteeMember.SetChair([a, b], b.Id).Succeeded);
        Assert.False(a.IsChair);
        Assert.True(b.IsChair);
    }

    [Fact]
    public void Member_who_has_not_signed_the_declaration_may_open_no_offer()
    {
        var m = Member();
        Assert.Equal(OfferOpening.DeclarationNotSigned, m.MayOpen([Outsider]));
        Assert.True(m.Declare([], Participants, Now).Succeeded);
        Assert.Equal(OfferOpening.Allowed, m.MayOpen([Participant]));
        Assert.Equal(Now, m.DeclarationSignedAt);
    }

    [Fact]
    public void Conflict_with_a_partner_of_a_joint_offer_blocks_the_offer()
    {
        var m = Member();
        Assert.True(m.Declare([Partner], Participants, Now).Succeeded);
        Assert.Equal(OfferOpening.Conflicted, m.MayOpen([Participant, Partner]));
        Assert.Equal(OfferOpening.Allowed, m.MayOpen([Participant]));
    }

    [Fact]
    public void Conflicts_can_be_added_after_signing_but_never_withdrawn()
    {
        var m = Member();
        Assert.True(m.Declare([Partner], Participants, Now).Succeeded);
        Assert.True(m.Declare([Participant], Participants, Now.AddDays(1)).Succeeded);
        Assert.Equal(new HashSet<Guid> { Participant, Partner }, m.Conflicts);
        // Declaring nothing new (an attempt to "replace" the set by a smaller one) changes nothing.
        Assert.Equal("Committee.NothingToAdd", Assert.Single(m.Declare([Partner], Participants, Now.AddDays(2)).Errors).Code);
        Assert.Equal(2, m.Conflicts.Count);
        Assert.Equal(Now, m.DeclarationSignedAt);
    }

    [Fact]
    public void Conflict_can_name_only_offerors_of_the_competition()
    {
        var m = Member();
        Assert.Equal("Committee.ConflictUnknownOfferor", Assert.Single(m.Declare([Outsider], Participants, Now).Errors).Code);
        Assert.False(m.HasSigned);
    }

    [Theory]
    [InlineData(-0.1, "Committee.PointsOutOfRange")]
    [InlineData(10.1, "Committee.PointsOutOfRange")]
    [InlineData(7.25, "Committee.PointsPrecision")]
    public void Points_outside_zero_to_max_or_finer_than_a_tenth_are_refused(double points, string code)
    {
        var c = Criterion(10);
        var errors = ScoreRules.Check([c], [new ScoreInput(c.Id, (decimal)points, "Uzasadnienie")]);
        var error = Assert.Single(errors);
        Assert.Equal(code, error.Code);
        Assert.Equal("Scores[0].Points", error.Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7.5)]
    [InlineData(10)]
    public void Points_from_zero_to_max_in_tenths_are_accepted(double points)
    {
        var c = Criterion(10);
        Assert.Empty(ScoreRules.Check([c], [new ScoreInput(c.Id, (decimal)points, "Dobrze opisane działania.")]));
    }

    [Fact]
    public void Every_criterion_needs_points_and_a_justification()
    {
        var a = Criterion(10, name: "Jakość");
        var b = Criterion(5, name: "Koszty");
        var errors = ScoreRules.Check([a, b], [new ScoreInput(a.Id, 5m, "  "), new ScoreInput(b.Id, null, "Uzasadnienie")]);
        Assert.Contains(errors, e => e.Code == "Committee.JustificationRequired" && e.Field == "Scores[0].Justification");
        Assert.Contains(errors, e => e.Code == "Committee.PointsRequired" && e.Field == "Scores[1].Points");
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void Proposed_amount_cannot_exceed_the_request_nor_the_funds_left_in_the_task()
    {
        Assert.Equal("Committee.AmountAboveRequested", Assert.Single(ScoreRules.CheckProposal(8_000.01m, 8_000m, 0m, 100_000m, "A")).Code);
        Assert.Equal("Committee.AmountAboveFunds", Assert.Single(ScoreRules.CheckProposal(6_000m, 8_000m, 95_000m, 100_000m, "A")).Code);
        Assert.Equal("Committee.AmountPrecision", Assert.Single(ScoreRules.CheckProposal(10.001m, 8_000m, 0m, 100_000m, "A")).Code);
        Assert.Equal("Committee.AmountNegative", Assert.Single(ScoreRules.CheckProposal(-1m, 8_000m, 0m, 100_000m, "A")).Code);
        Assert.Empty(ScoreRules.CheckProposal(5_000m, 8_000m, 95_000m, 100_000m, "A"));
    }

    [Fact]
    public void Votes_cannot_outnumber_the_voting_members_present_and_closing_freezes_the_meeting()
    {
        var official = Member();
        var expert = Member(MemberKind.Expert);
        var meeting = new CommitteeMeeting(CompetitionId, Now);
        var tooMany = meeting.Record(new DateOnly(2026, 5, 4), "Sala 12", [official.Id, expert.Id], 2, 0, 0, null, [official, expert]);
        Assert.Equal("Committee.TooManyVotes", Assert.Single(tooMany.Errors).Code);
        Assert.Equal("Committee.MeetingDateRequired", meeting.Close([official, expert], Now, Guid.Empty).Errors[0].Code);
        Assert.True(meeting.Record(new DateOnly(2026, 5, 4), "Sala 12", [official.Id, expert.Id], 1, 0, 0, "Bez uwag", [official, expert]).Succeeded);
        Assert.True(meeting.Close([official, expert], Now, Guid.Empty).Succeeded);
        Assert.Equal("Committee.MeetingClosed", Assert.Single(meeting.Record(null, "", [], 0, 0, 0, null, [official]).Errors).Code);
    }
}
