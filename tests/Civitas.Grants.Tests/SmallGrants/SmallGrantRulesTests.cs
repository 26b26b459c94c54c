using Civitas.Grants.Domain.SmallGrants;
using Civitas.Organisations.Contracts;
using Civitas.Platform;
using Civitas.Platform.Calendar;
using Civitas.Platform.LegalParameters;

namespace Civitas.Grants.Tests.SmallGrants;

/// <summary>The rules of art. 19a UDPP with the statutory values of the legal-parameters table.</summary>
public sealed class SmallGrantRulesTests
{
    internal static readonly SmallGrantLimits Limits = new(
        new LegalValue(LegalParameterKeys.SmallGrantMaxAmount, 10_000m, LegalUnit.Zloty, DayCountType.None, "art. 19a ust. 1 pkt 1 UDPP", false),
        new LegalValue(LegalParameterKeys.SmallGrantMaxDurationDays, 90m, LegalUnit.Days, DayCountType.Calendar, "art. 19a ust. 1 pkt 2 UDPP", false),
        new LegalValue(LegalParameterKeys.SmallGrantPerOrganisationYearMax, 20_000m, LegalUnit.Zloty, DayCountType.None, "art. 19a ust. 6 UDPP", true),
        new LegalValue(LegalParameterKeys.SmallGrantShareOfPlannedMaxPercent, 20m, LegalUnit.Percent, DayCountType.None, "art. 19a ust. 7 UDPP", true),
        new LegalValue(LegalParameterKeys.SmallGrantPublishWithinWorkingDays, 7m, LegalUnit.Days, DayCountType.Working, "art. 19a ust. 3 UDPP", false),
        new LegalValue(LegalParameterKeys.SmallGrantPublicationDays, 7m, LegalUnit.Days, DayCountType.Calendar, "art. 19a ust. 3 UDPP", false),
        new LegalValue(LegalParameterKeys.SmallGrantCommentDays, 7m, LegalUnit.Days, DayCountType.Calendar, "art. 19a ust. 4 UDPP", false));

    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly string[] Spheres = ["16", "17"];

    internal static SmallGrantOfferContent Valid(DateOnly? start = null, int days = 30, decimal grant = 9_000m, decimal own = 500m, decimal nonFinancial = 500m) => new(
        "Warsztaty żeglarskie", "17", "Zalew miejski", start ?? Today.AddDays(14), (start ?? Today.AddDays(14)).AddDays(days - 1),
        "Opis", "Rezultaty", "Anna Nowak", "+48 600 100 200", null,
        [new SmallGrantCostLineInput("Instruktor", "godz.", 100, 90m), new SmallGrantCostLineInput("Kamizelki", "szt.", 4, 250m), new SmallGrantCostLineInput(null, null, null, null)],
        grant, own, nonFinancial,
        new SmallGrantStatements(true, true, false, false, true, true, true));

    private static IReadOnlyList<Error> Validate(SmallGrantOfferContent c) => SmallGrantRules.Validate(c, Limits, Spheres, Today);

    [Fact]
    public void A_complete_offer_whose_costs_add_up_has_no_errors()
        => Assert.Empty(Validate(Valid()));

    [Fact]
    public void A_grant_over_the_maximum_is_refused_with_the_legal_basis()
    {
        var errors = Validate(Valid(grant: 10_000.01m, own: 0m, nonFinancial: -0.01m + 0.01m) with { CostLines = [new SmallGrantCostLineInput("Instruktor", "godz.", 1, 10_000.01m)] });
        var error = Assert.Single(errors);
        Assert.Equal(("SmallGrant.GrantOverMax", "GrantAmount"), (error.Code, error.Field));
        Assert.Contains("art. 19a ust. 1 pkt 1 UDPP", error.Args);
    }

    [Fact]
    public void A_grant_of_exactly_the_maximum_is_accepted()
        => Assert.Empty(Validate(Valid(grant: 10_000m, own: 0m, nonFinancial: 0m) with { CostLines = [new SmallGrantCostLineInput("Instruktor", "godz.", 100, 100m)] }));

    [Fact]
    public void A_task_of_91_days_is_refused_and_one_of_90_days_is_accepted()
    {
        var error = Assert.Single(Validate(Valid(days: 91)));
        Assert.Equal(("SmallGrant.TooLong", "EndDate"), (error.Code, error.Field));
        Assert.Empty(Validate(Valid(days: 90)));
    }

    [Fact]
    public void A_task_running_into_the_next_calendar_year_is_refused()
    {
        var error = Assert.Single(Validate(Valid(start: new DateOnly(2026, 12, 20), days: 20)));
        Assert.Equal("SmallGrant.SingleYear", error.Code);
    }

    [Fact]
    public void Costs_that_do_not_add_up_to_the_sources_are_refused_with_both_sums()
    {
        var error = Assert.Single(Validate(Valid(own: 499.99m)));
        Assert.Equal(("SmallGrant.CostsDoNotAddUp", "GrantAmount"), (error.Code, error.Field));
        Assert.Equal(10_000m, error.Args[0]);
        Assert.Equal(9_999.99m, error.Args[1]);
    }

    [Fact]
    public void Line_totals_are_rounded_to_the_grosz_half_away_from_zero()
    {
        Assert.Equal(0.03m, SmallGrantRules.LineTotal(0.5m, 0.05m));
        Assert.Equal(33.34m, SmallGrantRules.LineTotal(1.0001m, 33.335m));
    }

    [Fact]
    public void A_negative_or_zero_quantity_is_refused_next_to_its_cell()
    {
        var errors = Validate(Valid() with { CostLines = [new SmallGrantCostLineInput("Instruktor", "godz.", -1, 90m), new SmallGrantCostLineInput("Kamizelki", "szt.", 4, 0m)] });
        Assert.Contains(errors, e => e is { Code: "SmallGrant.NotPositive", Field: "CostLines[0].Quantity" });
        Assert.Contains(errors, e => e is { Code: "SmallGrant.NotPositive", Field: "CostLines[1].UnitCost" });
    }

    [Fact]
    public void Missing_statements_are_each_reported()
    {
        var errors = Validate(Valid() with { Statements = new SmallGrantStatements(false, true, null, false, true, false, true) });
        Assert.Equal(["WithinPublicBenefitActivity", "HasTaxArrears", "InformationTrue"], errors.Select(e => e.Field));
    }

    [Fact]
    public void The_organisation_cap_counts_the_year_s_other_grants_of_the_organisation()
    {
        Assert.Empty(SmallGrantRules.Caps(10_000m, 2026, 10_000m, 10_000m, 1_000_000m, Limits));
        var error = Assert.Single(SmallGrantRules.Caps(10_000m, 2026, 10_000.01m, 10_000.01m, 1_000_000m, Limits));
        Assert.Equal("SmallGrant.OrganisationYearCap", error.Code);
        Assert.Equal(9_999.99m, error.Args[3]);
    }

    [Fact]
    public void The_tenant_cap_is_the_share_of_the_planned_total()
    {
        Assert.Equal(10_000m, SmallGrantRules.TenantCap(50_000m, Limits));
        Assert.Empty(SmallGrantRules.Caps(2_000m, 2026, 0m, 8_000m, 50_000m, Limits));
        var error = Assert.Single(SmallGrantRules.Caps(2_000.01m, 2026, 0m, 8_000m, 50_000m, Limits));
        Assert.Equal("SmallGrant.TenantShareCap", error.Code);
    }

    [Fact]
    public void Without_a_planned_total_every_offer_of_the_year_is_refused()
        => Assert.Equal("SmallGrant.NoPlan", Assert.Single(SmallGrantRules.Caps(100m, 2026, 0m, 0m, null, Limits)).Code);

    [Theory]
    [InlineData(OrganisationEligibility.Excluded, OrganisationStatus.Verified, false, "SmallGrant.OrganisationExcluded")]
    [InlineData(OrganisationEligibility.NonGovernmentalOrganisation, OrganisationStatus.NotListed, false, "SmallGrant.OrganisationNotListed")]
    [InlineData(OrganisationEligibility.NonGovernmentalOrganisation, OrganisationStatus.Unverified, false, "SmallGrant.OrganisationNotVerified")]
    [InlineData(OrganisationEligibility.NonGovernmentalOrganisation, OrganisationStatus.Suspended, false, "SmallGrant.OrganisationSuspended")]
    [InlineData(OrganisationEligibility.EquivalentBody, OrganisationStatus.Verified, true, "SmallGrant.OrganisationInLiquidation")]
    [InlineData(OrganisationEligibility.EquivalentBody, OrganisationStatus.Verified, false, null)]
    public void Eligibility_follows_the_legal_form_the_directory_and_liquidation(OrganisationEligibility eligibility, OrganisationStatus status, bool liquidation, string? code)
    {
        var summary = new OrganisationSummary(Guid.NewGuid(), "Stowarzyszenie", null, "s", OrganisationLegalForm.Association, eligibility, "0000000001", null, null, null, false, liquidation, "ul. Rynek 1", status, false);
        Assert.Equal(code, SmallGrantRules.Eligibility(summary).SingleOrDefault()?.Code);
    }

    [Fact]
    public void Publication_is_due_seven_working_days_after_receipt_across_a_holiday_and_a_weekend()
    {
        // Received Thursday 5 November 2026: Fri 6, Mon 9, Tue 10, (Wed 11 = Narodowe Święto Niepodległości),
        // Thu 12, Fri 13, Mon 16, Tue 17.
        Assert.True(LegalCalendar.IsPublicHoliday(new DateOnly(2026, 11, 11)));
        Assert.Equal(new DateOnly(2026, 11, 17), SmallGrantRules.PublishBy(new DateOnly(2026, 11, 5), Limits, moveOffNonWorkingDays: true));
    }

    [Fact]
    public void An_offer_received_on_Saturday_of_Easter_is_due_after_Easter_Monday_and_the_weekend()
    {
        // Easter 2027 is 28 March: received Sat 27.03; Mon 29.03 is a holiday; working days: 30, 31.03, 1, 2, 5, 6, 7.04.
        Assert.Equal(new DateOnly(2027, 4, 7), SmallGrantRules.PublishBy(new DateOnly(2027, 3, 27), Limits, moveOffNonWorkingDays: false));
    }

    [Fact]
    public void Publication_and_comments_end_at_the_end_of_the_seventh_day_moved_off_a_holiday_where_the_tenant_applies_it()
    {
        // Published Wednesday 4 November 2026, 10:00 Warsaw: seventh day is Wednesday 11 November (a holiday).
        var published = WarsawTime.ToUtc(new DateOnly(2026, 11, 4), new TimeOnly(10, 0));
        var (visibleTo, commentsUntil) = SmallGrantRules.Windows(published, Limits, moveOffNonWorkingDays: true);
        Assert.Equal(WarsawTime.EndOfDay(new DateOnly(2026, 11, 12)), commentsUntil);
        Assert.Equal(visibleTo, commentsUntil);
        var (unmoved, _) = SmallGrantRules.Windows(published, Limits, moveOffNonWorkingDays: false);
        Assert.Equal(WarsawTime.EndOfDay(new DateOnly(2026, 11, 11)), unmoved);
    }
}
