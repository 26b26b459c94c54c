using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.FormalCheck;
using Civitas.Grants.Domain.Offers;
using Civitas.Organisations.Contracts;
using Civitas.Platform.Calendar;
using Civitas.Platform.LegalParameters;

namespace Civitas.Grants.Tests.FormalCheck;

public sealed class FormalReviewTests
{
    private static readonly AnnouncementRules Rules = new(21, "art. 13 ust. 1 UDPP", new HashSet<string>(["16"], StringComparer.Ordinal));
    private static readonly DateTimeOffset AnnouncedAt = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly LegalValue SevenCalendarDays = new(LegalParameterKeys.FormalCorrectionDays, 7m, LegalUnit.Days, DayCountType.Calendar, "regulamin konkursu", true);
    private static readonly Guid Official = Guid.CreateVersion7();

    /// <summary>An announced competition with two checklist items and the deadline 30 April 2026, 15:30 Warsaw time.</summary>
    private static Competition Announced()
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
            ChecklistItems = ["Oferta złożona przez uprawniony podmiot", "Kalkulacja kosztów kompletna"],
        };
        Assert.True(c.EditDraft(content, Rules).Succeeded);
        Assert.True(c.Announce(Rules, AnnouncedAt, Official, "Urzędniczka").Succeeded);
        return c;
    }

    private static DateTimeOffset Warsaw(int year, int month, int day, int hour = 10) => WarsawTime.ToUtc(new DateOnly(year, month, day), new TimeOnly(hour, 0));

    private static FormalReviewInput Input(Competition c, bool? first, bool? second, FormalOutcome? outcome, string? reasons = null, params OfferSectionKey[] sections)
    {
        var items = c.ChecklistItems.OrderBy(i => i.Order).ToList();
        return new FormalReviewInput(new Dictionary<Guid, bool?> { [items[0].Id] = first, [items[1].Id] = second }, outcome, reasons, sections);
    }


    [Fact]
    public void Review_before_the_offer_deadline_is_refused_and_the_competition_stays_open()
    {
        var c = Announced();
        var review = FormalReview.For(c.Id, Guid.CreateVersion7(), 1);
        var result = review.Record(c, Input(c, true, true, FormalOutcome.Accepted), SevenCalendarDays, true, Warsaw(2026, 4, 30, 15), Official, "U");
        Assert.Equal("FormalCheck.BeforeDeadline", Assert.Single(result.Errors).Code);
        Assert.Equal(CompetitionStatus.Announced, c.Status);
    }

    [Fact]
    public void First_review_after_the_deadline_moves_the_competition_to_the_formal_check()
    {
        var c = Announced();
        var review = FormalReview.For(c.Id, Guid.CreateVersion7(), 1);
        var result = review.Record(c, Input(c, true, true, FormalOutcome.Accepted), SevenCalendarDays, true, Warsaw(2026, 5, 4), Official, "U");
        Assert.True(result.Succeeded);
        Assert.Equal(CompetitionStatus.FormalCheck, c.Status);
        Assert.Equal(FormalOutcome.Accepted, review.Outcome);
        Assert.All(review.Items, i => Assert.True(i.Met));
        Assert.Null(review.CorrectionLastDay);
    }

    [Fact]
    public void Every_checklist_item_needs_a_result()
    {
        var c = Announced();
        var review = FormalReview.For(c.Id, Guid.CreateVersion7(), 1);
        var result = review.Record(c, Input(c, true, null, FormalOutcome.Accepted), SevenCalendarDays, true, Warsaw(2026, 5, 4), Official, "U");
        var error = Assert.Single(result.Errors);
        Assert.Equal("FormalCheck.ItemResultRequired", error.Code);
        Assert.Equal("Items[1].Met", error.Field);
        Assert.Equal(CompetitionStatus.Announced, c.Status);
    }

    [Fact]
    public void Offer_with_an_unmet_item_cannot_be_accepted()
    {
        var c = Announced();
        var result = FormalReview.For(c.Id, Guid.CreateVersion7(), 1).Record(c, Input(c, true, false, FormalOutcome.Accepted), SevenCalendarDays, true, Warsaw(2026, 5, 4), Official, "U");
        Assert.Equal("FormalCheck.AcceptedWithUnmetItems", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Rejection_without_reasons_is_refused()
    {
        var c = Announced();
        var result = FormalReview.For(c.Id, Guid.CreateVersion7(), 1).Record(c, Input(c, false, true, FormalOutcome.Rejected, "   "), SevenCalendarDays, true, Warsaw(2026, 5, 4), Official, "U");
        var error = Assert.Single(result.Errors);
        Assert.Equal("FormalCheck.ReasonsRequired", error.Code);
        Assert.Equal("Reasons", error.Field);
    }

    [Fact]
    public void Rejection_keeps_its_reasons()
    {
        var c = Announced();
        var review = FormalReview.For(c.Id, Guid.CreateVersion7(), 1);
        Assert.True(review.Record(c, Input(c, false, true, FormalOutcome.Rejected, " Oferent nie jest organizacją pozarządową. "), SevenCalendarDays, true, Warsaw(2026, 5, 4), Official, "U").Succeeded);
        Assert.Equal("Oferent nie jest organizacją pozarządową.", review.Reasons);
        Assert.Equal(FormalOutcome.Rejected, review.Outcome);
    }

    [Fact]
    public void Correction_request_needs_an_unmet_item_and_a_section()
    {
        var c = Announced();
        var result = FormalReview.For(c.Id, Guid.CreateVersion7(), 1).Record(c, Input(c, true, true, FormalOutcome.CorrectionRequested), SevenCalendarDays, true, Warsaw(2026, 5, 4), Official, "U");
        Assert.Contains(result.Errors, e => e.Code == "FormalCheck.CorrectionWithoutUnmetItems");
        Assert.Contains(result.Errors, e => e.Code == "FormalCheck.SectionsRequired" && e.Field == "Sections");
    }

    [Fact]
    public void Correction_deadline_ending_on_a_holiday_moves_to_the_next_working_day()
    {
        var c = Announced();
        var review = FormalReview.For(c.Id, Guid.CreateVersion7(), 1);
        // Wednesday 4 November 2026 + 7 days = Wednesday 11 November, Independence Day.
        var result = review.Record(c, Input(c, true, false, FormalOutcome.CorrectionRequested, null, OfferSectionKey.Costs, OfferSectionKey.Sources), SevenCalendarDays, true, Warsaw(2026, 11, 4), Official, "U");
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Code)));
        Assert.Equal(new DateOnly(2026, 11, 12), review.CorrectionLastDay);
        Assert.True(review.CorrectionDeadlineMoved);
        Assert.Equal(WarsawTime.EndOfDay(new DateOnly(2026, 11, 12)), review.CorrectionEndsBefore);
        Assert.Equal("regulamin konkursu", review.CorrectionBasis);
        Assert.Equal(new[] { OfferSectionKey.Costs, OfferSectionKey.Sources }, review.Sections);
        Assert.Equal("Kalkulacja kosztów kompletna", Assert.Single(review.Items, i => !i.Met).Text);
    }

    [Fact]
    public void Correction_deadline_is_not_moved_where_the_tenant_does_not_apply_the_rule()
    {
        var c = Announced();
        var review = FormalReview.For(c.Id, Guid.CreateVersion7(), 1);
        Assert.True(review.Record(c, Input(c, true, false, FormalOutcome.CorrectionRequested, null, OfferSectionKey.Costs), SevenCalendarDays, false, Warsaw(2026, 11, 4), Official, "U").Succeeded);
        Assert.Equal(new DateOnly(2026, 11, 11), review.CorrectionLastDay);
        Assert.False(review.CorrectionDeadlineMoved);
    }

    [Fact]
    public void Correction_deadline_ending_on_a_saturday_moves_to_monday()
    {
        // Friday 5 June 2026 + 8 calendar days = Saturday 13 June.
        var eight = SevenCalendarDays with { Value = 8m };
        var deadline = FormalReview.CorrectionDeadline(new DateOnly(2026, 6, 5), eight, moveOffNonWorkingDays: true);
        Assert.Equal(new DateOnly(2026, 6, 13), deadline.UnmovedLastDay);
        Assert.Equal(new DateOnly(2026, 6, 15), deadline.LastDay);
    }

    [Fact]
    public void Correction_period_in_working_days_skips_the_may_holiday_and_the_weekend()
    {
        // Thursday 30 April 2026; 1 May is a holiday, 2–3 May a weekend (and 3 May a holiday): 3 working days end on 6 May.
        var three = SevenCalendarDays with { Value = 3m, DayType = DayCountType.Working };
        Assert.Equal(new DateOnly(2026, 5, 6), FormalReview.CorrectionDeadline(new DateOnly(2026, 4, 30), three, moveOffNonWorkingDays: true).LastDay);
    }

    [Fact]
    public void Recording_again_replaces_the_verdict_and_clears_the_correction()
    {
        var c = Announced();
        var review = FormalReview.For(c.Id, Guid.CreateVersion7(), 1);
        Assert.True(review.Record(c, Input(c, true, false, FormalOutcome.CorrectionRequested, null, OfferSectionKey.Costs), SevenCalendarDays, true, Warsaw(2026, 5, 4), Official, "U").Succeeded);
        Assert.True(review.Record(c, Input(c, true, true, FormalOutcome.Accepted), SevenCalendarDays, true, Warsaw(2026, 5, 5), Official, "U").Succeeded);
        Assert.Equal(FormalOutcome.Accepted, review.Outcome);
        Assert.Null(review.CorrectionLastDay);
        Assert.Empty(review.Sections);
    }

    [Fact]
    public void Review_is_refused_once_the_committee_evaluates()
    {
        var c = Announced();
        Assert.True(c.StartFormalCheck(Warsaw(2026, 5, 4)).Succeeded);
        Assert.True(c.StartEvaluation().Succeeded);
        var result = FormalReview.For(c.Id, Guid.CreateVersion7(), 1).Record(c, Input(c, true, true, FormalOutcome.Accepted), SevenCalendarDays, true, Warsaw(2026, 5, 6), Official, "U");
        Assert.Equal("FormalCheck.WrongState", Assert.Single(result.Errors).Code);
    }
}
