using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.Results;
using Civitas.Organisations.Contracts;
using Civitas.Platform.Calendar;
using Civitas.Platform.LegalParameters;

namespace Civitas.Grants.Tests.Results;

public sealed class DecisionTests
{
    private static readonly AnnouncementRules Rules = new(21, "art. 13 ust. 1 UDPP", new HashSet<string>(["16"], StringComparer.Ordinal));
    private static readonly DateTimeOffset AnnouncedAt = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly LegalValue ThirtyDays = new(LegalParameterKeys.JustificationRequestDays, 30m, LegalUnit.Days, DayCountType.Calendar, "art. 15 ust. 2j UDPP", true);
    private static readonly Guid Official = Guid.CreateVersion7();
    private static readonly Guid OrgA = Guid.CreateVersion7();
    private static readonly Guid OrgB = Guid.CreateVersion7();
    private static readonly Guid OrgC = Guid.CreateVersion7();
    private static readonly DateTimeOffset DecidedAt = Warsaw(2026, 5, 25);

    private static DateTimeOffset Warsaw(int year, int month, int day, int hour = 10) => WarsawTime.ToUtc(new DateOnly(year, month, day), new TimeOnly(hour, 0));

    /// <summary>A competition (task "Festiwal" with 50 000 zł) moved to the committee's evaluation.</summary>
    private static Competition InEvaluation()
    {
        var c = Competition.Create(Guid.CreateVersion7(), "WK", 2026, 1, "Kultura 2026", AnnouncedAt, Official).Value!;
        var content = new AnnouncementContent
        {
            Title = "Kultura 2026",
            GrantRules = "Zasady.",
            ImplementationConditions = "Warunki.",
            ImplementationFrom = new DateOnly(2026, 6, 1),
            ImplementationTo = new DateOnly(2026, 12, 15),
            DeadlineDate = new DateOnly(2026, 4, 30),
            DeadlineTime = new TimeOnly(15, 30),
            SelectionProcedure = "Komisja.",
            SelectionDate = new DateOnly(2026, 5, 20),
            EligibleLegalForms = [OrganisationLegalForm.Association],
            BipPublishedOn = new DateOnly(2026, 3, 2),
            NoticeBoardPublishedOn = new DateOnly(2026, 3, 2),
            WebsitePublishedOn = new DateOnly(2026, 3, 2),
            Tasks = [new TaskDraft(null, "Festiwal", "16", 50_000m, TaskForm.Support, null)],
            Criteria = [new CriterionDraft(null, StatutoryCriterion.Capacity, "Możliwość realizacji", 10, null)],
        };
        Assert.True(c.EditDraft(content, Rules).Succeeded);
        Assert.True(c.Announce(Rules, AnnouncedAt, Official, "Urzędniczka").Succeeded);
        Assert.True(c.StartFormalCheck(Warsaw(2026, 5, 4)).Succeeded);
        Assert.True(c.StartEvaluation().Succeeded);
        return c;
    }

    private static List<DecisionCandidate> Candidates(Competition c) =>
    [
        new(Guid.CreateVersion7(), c.Tasks[0].Id, 0, 1, "OF-2026-AAAA-0001", "Festiwal na rynku", [new(OrgA, "Stowarzyszenie A"), new(OrgB, "Fundacja B")], 30_000m, FormalStanding.Accepted, null),
        new(Guid.CreateVersion7(), c.Tasks[0].Id, 1, 2, "OF-2026-AAAA-0002", "Koncerty w parku", [new(OrgC, "Stowarzyszenie C")], 25_000m, FormalStanding.Accepted, null),
        new(Guid.CreateVersion7(), c.Tasks[0].Id, 2, 1, "OF-2026-AAAA-0003", "Bez podpisu", [new(Guid.CreateVersion7(), "Fundacja D")], 5_000m, FormalStanding.Rejected, "Brak podpisu osoby uprawnionej."),
    ];

    private static DecisionInput Input(List<DecisionCandidate> cs, params DecisionLineInput[] lines) => new(new DateOnly(2026, 5, 25), "Jan Kowalski", "Prezydent Miasta", lines);

    private static (Competition C, List<DecisionCandidate> Cs, CompetitionDecision D) Decided()
    {
        var c = InEvaluation();
        var cs = Candidates(c);
        var d = CompetitionDecision.For(c.Id);
        var result = d.Record(c, cs, Input(cs, new(cs[0].OfferId, true, 30_000m, null), new(cs[1].OfferId, false, null, "Niższa ocena merytoryczna.")), DecidedAt, Official, "U");
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Code)));
        return (c, cs, d);
    }

    [Fact]
    public void Decision_funds_and_refuses_offers_lists_formal_rejections_and_moves_the_competition_to_decided()
    {
        var (c, cs, d) = Decided();
        Assert.Equal(CompetitionStatus.Decided, c.Status);
        Assert.Equal(3, d.Lines.Count);
        var funded = Assert.Single(d.Lines, l => l.Funded);
        Assert.Equal(30_000m, funded.Amount);
        Assert.Equal(["Stowarzyszenie A", "Fundacja B"], funded.Offerors.Select(o => o.Name));
        var rejected = Assert.Single(d.Lines, l => l.FormallyRejected);
        Assert.Equal(cs[2].OfferId, rejected.OfferId);
        Assert.False(rejected.Funded);
        Assert.Equal("Brak podpisu osoby uprawnionej.", rejected.Reason);
        Assert.Equal("Prezydent Miasta", d.SignatoryFunction);
    }

    [Fact]
    public void Amount_above_the_requested_grant_is_refused()
    {
        var c = InEvaluation();
        var cs = Candidates(c);
        var d = CompetitionDecision.For(c.Id);
        var result = d.Record(c, cs, Input(cs, new(cs[0].OfferId, true, 30_000.01m, null), new(cs[1].OfferId, true, 10_000m, null)), DecidedAt, Official, "U");
        var error = Assert.Single(result.Errors);
        Assert.Equal("Decision.AmountAboveRequested", error.Code);
        Assert.Equal("Lines[0].Amount", error.Field);
        Assert.Equal(CompetitionStatus.Evaluation, c.Status);
        Assert.Empty(d.Lines);
    }

    [Theory]
    [InlineData("0", "Decision.AmountNotPositive")]
    [InlineData("-5", "Decision.AmountNotPositive")]
    [InlineData("100.005", "Decision.AmountPrecision")]
    public void Amount_must_be_positive_and_in_whole_grosze(string amount, string code)
    {
        var c = InEvaluation();
        var cs = Candidates(c);
        var result = CompetitionDecision.For(c.Id).Record(c, cs,
            Input(cs, new(cs[0].OfferId, true, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), null), new(cs[1].OfferId, true, 10_000m, null)), DecidedAt, Official, "U");
        Assert.Equal(code, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Sum_funded_above_the_task_funds_is_refused_with_the_figures()
    {
        var c = InEvaluation();
        var cs = Candidates(c);
        var result = CompetitionDecision.For(c.Id).Record(c, cs, Input(cs, new(cs[0].OfferId, true, 30_000m, null), new(cs[1].OfferId, true, 25_000m, null)), DecidedAt, Official, "U");
        var error = Assert.Single(result.Errors);
        Assert.Equal("Decision.TaskFundsExceeded", error.Code);
        Assert.Equal("Lines[1].Amount", error.Field);
        Assert.Equal(["Festiwal", 55_000m, 50_000m, 5_000m], error.Args);
        Assert.Equal(CompetitionStatus.Evaluation, c.Status);
    }

    [Fact]
    public void Not_funded_without_a_reason_and_an_offer_without_a_choice_are_refused()
    {
        var c = InEvaluation();
        var cs = Candidates(c);
        var result = CompetitionDecision.For(c.Id).Record(c, cs, Input(cs, new DecisionLineInput(cs[0].OfferId, false, null, "  ")), DecidedAt, Official, "U");
        Assert.Equal(["Decision.ReasonRequired@Lines[0].Reason", "Decision.ChoiceRequired@Lines[1].Funded"], result.Errors.Select(e => e.Code + "@" + e.Field));
    }

    [Fact]
    public void Decision_date_signatory_and_function_are_required_and_the_date_not_in_the_future()
    {
        var c = InEvaluation();
        var cs = Candidates(c);
        DecisionLineInput[] lines = [new(cs[0].OfferId, true, 1m, null), new(cs[1].OfferId, true, 1m, null)];
        var result = CompetitionDecision.For(c.Id).Record(c, cs, new DecisionInput(new DateOnly(2026, 5, 26), " ", null, lines), DecidedAt, Official, "U");
        Assert.Equal(["Decision.DateInFuture", "Decision.SignatoryRequired", "Decision.FunctionRequired"], result.Errors.Select(e => e.Code));
        result = CompetitionDecision.For(c.Id).Record(c, cs, new DecisionInput(new DateOnly(2026, 4, 29), "J", "P", lines), DecidedAt, Official, "U");
        Assert.Equal("Decision.DateBeforeDeadline", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Decision_in_the_wrong_state_is_refused()
    {
        var c = Competition.Create(Guid.CreateVersion7(), "WK", 2026, 1, "Kultura 2026", AnnouncedAt, Official).Value!;
        var result = CompetitionDecision.For(c.Id).Record(c, [], new DecisionInput(new DateOnly(2026, 5, 25), "J", "P", []), DecidedAt, Official, "U");
        Assert.Equal("Decision.WrongState", Assert.Single(result.Errors).Code);
        Assert.Equal(CompetitionStatus.Draft, c.Status);
    }

    [Fact]
    public void Offer_without_a_final_formal_verdict_blocks_the_decision()
    {
        var c = InEvaluation();
        var cs = Candidates(c);
        cs[2] = cs[2] with { Formal = FormalStanding.Pending };
        var result = CompetitionDecision.For(c.Id).Record(c, cs, Input(cs, new(cs[0].OfferId, true, 1m, null), new(cs[1].OfferId, true, 1m, null)), DecidedAt, Official, "U");
        var error = Assert.Single(result.Errors);
        Assert.Equal("Decision.FormalCheckUnfinished", error.Code);
        Assert.Equal("OF-2026-AAAA-0003", error.Args[0]);
    }

    [Fact]
    public void Results_are_published_once_and_the_decision_cannot_change_afterwards()
    {
        var (c, cs, d) = Decided();
        Assert.True(d.Publish(c, DecidedAt.AddHours(1), Official, "U").Succeeded);
        Assert.Equal(CompetitionStatus.ResultsPublished, c.Status);
        Assert.Equal("Decision.AlreadyPublished", Assert.Single(d.Publish(c, DecidedAt.AddHours(2), Official, "U").Errors).Code);
        var again = d.Record(c, cs, Input(cs, new(cs[0].OfferId, true, 1m, null), new(cs[1].OfferId, true, 1m, null)), DecidedAt, Official, "U");
        Assert.Equal("Decision.AlreadyPublished", Assert.Single(again.Errors).Code);
        Assert.Equal(30_000m, Assert.Single(d.Lines, l => l.Funded).Amount);
    }

    [Fact]
    public void Publishing_before_the_decision_is_refused()
    {
        var c = InEvaluation();
        Assert.Equal("Decision.NotDecided", Assert.Single(CompetitionDecision.For(c.Id).Publish(c, DecidedAt, Official, "U").Errors).Code);
        Assert.Equal(CompetitionStatus.Evaluation, c.Status);
    }

    [Fact]
    public void Justification_is_requested_by_a_representative_of_any_offeror_of_the_offer_within_the_period()
    {
        var (c, _, d) = Decided();
        var published = Warsaw(2026, 5, 26, 12);
        Assert.True(d.Publish(c, published, Official, "U").Succeeded);
        var line = d.Lines.Single(l => l.Funded);
        // 26 May + 30 calendar days = 25 June 2026 (Thursday), to its end.
        var filed = JustificationRequest.File(d, line, OrgB, "Fundacja B", "Prosimy o uzasadnienie.", ThirtyDays, true, Warsaw(2026, 6, 25, 23), Official, "R");
        Assert.True(filed.Succeeded);
        Assert.Equal(OrgB, filed.Value!.OrganisationId);
        Assert.Equal(line.OfferId, filed.Value.OfferId);
    }

    [Fact]
    public void Justification_after_the_period_is_refused_with_its_last_day()
    {
        var (c, _, d) = Decided();
        Assert.True(d.Publish(c, Warsaw(2026, 5, 26, 12), Official, "U").Succeeded);
        var line = d.Lines.Single(l => l.Funded);
        var late = JustificationRequest.File(d, line, OrgA, "Stowarzyszenie A", null, ThirtyDays, true, Warsaw(2026, 6, 26, 0).AddMinutes(1), Official, "R");
        var error = Assert.Single(late.Errors);
        Assert.Equal("Justification.PeriodOver", error.Code);
        Assert.Equal(new DateOnly(2026, 6, 25), error.Args[0]);
        Assert.Equal("art. 15 ust. 2j UDPP", error.Args[1]);
    }

    [Fact]
    public void Justification_period_ending_on_a_sunday_moves_to_monday_where_the_tenant_applies_kpa_57()
    {
        // Published Friday 29 May 2026 + 30 days = Sunday 28 June; moved to Monday 29 June.
        var moved = JustificationRequest.Period(Warsaw(2026, 5, 29, 12), ThirtyDays, true);
        Assert.Equal(new DateOnly(2026, 6, 29), moved.LastDay);
        Assert.Equal(new DateOnly(2026, 6, 28), JustificationRequest.Period(Warsaw(2026, 5, 29, 12), ThirtyDays, false).LastDay);
    }

    [Fact]
    public void Justification_is_refused_before_publication_and_in_the_name_of_an_organisation_that_is_not_an_offeror()
    {
        var (c, _, d) = Decided();
        var line = d.Lines.Single(l => l.Funded);
        Assert.Equal("Justification.NotPublished", Assert.Single(JustificationRequest.File(d, line, OrgA, "A", null, ThirtyDays, true, DecidedAt, Official, "R").Errors).Code);
        Assert.Equal("Justification.NotPublished", Assert.Single(JustificationRequest.File(d, line, null, "", null, ThirtyDays, true, DecidedAt, Official, "R").Errors).Code);
        Assert.True(d.Publish(c, DecidedAt, Official, "U").Succeeded);
        Assert.Equal("Justification.NotRepresentative", Assert.Single(JustificationRequest.File(d, line, OrgC, "C", null, ThirtyDays, true, DecidedAt, Official, "R").Errors).Code);
        Assert.Equal("Justification.NotRepresentative", Assert.Single(JustificationRequest.File(d, line, Guid.Empty, "", null, ThirtyDays, true, DecidedAt, Official, "R").Errors).Code);
    }

    [Fact]
    public void Anyone_may_request_a_justification_in_their_own_name_within_the_period()
    {
        // art. 15 ust. 2j UDPP: "każdy" — not only the offerors.
        var (c, _, d) = Decided();
        Assert.True(d.Publish(c, Warsaw(2026, 5, 26, 12), Official, "U").Succeeded);
        var line = d.Lines.Single(l => l.Funded);
        var resident = Guid.CreateVersion7();
        var filed = JustificationRequest.File(d, line, null, "ignored", "Dlaczego ta oferta?", ThirtyDays, true, Warsaw(2026, 6, 25, 23), resident, "Rafał Mieszkaniec");
        Assert.True(filed.Succeeded);
        Assert.False(filed.Value!.OnBehalfOfOfferor);
        Assert.Equal(Guid.Empty, filed.Value.OrganisationId);
        Assert.Equal("", filed.Value.OrganisationName);
        Assert.Equal(resident, filed.Value.RequestedBy);
        var late = JustificationRequest.File(d, line, null, "", null, ThirtyDays, true, Warsaw(2026, 6, 26, 0).AddMinutes(1), resident, "Rafał Mieszkaniec");
        Assert.Equal("Justification.PeriodOver", Assert.Single(late.Errors).Code);
    }

    [Fact]
    public void Answer_is_required_and_given_once()
    {
        var (c, _, d) = Decided();
        Assert.True(d.Publish(c, DecidedAt, Official, "U").Succeeded);
        var request = JustificationRequest.File(d, d.Lines.Single(l => l.Funded), OrgA, "A", null, ThirtyDays, true, DecidedAt, Official, "R").Value!;
        Assert.Equal("Justification.AnswerRequired", Assert.Single(request.Respond(" ", DecidedAt, Official, "U").Errors).Code);
        Assert.True(request.Respond("Oferta uzyskała najwyższą ocenę.", DecidedAt, Official, "U").Succeeded);
        Assert.Equal("Justification.AlreadyAnswered", Assert.Single(request.Respond("Inna", DecidedAt, Official, "U").Errors).Code);
        Assert.Equal("Oferta uzyskała najwyższą ocenę.", request.Answer);
    }
}
