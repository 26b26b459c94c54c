using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.Offers;
using Civitas.Organisations.Contracts;
using static Civitas.Grants.Tests.Offers.OfferFixtures;

namespace Civitas.Grants.Tests.Offers;

public sealed class OfferValidatorTests
{
    [Fact]
    public void A_complete_offer_within_the_rules_has_no_problems()
    {
        Assert.Empty(Validate(Valid()));
    }

    [Fact]
    public void A_complete_joint_offer_whose_split_adds_up_has_no_problems()
    {
        var content = Joint();
        Assert.Empty(Validate(content));
    }

    [Fact]
    public void An_empty_offer_reports_every_missing_field_in_its_section()
    {
        var problems = Validate(new OfferContent());
        Assert.Contains(problems, p => p.Section == OfferSectionKey.Offerors && p.Error.Field == "ContactName");
        Assert.Contains(problems, p => p.Section == OfferSectionKey.Task && p.Error.Field == "Title");
        Assert.Contains(problems, p => p.Section == OfferSectionKey.Task && p.Error.Field == "StartDate");
        Assert.Contains(problems, p => p.Section == OfferSectionKey.Task && p.Error.Code == "Offer.ActionsRequired");
        Assert.Contains(problems, p => p.Section == OfferSectionKey.Profile && p.Error.Field == "Resources");
        Assert.Contains(problems, p => p.Section == OfferSectionKey.Costs && p.Error.Code == "Offer.CostsRequired");
        Assert.Contains(problems, p => p.Section == OfferSectionKey.Sources && p.Error.Field == "Grant");
        Assert.Contains(problems, p => p.Section == OfferSectionKey.Other && p.Error.Code == "Offer.PaidModeRequired");
        Assert.Equal(7, problems.Count(p => p.Section == OfferSectionKey.Statements));
        Assert.DoesNotContain(problems, p => p.Section == OfferSectionKey.Split);
    }

    [Fact]
    public void Costs_that_do_not_add_up_to_the_sources_are_refused_with_both_sums()
    {
        var content = Valid();
        content.Sources.Grant = 8_500m;
        var problem = Validate(content).Single("Offer.SourcesDoNotAddUp");
        Assert.Equal(OfferSectionKey.Sources, problem.Section);
        Assert.Equal([10_500m, 10_000m], problem.Error.Args);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    public void A_negative_or_zero_quantity_is_refused_next_to_the_field(int quantity)
    {
        var content = Valid();
        content.Costs.Lines[1].Quantity = quantity;
        var problem = Validate(content).Single("Offer.QuantityNotPositive");
        Assert.Equal("Lines[1].Quantity", problem.Error.Field);
    }

    [Theory]
    [InlineData(-5)]
    [InlineData(0)]
    public void A_negative_or_zero_unit_cost_is_refused_next_to_the_field(int cost)
    {
        var content = Valid();
        content.Costs.Lines[0].UnitCost = cost;
        Assert.Equal("Lines[0].UnitCost", Validate(content).Single("Offer.UnitCostNotPositive").Error.Field);
    }

    [Fact]
    public void A_unit_cost_with_fractions_of_a_grosz_is_refused()
    {
        var content = Valid();
        content.Costs.Lines[0].UnitCost = 10.005m;
        Assert.Equal("Lines[0].UnitCost", Validate(content).Single("Offer.MoneyPrecision").Error.Field);
    }

    [Fact]
    public void An_administrative_share_over_the_cap_is_refused_with_the_share_and_the_cap()
    {
        var content = Valid();
        content.Costs.Lines[2].UnitCost = 1_001m;   // 1001 / 10101 = 9.91 % — under 10 %
        Assert.DoesNotContain("Offer.AdminShareOverCap", Validate(content, offerors: null).Codes());
        var problem = Validate(Valid(), Rules(adminCap: 8.99m)).Single("Offer.AdminShareOverCap");
        Assert.Equal([9m, 8.99m], problem.Error.Args);
        Assert.Equal(OfferSectionKey.Costs, problem.Section);
    }

    [Fact]
    public void An_administrative_share_exactly_at_the_cap_is_allowed()
    {
        Assert.DoesNotContain("Offer.AdminShareOverCap", Validate(Valid(), Rules(adminCap: 9m)).Codes());
    }

    [Fact]
    public void A_grant_over_the_maximum_per_offer_is_refused_next_to_the_grant()
    {
        var problem = Validate(Valid(), Rules(maxGrant: 7_999.99m)).Single("Offer.GrantOverMax");
        Assert.Equal("Grant", problem.Error.Field);
        Assert.DoesNotContain("Offer.GrantOverMax", Validate(Valid(), Rules(maxGrant: 8_000m)).Codes());
    }

    [Fact]
    public void Own_contribution_below_the_minimum_is_refused_for_the_kind_the_announcement_counts()
    {
        Assert.Equal([20m, 25m], Validate(Valid(), Rules(minOwn: 25m)).Single("Offer.OwnContributionBelowMin").Error.Args);
        Assert.Equal([10m, 15m], Validate(Valid(), Rules(minOwn: 15m, kind: OwnContributionKind.Financial)).Single("Offer.OwnFinancialBelowMin").Error.Args);
        Assert.Equal("NonFinancialPersonal", Validate(Valid(), Rules(minOwn: 10.01m, kind: OwnContributionKind.NonFinancial)).Single("Offer.NonFinancialBelowMin").Error.Field);
        Assert.Empty(Validate(Valid(), Rules(minOwn: 10m, kind: OwnContributionKind.NonFinancial)));
    }

    [Fact]
    public void Beneficiary_fees_are_part_of_the_own_financial_contribution_and_need_paid_activity()
    {
        var content = Valid();
        content.Sources.BeneficiaryFees = 1_000.01m;
        var problems = Validate(content);
        Assert.Equal("BeneficiaryFees", problems.Single("Offer.FeesOverOwnFinancial").Error.Field);
        Assert.Equal("PaidMode", problems.Single("Offer.FeesInUnpaid").Error.Field);
        content.Sources.BeneficiaryFees = 500m;
        content.Other.PaidMode = PaidMode.Both;
        Assert.Empty(Validate(content));
    }

    [Fact]
    public void Negative_sources_are_refused()
    {
        var content = Valid();
        content.Sources.NonFinancialInKind = -1m;
        content.Sources.NonFinancialPersonal = 1_001m;
        Assert.Equal("NonFinancialInKind", Validate(content).Single("Offer.AmountNegative").Error.Field);
    }

    [Fact]
    public void A_joint_offer_whose_split_does_not_sum_to_the_total_is_refused()
    {
        var content = Joint();
        content.Split.Rows[1].Amount = 3_000m;
        var problems = Validate(content);
        Assert.Equal([9_000m, 10_000m], problems.Single("Offer.SplitDoesNotAddUp").Error.Args);
        Assert.Equal([2026, 9_000m, 10_000m], problems.Single("Offer.SplitYearMismatch").Error.Args);
        Assert.All(problems, p => Assert.Equal(OfferSectionKey.Split, p.Section));
    }

    [Fact]
    public void A_joint_offer_is_refused_where_the_announcement_does_not_admit_one()
    {
        Assert.Equal("Partners", Validate(Joint(), Rules(joint: false)).Single("Offer.JointNotAllowed").Error.Field);
    }

    [Fact]
    public void In_a_joint_offer_every_action_names_one_of_the_offerors()
    {
        var content = Joint();
        content.Task.Actions[0].OfferorId = null;
        content.Task.Actions[1].OfferorId = Guid.NewGuid();
        var fields = Validate(content).Where(p => p.Error.Code == "Offer.ActionOfferor").Select(p => p.Error.Field);
        Assert.Equal(["Actions[0].OfferorId", "Actions[1].OfferorId"], fields);
    }

    [Fact]
    public void The_lead_offeror_cannot_be_named_as_a_partner()
    {
        var content = Joint();
        content.Offerors.Partners = [Partner, Lead];
        Assert.Contains("Offer.PartnerTwice", Validate(content).Codes());
    }

    [Fact]
    public void A_task_starting_before_the_eligible_cost_period_is_refused_with_the_period()
    {
        var rules = Rules() with { EligibleCostsFrom = new DateOnly(2026, 6, 15) };
        var problem = Validate(Valid(), rules).Single("Offer.OutsideEligiblePeriod");
        Assert.Equal("StartDate", problem.Error.Field);
        Assert.Equal([new DateOnly(2026, 6, 15), new DateOnly(2027, 12, 31)], problem.Error.Args);
    }

    [Fact]
    public void A_task_ending_after_the_implementation_window_is_refused()
    {
        var content = Valid();
        content.Task.EndDate = new DateOnly(2028, 1, 1);
        var problems = Validate(content);
        Assert.Equal("EndDate", problems.Single("Offer.OutsideImplementation").Error.Field);
        Assert.Equal("EndDate", problems.Single("Offer.OutsideEligiblePeriod").Error.Field);
    }

    [Fact]
    public void An_end_date_before_the_start_is_refused()
    {
        var content = Valid();
        content.Task.EndDate = new DateOnly(2026, 5, 31);
        Assert.Equal("EndDate", Validate(content).Single("Offer.EndBeforeStart").Error.Field);
    }

    [Fact]
    public void A_task_longer_than_a_contract_may_run_is_refused()
    {
        var rules = Rules() with { ImplementationTo = new DateOnly(2032, 12, 31), EligibleCostsTo = new DateOnly(2032, 12, 31), MaxYears = 2 };
        var content = Valid();
        content.Task.EndDate = new DateOnly(2028, 6, 30);
        Assert.Equal([2], Validate(content, rules).Single("Offer.TooManyYears").Error.Args);
    }

    [Fact]
    public void A_multi_year_task_needs_each_line_split_into_years_that_add_up()
    {
        var content = Valid();
        content.Task.EndDate = new DateOnly(2027, 5, 31);
        content.Costs.Lines[0].PerYear = [60m, 40m];
        content.Costs.Lines[1].PerYear = [4500m, 4000m];
        content.Costs.Lines[2].PerYear = [-1m, 901m];
        content.Task.Actions[0].Year = 2028;
        var problems = Validate(content);
        var mismatch = problems.Single("Offer.YearSplitMismatch");
        Assert.Equal("Lines[1].PerYear[0]", mismatch.Error.Field);
        Assert.Equal([8500m, 9000m], mismatch.Error.Args);
        Assert.Equal("Lines[2].PerYear[0]", problems.Single("Offer.AmountNegative").Error.Field);
        Assert.Equal("Actions[0].Year", problems.Where(p => p.Error.Code == "Offer.ActionYear").Select(p => p.Error.Field).First());
    }

    [Fact]
    public void An_action_cost_must_belong_to_an_action_of_the_schedule()
    {
        var content = Valid();
        content.Costs.Lines[0].ActionNumber = 3;
        content.Costs.Lines[1].ActionNumber = null;
        Assert.Equal(["Lines[0].ActionNumber", "Lines[1].ActionNumber"], Validate(content).Where(p => p.Error.Code == "Offer.CostAction").Select(p => p.Error.Field));
    }

    [Fact]
    public void An_offeror_whose_spheres_do_not_include_the_task_is_refused()
    {
        var problem = Validate(Valid(), offerors: Offerors(Facts(Lead, spheres: ["13"]))).Single("Offer.OfferorSphere");
        Assert.Null(problem.Error.Field);
        Assert.Equal(["Stowarzyszenie Łąka", "16"], problem.Error.Args);
    }

    [Fact]
    public void An_organisation_of_an_excluded_legal_form_cannot_be_an_offeror()
    {
        var problems = Validate(Valid(), offerors: Offerors(Facts(Lead, "Związek Zawodowy", OrganisationLegalForm.Other, OrganisationEligibility.Excluded)));
        Assert.Contains("Offer.OfferorExcluded", problems.Codes());
    }

    [Fact]
    public void A_legal_form_the_announcement_does_not_admit_is_refused()
    {
        var problems = Validate(Valid(), offerors: Offerors(Facts(Lead, "Spółdzielnia Socjalna Ład", OrganisationLegalForm.SocialCooperative, OrganisationEligibility.EquivalentBody)));
        Assert.Contains("Offer.OfferorLegalForm", problems.Codes());
        var open = Rules() with { EligibleLegalForms = [] };
        Assert.Empty(Validate(Valid(), open, Offerors(Facts(Lead, "Spółdzielnia Socjalna Ład", OrganisationLegalForm.SocialCooperative, OrganisationEligibility.EquivalentBody))));
    }

    [Theory]
    [InlineData(OrganisationStatus.NotListed, "Offer.OfferorNotListed")]
    [InlineData(OrganisationStatus.Unverified, "Offer.OfferorNotVerified")]
    [InlineData(OrganisationStatus.Rejected, "Offer.OfferorNotVerified")]
    [InlineData(OrganisationStatus.Suspended, "Offer.OfferorSuspended")]
    public void An_offeror_not_verified_in_this_local_government_is_refused(OrganisationStatus status, string code)
    {
        Assert.Contains(code, Validate(Valid(), offerors: Offerors(Facts(Lead, status: status))).Codes());
    }

    [Fact]
    public void An_offeror_in_liquidation_is_refused()
    {
        Assert.Contains("Offer.OfferorInLiquidation", Validate(Valid(), offerors: Offerors(Facts(Lead, liquidation: true))).Codes());
    }

    [Fact]
    public void Every_partner_of_a_joint_offer_is_checked_and_the_error_is_shown_at_the_partners()
    {
        var problems = Validate(Joint(), offerors: Offerors(Facts(Lead), Facts(Partner, "Partia Przykładowa", OrganisationLegalForm.Other, OrganisationEligibility.Excluded)));
        Assert.Equal("Partners", problems.Single("Offer.OfferorExcluded").Error.Field);
        var unknown = Validate(Joint(), offerors: Offerors(Facts(Lead)));
        Assert.Equal("Partners", unknown.Single("Offer.OfferorUnknown").Error.Field);
    }

    [Fact]
    public void A_malformed_contact_email_is_refused()
    {
        var content = Valid();
        content.Offerors.ContactEmail = "zofia(at)laka";
        Assert.Equal("ContactEmail", Validate(content).Single("Offer.EmailInvalid").Error.Field);
    }

    [Fact]
    public void Every_statement_must_be_made_and_arrears_answered()
    {
        var content = Valid();
        content.Statements.InformationTrue = false;
        content.Statements.TaxArrears = null;
        var problems = Validate(content);
        Assert.Equal("InformationTrue", problems.Single("Offer.StatementRequired").Error.Field);
        Assert.Equal("TaxArrears", problems.Single("Offer.AnswerRequired").Error.Field);
    }

    [Fact]
    public void A_joint_offer_states_the_division_of_work()
    {
        var content = Joint();
        content.Other.DivisionOfWork = " ";
        Assert.Equal("DivisionOfWork", Validate(content).Single("Offer.Required").Error.Field);
    }

    private static OfferContent Joint()
    {
        var content = Valid();
        content.Offerors.Partners = [Partner];
        content.Task.Actions[0].OfferorId = Lead;
        content.Task.Actions[1].OfferorId = Partner;
        content.Split.Rows = [new SplitRow { OfferorId = Lead, Year = 2026, Amount = 6_000m }, new SplitRow { OfferorId = Partner, Year = 2026, Amount = 4_000m }];
        content.Other.DivisionOfWork = "Łąka prowadzi rekrutację, Źródło zajęcia.";
        return content;
    }
}
