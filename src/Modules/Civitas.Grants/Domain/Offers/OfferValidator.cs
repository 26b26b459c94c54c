using System.Net.Mail;
using Civitas.Grants.Domain.Competitions;
using Civitas.Organisations.Contracts;
using Civitas.Platform;

namespace Civitas.Grants.Domain.Offers;

/// <summary>
/// The server-side rules of an offer on the 2018 template against the announcement. Returns every
/// problem at once (a person fixes them all in one pass); each error's text cites its legal basis.
/// The sums come from <see cref="OfferCalculation"/>, the same code as the live sums.
/// </summary>
internal static class OfferValidator
{
    public const int TextMax = 10_000;
    public const int LineTextMax = 400;

    /// <param name="content">The offer's sections.</param>
    /// <param name="rules">The announcement's rules.</param>
    /// <param name="leadOfferorId">The offer's organisation.</param>
    /// <param name="offerors">Registry facts of the lead offeror and the partners (missing = unknown organisation).</param>
    public static IReadOnlyList<OfferProblem> Validate(OfferContent content, OfferRules rules, Guid leadOfferorId, IReadOnlyDictionary<Guid, OfferorFacts> offerors)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(offerors);
        var problems = new List<OfferProblem>();
        var ids = OfferorIds(leadOfferorId, content);
        var sums = OfferCalculation.Compute(content, ids);
        CheckOfferors(content, rules, leadOfferorId, offerors, problems);
        CheckTask(content, rules, ids, problems);
        Add(problems, OfferSectionKey.Profile, Required(content.Profile.PreviousActivity, "PreviousActivity"), Required(content.Profile.Resources, "Resources"));
        CheckCosts(content, rules, sums, problems);
        CheckSources(content, rules, sums, problems);
        if (content.IsJoint) CheckSplit(content, sums, problems);
        CheckOther(content, problems);
        CheckStatements(content.Statements, problems);
        return problems;
    }

    /// <summary>The lead offeror first, then the partners (duplicates and the lead named again left out).</summary>
    public static IReadOnlyList<Guid> OfferorIds(Guid leadOfferorId, OfferContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new[] { leadOfferorId }.Concat(content.Offerors.Partners).Distinct().ToList();
    }

    private static void CheckOfferors(OfferContent content, OfferRules rules, Guid lead, IReadOnlyDictionary<Guid, OfferorFacts> offerors, List<OfferProblem> problems)
    {
        const OfferSectionKey s = OfferSectionKey.Offerors;
        var o = content.Offerors;
        // art. 14 ust. 2 UDPP: a joint offer only where the announcement admits it.
        if (o.Partners.Count > 0 && !rules.JointOffersAllowed) Add(problems, s, new Error("Offer.JointNotAllowed", "Partners"));
        if (o.Partners.Contains(lead) || o.Partners.Distinct().Count() != o.Partners.Count) Add(problems, s, new Error("Offer.PartnerTwice", "Partners"));
        Add(problems, s, Required(o.ContactName, "ContactName"), Required(o.ContactPhone, "ContactPhone"), Required(o.ContactEmail, "ContactEmail"));
        if (!string.IsNullOrWhiteSpace(o.ContactEmail) && !MailAddress.TryCreate(o.ContactEmail.Trim(), out _)) Add(problems, s, new Error("Offer.EmailInvalid", "ContactEmail"));
        Add(problems, s, TooLong(o.ContactName, LineTextMax, "ContactName"), TooLong(o.ContactPhone, 40, "ContactPhone"), TooLong(o.ContactEmail, 254, "ContactEmail"));

        foreach (var id in new[] { lead }.Concat(o.Partners).Distinct())
        {
            var field = id == lead ? null : "Partners";
            if (!offerors.TryGetValue(id, out var facts))
            {
                Add(problems, s, new Error("Offer.OfferorUnknown", field));
                continue;
            }
            foreach (var error in Eligibility(facts, rules, field)) Add(problems, s, error);
        }
    }

    /// <summary>Whether one organisation may be an offeror in this competition (art. 3, art. 11 ust. 1 UDPP).</summary>
    public static IEnumerable<Error> Eligibility(OfferorFacts facts, OfferRules rules, string? field)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(rules);
        var o = facts.Summary;
        // art. 3 ust. 4 UDPP: parties, trade unions, employers' organisations, professional self-governments… never.
        if (o.Eligibility == OrganisationEligibility.Excluded) yield return new Error("Offer.OfferorExcluded", field, o.Name);
        // art. 13 ust. 2 pkt 3 UDPP: the announcement's grant rules name the eligible forms.
        else if (rules.EligibleLegalForms.Count > 0 && !rules.EligibleLegalForms.Contains(o.LegalForm)) yield return new Error("Offer.OfferorLegalForm", field, o.Name);
        switch (o.Status)
        {
            case OrganisationStatus.NotListed:
                yield return new Error("Offer.OfferorNotListed", field, o.Name);
                break;
            case OrganisationStatus.Suspended:
                yield return new Error("Offer.OfferorSuspended", field, o.Name);
                break;
            case OrganisationStatus.Unverified or OrganisationStatus.Rejected:
                yield return new Error("Offer.OfferorNotVerified", field, o.Name);
                break;
        }
        if (o.InLiquidation) yield return new Error("Offer.OfferorInLiquidation", field, o.Name);
        // art. 11 ust. 1 UDPP: tasks go to organisations whose statutory activity covers the field.
        if (!facts.Data.SphereCodes.Contains(rules.SphereCode, StringComparer.OrdinalIgnoreCase)) yield return new Error("Offer.OfferorSphere", field, o.Name, rules.SphereCode);
    }

    private static void CheckTask(OfferContent content, OfferRules rules, IReadOnlyList<Guid> offerorIds, List<OfferProblem> problems)
    {
        const OfferSectionKey s = OfferSectionKey.Task;
        var t = content.Task;
        Add(problems, s, Required(t.Title, "Title"), TooLong(t.Title, LineTextMax, "Title"), Required(t.Summary, "Summary"), TooLong(t.Summary, TextMax, "Summary"),
            Required(t.ResultsNarrative, "ResultsNarrative"), TooLong(t.ResultsNarrative, TextMax, "ResultsNarrative"));
        if (t.StartDate is null) Add(problems, s, new Error("Offer.Required", "StartDate"));
        if (t.EndDate is null) Add(problems, s, new Error("Offer.Required", "EndDate"));
        if (t.StartDate is { } start && t.EndDate is { } end)
        {
            if (end < start) Add(problems, s, new Error("Offer.EndBeforeStart", "EndDate"));
            else
            {
                // art. 13 ust. 2 pkt 4 UDPP: the implementation dates are set by the announcement.
                if (start < rules.ImplementationFrom || end > rules.ImplementationTo)
                    Add(problems, s, new Error("Offer.OutsideImplementation", start < rules.ImplementationFrom ? "StartDate" : "EndDate", rules.ImplementationFrom, rules.ImplementationTo));
                // art. 13 ust. 2 pkt 3 UDPP (grant rules): costs are eligible only within the period.
                if (start < rules.EligibleCostsFrom || end > rules.EligibleCostsTo)
                    Add(problems, s, new Error("Offer.OutsideEligiblePeriod", start < rules.EligibleCostsFrom ? "StartDate" : "EndDate", rules.EligibleCostsFrom, rules.EligibleCostsTo));
                // art. 16 ust. 2 UDPP: a contract for at most the legal number of years.
                if (end.Year - start.Year + 1 > rules.MaxYears) Add(problems, s, new Error("Offer.TooManyYears", "EndDate", rules.MaxYears));
            }
        }
        if (t.Actions.Count == 0) Add(problems, s, new Error("Offer.ActionsRequired", "Actions"));
        var years = content.Years;
        for (var i = 0; i < t.Actions.Count; i++)
        {
            var a = t.Actions[i];
            var p = $"Actions[{i}].";
            Add(problems, s, Required(a.Name, p + "Name"), TooLong(a.Name, LineTextMax, p + "Name"), TooLong(a.Description, TextMax, p + "Description"),
                TooLong(a.TargetGroup, LineTextMax, p + "TargetGroup"), TooLong(a.PlannedPeriod, LineTextMax, p + "PlannedPeriod"), TooLong(a.ByNonParty, LineTextMax, p + "ByNonParty"));
            if (years.Count > 1 && (a.Year is not { } y || !years.Contains(y))) Add(problems, s, new Error("Offer.ActionYear", p + "Year", years[0], years[^1]));
            // Annex 1, III.4: in a joint offer each action names the offeror carrying it out.
            if (content.IsJoint && (a.OfferorId is not { } who || !offerorIds.Contains(who))) Add(problems, s, new Error("Offer.ActionOfferor", p + "OfferorId"));
        }
        for (var i = 0; i < t.Results.Count; i++)
        {
            var r = t.Results[i];
            var p = $"Results[{i}].";
            Add(problems, s, Required(r.Name, p + "Name"), Required(r.TargetValue, p + "TargetValue"), Required(r.MonitoringMethod, p + "MonitoringMethod"),
                TooLong(r.Name, LineTextMax, p + "Name"), TooLong(r.TargetValue, LineTextMax, p + "TargetValue"), TooLong(r.MonitoringMethod, LineTextMax, p + "MonitoringMethod"));
        }
    }

    private static void CheckCosts(OfferContent content, OfferRules rules, OfferSums sums, List<OfferProblem> problems)
    {
        const OfferSectionKey s = OfferSectionKey.Costs;
        var lines = content.Costs.Lines;
        if (lines.Count == 0) Add(problems, s, new Error("Offer.CostsRequired", "Lines"));
        var actionCount = content.Task.Actions.Count;
        var years = sums.Years;
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            var p = $"Lines[{i}].";
            Add(problems, s, Required(l.Name, p + "Name"), TooLong(l.Name, LineTextMax, p + "Name"), Required(l.Unit, p + "Unit"), TooLong(l.Unit, 100, p + "Unit"));
            // Annex 1, V.A: a cost is a positive unit cost times a positive number of units.
            if (l.UnitCost is not { } cost) Add(problems, s, new Error("Offer.Required", p + "UnitCost"));
            else if (cost <= 0) Add(problems, s, new Error("Offer.UnitCostNotPositive", p + "UnitCost"));
            else if (cost != OfferCalculation.Money(cost)) Add(problems, s, new Error("Offer.MoneyPrecision", p + "UnitCost"));
            if (l.Quantity is not { } quantity) Add(problems, s, new Error("Offer.Required", p + "Quantity"));
            else if (quantity <= 0) Add(problems, s, new Error("Offer.QuantityNotPositive", p + "Quantity"));
            // Annex 1, V.A: action costs are grouped under the actions of III.4.
            if (l.Category == CostCategory.Action && (l.ActionNumber is not { } n || n < 1 || n > actionCount))
                Add(problems, s, new Error("Offer.CostAction", p + "ActionNumber"));
            if (years.Count > 1)
            {
                var total = sums.LineTotals[i];
                var entered = 0m;
                for (var y = 0; y < years.Count; y++)
                {
                    var amount = y < l.PerYear.Count ? l.PerYear[y] : null;
                    if (amount is < 0) Add(problems, s, new Error("Offer.AmountNegative", $"{p}PerYear[{y}]"));
                    entered += OfferCalculation.Money(amount ?? 0m);
                }
                // Annex 1, V.A: the years of a multi-year task add up to the line's value.
                if (entered != total) Add(problems, s, new Error("Offer.YearSplitMismatch", $"{p}PerYear[0]", entered, total));
            }
        }
        // art. 13 ust. 2 pkt 3 UDPP: the grant rules cap the administrative costs.
        if (rules.MaxAdminSharePercent is { } cap && sums.Total > 0 && sums.AdministrativeTotal * 100m > cap * sums.Total)
            Add(problems, s, new Error("Offer.AdminShareOverCap", "Lines", sums.AdministrativeSharePercent, cap));
    }

    private static void CheckSources(OfferContent content, OfferRules rules, OfferSums sums, List<OfferProblem> problems)
    {
        const OfferSectionKey s = OfferSectionKey.Sources;
        var v = content.Sources;
        if (v.Grant is not { } grant) Add(problems, s, new Error("Offer.Required", "Grant"));
        else if (grant <= 0) Add(problems, s, new Error("Offer.GrantNotPositive", "Grant"));
        // art. 13 ust. 2 pkt 2–3 UDPP: the announcement's maximum grant per offer.
        else if (rules.MaxGrant is { } max && grant > max) Add(problems, s, new Error("Offer.GrantOverMax", "Grant", max));
        foreach (var (value, field) in new[] { (v.Grant, "Grant"), (v.OwnFinancial, "OwnFinancial"), (v.BeneficiaryFees, "BeneficiaryFees"), (v.NonFinancialPersonal, "NonFinancialPersonal"), (v.NonFinancialInKind, "NonFinancialInKind") })
        {
            if (value is < 0) Add(problems, s, new Error("Offer.AmountNegative", field));
            else if (value is { } x && x != OfferCalculation.Money(x)) Add(problems, s, new Error("Offer.MoneyPrecision", field));
        }
        if (sums.BeneficiaryFees > sums.OwnFinancial) Add(problems, s, new Error("Offer.FeesOverOwnFinancial", "BeneficiaryFees"));
        // Annex 1, V.B: grant + own contribution = the total of V.A.
        if (sums.SourcesTotal != sums.Total) Add(problems, s, new Error("Offer.SourcesDoNotAddUp", null, sums.SourcesTotal, sums.Total));
        // art. 13 ust. 2 pkt 3 UDPP (grant rules); art. 15 ust. 1 pkt 4–5: the minimum own contribution.
        if (rules.MinOwnContributionPercent is { } min && min > 0)
        {
            var own = rules.OwnContributionKind switch
            {
                OwnContributionKind.Financial => sums.OwnFinancial,
                OwnContributionKind.NonFinancial => sums.NonFinancial,
                _ => sums.OwnContribution,
            };
            if (sums.Total <= 0 || own * 100m < min * sums.Total)
            {
                var code = rules.OwnContributionKind switch
                {
                    OwnContributionKind.Financial => "Offer.OwnFinancialBelowMin",
                    OwnContributionKind.NonFinancial => "Offer.NonFinancialBelowMin",
                    _ => "Offer.OwnContributionBelowMin",
                };
                Add(problems, s, new Error(code, rules.OwnContributionKind == OwnContributionKind.NonFinancial ? "NonFinancialPersonal" : rules.OwnContributionKind == OwnContributionKind.Financial ? "OwnFinancial" : null,
                    OfferCalculation.Percent(own, sums.Total), min));
            }
        }
    }

    private static void CheckSplit(OfferContent content, OfferSums sums, List<OfferProblem> problems)
    {
        const OfferSectionKey s = OfferSectionKey.Split;
        for (var i = 0; i < content.Split.Rows.Count; i++)
        {
            if (content.Split.Rows[i].Amount is < 0) Add(problems, s, new Error("Offer.AmountNegative", $"Rows[{i}].Amount"));
        }
        // Annex 1, V.C: the offerors' shares add up to the costs, in each year and in total.
        for (var y = 0; y < sums.Years.Count; y++)
        {
            if (sums.SplitYearTotals[y] != sums.YearTotals[y])
                Add(problems, s, new Error("Offer.SplitYearMismatch", null, sums.Years[y], sums.SplitYearTotals[y], sums.YearTotals[y]));
        }
        if (sums.SplitTotal != sums.Total) Add(problems, s, new Error("Offer.SplitDoesNotAddUp", null, sums.SplitTotal, sums.Total));
    }

    private static void CheckOther(OfferContent content, List<OfferProblem> problems)
    {
        const OfferSectionKey s = OfferSectionKey.Other;
        var o = content.Other;
        // art. 14 ust. 1 pkt 6 UDPP: the offer declares paid or unpaid performance.
        if (o.PaidMode is null) Add(problems, s, new Error("Offer.PaidModeRequired", "PaidMode"));
        // art. 14 ust. 2 UDPP: a joint offer states who does what and who represents whom.
        if (content.IsJoint) Add(problems, s, Required(o.DivisionOfWork, "DivisionOfWork"));
        Add(problems, s, TooLong(o.DivisionOfWork, TextMax, "DivisionOfWork"), TooLong(o.OtherInformation, TextMax, "OtherInformation"));
        // art. 9 ust. 1 UDPP: fees from beneficiaries only in paid public-benefit activity.
        if (content.Sources.BeneficiaryFees is > 0 && o.PaidMode == PaidMode.Unpaid) Add(problems, s, new Error("Offer.FeesInUnpaid", "PaidMode"));
    }

    private static void CheckStatements(StatementsSection v, List<OfferProblem> problems)
    {
        const OfferSectionKey s = OfferSectionKey.Statements;
        if (!v.WithinStatutoryActivity) Add(problems, s, new Error("Offer.StatementRequired", "WithinStatutoryActivity"));
        if (!v.FeesOnlyInPaidActivity) Add(problems, s, new Error("Offer.StatementRequired", "FeesOnlyInPaidActivity"));
        if (v.TaxArrears is null) Add(problems, s, new Error("Offer.AnswerRequired", "TaxArrears"));
        if (v.SocialSecurityArrears is null) Add(problems, s, new Error("Offer.AnswerRequired", "SocialSecurityArrears"));
        if (!v.DataMatchRegister) Add(problems, s, new Error("Offer.StatementRequired", "DataMatchRegister"));
        if (!v.InformationTrue) Add(problems, s, new Error("Offer.StatementRequired", "InformationTrue"));
        if (!v.DataSubjectsInformed) Add(problems, s, new Error("Offer.StatementRequired", "DataSubjectsInformed"));
    }

    private static Error? Required(string? value, string field) => string.IsNullOrWhiteSpace(value) ? new Error("Offer.Required", field) : null;

    private static Error? TooLong(string? value, int max, string field) => value is not null && value.Length > max ? new Error("Offer.TooLong", field, max) : null;

    private static void Add(List<OfferProblem> problems, OfferSectionKey section, params Error?[] errors)
    {
        foreach (var e in errors)
        {
            if (e is not null) problems.Add(new OfferProblem(section, e));
        }
    }
}
