using System.ComponentModel.DataAnnotations;

namespace Civitas.Grants.Domain.Offers;

/// <summary>I. Basic information (filled from the announcement; the offeror does not change it).</summary>
internal sealed class BasicInfoSection
{
    /// <summary>1. The authority the offer is addressed to.</summary>
    public string Authority { get; set; } = "";

    /// <summary>2. The type of public task (from the announcement).</summary>
    public string TaskType { get; set; } = "";
}

/// <summary>II. Offerors. The lead offeror is the offer's organisation; partners of a joint offer
/// (art. 14 ust. 2 UDPP) are named here by organisation id. Their registry data is read live while
/// drafting and frozen in the submission's snapshot.</summary>
internal sealed class OfferorsSection
{
    public List<Guid> Partners { get; set; } = [];

    /// <summary>2. Contact person for explanations.</summary>
    [Display(Name = "Offer.Field.ContactName")]
    public string? ContactName { get; set; }

    [Display(Name = "Offer.Field.ContactPhone")]
    public string? ContactPhone { get; set; }

    [Display(Name = "Offer.Field.ContactEmail")]
    public string? ContactEmail { get; set; }
}

/// <summary>III. The public task.</summary>
internal sealed class TaskSection
{
    /// <summary>1. Title of the task.</summary>
    [Display(Name = "Offer.Field.Title")]
    public string? Title { get; set; }

    /// <summary>2. Start and end date.</summary>
    [Display(Name = "Offer.Field.StartDate")]
    public DateOnly? StartDate { get; set; }

    [Display(Name = "Offer.Field.EndDate")]
    public DateOnly? EndDate { get; set; }

    /// <summary>3. Synthetic description: place, target group, needs met, complementarity.</summary>
    [Display(Name = "Offer.Field.Summary")]
    public string? Summary { get; set; }

    /// <summary>4. Schedule of actions, per year.</summary>
    public List<OfferAction> Actions { get; set; } = [];

    /// <summary>5. Expected results (narrative).</summary>
    [Display(Name = "Offer.Field.ResultsNarrative")]
    public string? ResultsNarrative { get; set; }

    /// <summary>6. Results table (may be waived by the authority when results cannot be quantified).</summary>
    public List<OfferResult> Results { get; set; } = [];
}

/// <summary>A row of the schedule (III.4).</summary>
internal sealed class OfferAction
{
    [Display(Name = "Offer.Field.ActionYear")]
    public int? Year { get; set; }

    [Display(Name = "Offer.Field.ActionName")]
    public string? Name { get; set; }

    [Display(Name = "Offer.Field.ActionDescription")]
    public string? Description { get; set; }

    [Display(Name = "Offer.Field.TargetGroup")]
    public string? TargetGroup { get; set; }

    [Display(Name = "Offer.Field.PlannedPeriod")]
    public string? PlannedPeriod { get; set; }

    /// <summary>In a joint offer: the offeror carrying out the action.</summary>
    [Display(Name = "Offer.Field.ActionOfferor")]
    public Guid? OfferorId { get; set; }

    /// <summary>Part of the action carried out by an entity that is not a party to the contract.</summary>
    [Display(Name = "Offer.Field.ByNonParty")]
    public string? ByNonParty { get; set; }
}

/// <summary>A row of the results table (III.6).</summary>
internal sealed class OfferResult
{
    [Display(Name = "Offer.Field.ResultName")]
    public string? Name { get; set; }

    [Display(Name = "Offer.Field.TargetValue")]
    public string? TargetValue { get; set; }

    [Display(Name = "Offer.Field.MonitoringMethod")]
    public string? MonitoringMethod { get; set; }
}

/// <summary>IV. The offeror's profile.</summary>
internal sealed class ProfileSection
{
    /// <summary>1. Previous activity in the field of the task.</summary>
    [Display(Name = "Offer.Field.PreviousActivity")]
    public string? PreviousActivity { get; set; }

    /// <summary>2. Human, material and financial resources.</summary>
    [Display(Name = "Offer.Field.Resources")]
    public string? Resources { get; set; }
}

/// <summary>V.A Cost calculation: costs of actions (grouped per action of III.4) and administrative costs.</summary>
internal sealed class CostsSection
{
    public List<CostLine> Lines { get; set; } = [];
}

/// <summary>Category of a cost line of V.A.</summary>
internal enum CostCategory
{
    /// <summary>I. Koszty realizacji działań.</summary>
    Action = 1,
    /// <summary>II. Koszty administracyjne.</summary>
    Administrative = 2,
}

/// <summary>A line of V.A: total = round(unit cost × quantity, 2); for a multi-year task also the amount of each year.</summary>
internal sealed class CostLine
{
    [Display(Name = "Offer.Field.Category")]
    public CostCategory Category { get; set; } = CostCategory.Action;

    /// <summary>Number of the action of III.4 (1-based) an action cost belongs to.</summary>
    [Display(Name = "Offer.Field.CostAction")]
    public int? ActionNumber { get; set; }

    [Display(Name = "Offer.Field.CostName")]
    public string? Name { get; set; }

    /// <summary>Unit of measure ("godzina", "sztuka", "usługa").</summary>
    [Display(Name = "Offer.Field.Unit")]
    public string? Unit { get; set; }

    [Display(Name = "Offer.Field.UnitCost")]
    public decimal? UnitCost { get; set; }

    [Display(Name = "Offer.Field.Quantity")]
    public decimal? Quantity { get; set; }

    /// <summary>Amounts per year of a multi-year task, in the order of the years (empty for a single year).</summary>
    public List<decimal?> PerYear { get; set; } = [];
}

/// <summary>V.B Sources of funding.</summary>
internal sealed class SourcesSection
{
    /// <summary>2. Planned grant.</summary>
    [Display(Name = "Offer.Field.Grant")]
    public decimal? Grant { get; set; }

    /// <summary>3.1 Own financial contribution.</summary>
    [Display(Name = "Offer.Field.OwnFinancial")]
    public decimal? OwnFinancial { get; set; }

    /// <summary>Of which: fees from the beneficiaries (świadczenia pieniężne od odbiorców zadania).</summary>
    [Display(Name = "Offer.Field.BeneficiaryFees")]
    public decimal? BeneficiaryFees { get; set; }

    /// <summary>3.2 Non-financial contribution: personal (volunteers, members' social work).</summary>
    [Display(Name = "Offer.Field.NonFinancialPersonal")]
    public decimal? NonFinancialPersonal { get; set; }

    /// <summary>3.2 Non-financial contribution: in kind.</summary>
    [Display(Name = "Offer.Field.NonFinancialInKind")]
    public decimal? NonFinancialInKind { get; set; }
}

/// <summary>V.C Split of the costs between the offerors of a joint offer, per year.</summary>
internal sealed class SplitSection
{
    public List<SplitRow> Rows { get; set; } = [];
}

/// <summary>One offeror's share of the costs in one year.</summary>
internal sealed class SplitRow
{
    public Guid OfferorId { get; set; }

    public int Year { get; set; }

    [Display(Name = "Offer.Field.SplitAmount")]
    public decimal? Amount { get; set; }
}

/// <summary>How the task is performed (VI.1; art. 8–10 UDPP).</summary>
internal enum PaidMode
{
    /// <summary>Unpaid public-benefit activity only.</summary>
    Unpaid = 1,
    /// <summary>Paid public-benefit activity only.</summary>
    Paid = 2,
    /// <summary>Partly unpaid, partly paid.</summary>
    Both = 3,
}

/// <summary>VI. Other information.</summary>
internal sealed class OtherSection
{
    [Display(Name = "Offer.Field.PaidMode")]
    public PaidMode? PaidMode { get; set; }

    /// <summary>2. In a joint offer: the division of work and who represents whom.</summary>
    [Display(Name = "Offer.Field.DivisionOfWork")]
    public string? DivisionOfWork { get; set; }

    /// <summary>3. Other information (explanations of the costs among others).</summary>
    [Display(Name = "Offer.Field.OtherInformation")]
    public string? OtherInformation { get; set; }
}

/// <summary>VII. Statements of the offeror(s).</summary>
internal sealed class StatementsSection
{
    /// <summary>1. The task is within the offeror's statutory public-benefit activity.</summary>
    [Display(Name = "Offer.Statement.WithinStatutoryActivity")]
    public bool WithinStatutoryActivity { get; set; }

    /// <summary>2. Fees are charged only within paid public-benefit activity.</summary>
    [Display(Name = "Offer.Statement.FeesOnlyInPaidActivity")]
    public bool FeesOnlyInPaidActivity { get; set; }

    /// <summary>3. Tax arrears: true = in arrears, false = not, null = not answered.</summary>
    [Display(Name = "Offer.Statement.TaxArrears")]
    public bool? TaxArrears { get; set; }

    /// <summary>4. Social-security (ZUS) arrears.</summary>
    [Display(Name = "Offer.Statement.SocialSecurityArrears")]
    public bool? SocialSecurityArrears { get; set; }

    /// <summary>5. The data of section II match the KRS or the relevant register.</summary>
    [Display(Name = "Offer.Statement.DataMatchRegister")]
    public bool DataMatchRegister { get; set; }

    /// <summary>6. All information in the offer is true.</summary>
    [Display(Name = "Offer.Statement.InformationTrue")]
    public bool InformationTrue { get; set; }

    /// <summary>7. The persons whose data are in the offer were informed (art. 13–14 RODO).</summary>
    [Display(Name = "Offer.Statement.DataSubjectsInformed")]
    public bool DataSubjectsInformed { get; set; }
}
