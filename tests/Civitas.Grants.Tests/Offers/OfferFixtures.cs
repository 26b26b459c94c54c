using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.Offers;
using Civitas.Organisations.Contracts;

namespace Civitas.Grants.Tests.Offers;

/// <summary>A valid offer and the rules of a typical announcement, to break one rule at a time.</summary>
internal static class OfferFixtures
{
    public static readonly Guid Lead = Guid.Parse("0190a000-0000-7000-8000-000000000001");
    public static readonly Guid Partner = Guid.Parse("0190a000-0000-7000-8000-000000000002");

    public static OfferRules Rules(decimal? adminCap = 10m, decimal? minOwn = 10m, OwnContributionKind kind = OwnContributionKind.FinancialOrNonFinancial, decimal? maxGrant = 20_000m, bool joint = true) => new(
        Guid.Parse("0190a000-0000-7000-8000-0000000000c1"), Guid.Parse("0190a000-0000-7000-8000-0000000000a1"), "WSS/2026/1",
        "Prezydent Miasta Przykładowego", "Wypoczynek letni dzieci", "16",
        new DateTimeOffset(2026, 3, 2, 15, 0, 0, TimeSpan.Zero),
        new DateOnly(2026, 4, 1), new DateOnly(2027, 12, 31), new DateOnly(2026, 4, 1), new DateOnly(2027, 12, 31),
        adminCap, minOwn, kind, maxGrant,
        [OrganisationLegalForm.Association, OrganisationLegalForm.Foundation], joint, [], 5);

    public static OfferorFacts Facts(Guid id, string name = "Stowarzyszenie Łąka", OrganisationLegalForm form = OrganisationLegalForm.Association,
        OrganisationEligibility eligibility = OrganisationEligibility.NonGovernmentalOrganisation, OrganisationStatus status = OrganisationStatus.Verified,
        bool liquidation = false, params string[] spheres)
        => new(new OrganisationSummary(id, name, null, "laka", form, eligibility, "0000123456", null, null, null, false, liquidation, "ul. Polna 1, 00-001 Miasto", status,
                eligibility != OrganisationEligibility.Excluded && status == OrganisationStatus.Verified && !liquidation),
            new OfferorData(id, null, "biuro@laka.example", "600100200", null, spheres.Length == 0 ? ["16", "1"] : spheres));

    public static Dictionary<Guid, OfferorFacts> Offerors(params OfferorFacts[] facts) => facts.ToDictionary(f => f.Id);

    /// <summary>A complete single-year offer: two actions, costs 10 000 zł (admin 900 = 9 %), grant 8 000, own 2 000.</summary>
    public static OfferContent Valid() => new()
    {
        Basic = new BasicInfoSection { Authority = "Prezydent Miasta Przykładowego", TaskType = "Wypoczynek letni dzieci" },
        Offerors = new OfferorsSection { ContactName = "Zofia Żak", ContactPhone = "600100200", ContactEmail = "zofia@laka.example" },
        Task = new TaskSection
        {
            Title = "Lato na łące",
            StartDate = new DateOnly(2026, 6, 1),
            EndDate = new DateOnly(2026, 8, 31),
            Summary = "Półkolonie dla dzieci z osiedla Zielone.",
            Actions =
            [
                new OfferAction { Year = 2026, Name = "Rekrutacja", Description = "Nabór uczestników", TargetGroup = "dzieci 7–12 lat", PlannedPeriod = "06.2026" },
                new OfferAction { Year = 2026, Name = "Zajęcia", Description = "Warsztaty przyrodnicze", TargetGroup = "dzieci 7–12 lat", PlannedPeriod = "07–08.2026" },
            ],
            ResultsNarrative = "60 dzieci spędzi aktywnie wakacje.",
            Results = [new OfferResult { Name = "Liczba uczestników", TargetValue = "60", MonitoringMethod = "listy obecności" }],
        },
        Profile = new ProfileSection { PreviousActivity = "Od 2015 r. prowadzimy zajęcia.", Resources = "Dwoje animatorów, sala." },
        Costs = new CostsSection
        {
            Lines =
            [
                new CostLine { Category = CostCategory.Action, ActionNumber = 1, Name = "Plakaty", Unit = "sztuka", UnitCost = 10m, Quantity = 10m },
                new CostLine { Category = CostCategory.Action, ActionNumber = 2, Name = "Animator", Unit = "godzina", UnitCost = 50m, Quantity = 180m },
                new CostLine { Category = CostCategory.Administrative, Name = "Księgowość", Unit = "usługa", UnitCost = 900m, Quantity = 1m },
            ],
        },
        Sources = new SourcesSection { Grant = 8_000m, OwnFinancial = 1_000m, BeneficiaryFees = 0m, NonFinancialPersonal = 1_000m, NonFinancialInKind = 0m },
        Other = new OtherSection { PaidMode = PaidMode.Unpaid, OtherInformation = "" },
        Statements = new StatementsSection
        {
            WithinStatutoryActivity = true, FeesOnlyInPaidActivity = true, TaxArrears = false, SocialSecurityArrears = false,
            DataMatchRegister = true, InformationTrue = true, DataSubjectsInformed = true,
        },
    };

    public static IReadOnlyList<OfferProblem> Validate(OfferContent content, OfferRules? rules = null, Dictionary<Guid, OfferorFacts>? offerors = null)
        => OfferValidator.Validate(content, rules ?? Rules(), Lead, offerors ?? Offerors(Facts(Lead), Facts(Partner, "Fundacja Źródło")));

    public static IEnumerable<string> Codes(this IReadOnlyList<OfferProblem> problems) => problems.Select(p => p.Error.Code);

    public static OfferProblem Single(this IReadOnlyList<OfferProblem> problems, string code)
    {
        var found = problems.Where(p => p.Error.Code == code).ToList();
        Assert.True(found.Count == 1, $"Expected one {code}, got: {string.Join(", ", problems.Select(p => $"{p.Error.Code}@{p.Error.Field}"))}");
        return found[0];
    }
}
