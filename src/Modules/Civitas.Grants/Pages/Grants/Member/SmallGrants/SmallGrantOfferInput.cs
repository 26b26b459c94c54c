using System.ComponentModel.DataAnnotations;
using Civitas.Grants.Domain.SmallGrants;

namespace Civitas.Grants.Pages.Grants.Member.SmallGrants;

/// <summary>The simplified offer's form (Dz.U. 2018 poz. 2055). Only the shape is checked here; the rules
/// (required parts, dates, caps, sums) are the domain's, so a draft can be saved unfinished.</summary>
internal sealed class SmallGrantOfferInput
{
    public const int Rows = 8;

    [Display(Name = "SmallGrants.Field.OrganisationId")]
    public Guid? OrganisationId { get; set; }

    [StringLength(SmallGrantRules.TitleMax)]
    [Display(Name = "SmallGrants.Field.Title")]
    public string? Title { get; set; }

    [Display(Name = "SmallGrants.Field.SphereCode")]
    public string? SphereCode { get; set; }

    [StringLength(SmallGrantRules.PlaceMax)]
    [Display(Name = "SmallGrants.Field.Place")]
    public string? Place { get; set; }

    [Display(Name = "SmallGrants.Field.StartDate")]
    public DateOnly? StartDate { get; set; }

    [Display(Name = "SmallGrants.Field.EndDate")]
    public DateOnly? EndDate { get; set; }

    [StringLength(SmallGrantRules.TextMax)]
    [Display(Name = "SmallGrants.Field.Description")]
    public string? Description { get; set; }

    [StringLength(SmallGrantRules.TextMax)]
    [Display(Name = "SmallGrants.Field.ExpectedResults")]
    public string? ExpectedResults { get; set; }

    [StringLength(SmallGrantRules.ContactMax)]
    [Display(Name = "SmallGrants.Field.ContactName")]
    public string? ContactName { get; set; }

    [StringLength(SmallGrantRules.ContactMax)]
    [Display(Name = "SmallGrants.Field.ContactPhone")]
    public string? ContactPhone { get; set; }

    [StringLength(SmallGrantRules.ContactMax)]
    [EmailAddress]
    [Display(Name = "SmallGrants.Field.ContactEmail")]
    public string? ContactEmail { get; set; }

    public List<CostLineRow> CostLines { get; set; } = [];

    [Range(typeof(decimal), "0", "999999999")]
    [Display(Name = "SmallGrants.Field.GrantAmount")]
    public decimal? GrantAmount { get; set; }

    [Range(typeof(decimal), "-999999999", "999999999")]
    [Display(Name = "SmallGrants.Field.OwnFinancial")]
    public decimal? OwnFinancial { get; set; }

    [Range(typeof(decimal), "-999999999", "999999999")]
    [Display(Name = "SmallGrants.Field.NonFinancial")]
    public decimal? NonFinancial { get; set; }

    [Display(Name = "SmallGrants.Field.WithinPublicBenefitActivity")]
    public bool WithinPublicBenefitActivity { get; set; }

    [Display(Name = "SmallGrants.Field.FeesOnlyInPaidActivity")]
    public bool FeesOnlyInPaidActivity { get; set; }

    [Display(Name = "SmallGrants.Field.HasTaxArrears")]
    public bool? HasTaxArrears { get; set; }

    [Display(Name = "SmallGrants.Field.HasSocialSecurityArrears")]
    public bool? HasSocialSecurityArrears { get; set; }

    [Display(Name = "SmallGrants.Field.DataMatchRegister")]
    public bool DataMatchRegister { get; set; }

    [Display(Name = "SmallGrants.Field.InformationTrue")]
    public bool InformationTrue { get; set; }

    [Display(Name = "SmallGrants.Field.DataSubjectsInformed")]
    public bool DataSubjectsInformed { get; set; }

    /// <summary>Pads the cost table to the form's row count (blank rows are ignored on save).</summary>
    public SmallGrantOfferInput WithRows()
    {
        while (CostLines.Count < Rows) CostLines.Add(new CostLineRow());
        return this;
    }

    internal SmallGrantOfferContent ToContent() => new(
        Title, SphereCode, Place, StartDate, EndDate, Description, ExpectedResults, ContactName, ContactPhone, ContactEmail,
        CostLines.Take(SmallGrantRules.MaxCostLines).Select(l => new SmallGrantCostLineInput(l.Name, l.Unit, l.Quantity, l.UnitCost)).ToList(),
        GrantAmount, OwnFinancial, NonFinancial,
        new SmallGrantStatements(WithinPublicBenefitActivity, FeesOnlyInPaidActivity, HasTaxArrears, HasSocialSecurityArrears, DataMatchRegister, InformationTrue, DataSubjectsInformed));

    internal static SmallGrantOfferInput From(Guid organisationId, SmallGrantOfferContent c) => new SmallGrantOfferInput
    {
        OrganisationId = organisationId,
        Title = c.Title,
        SphereCode = c.SphereCode,
        Place = c.Place,
        StartDate = c.StartDate,
        EndDate = c.EndDate,
        Description = c.Description,
        ExpectedResults = c.ExpectedResults,
        ContactName = c.ContactName,
        ContactPhone = c.ContactPhone,
        ContactEmail = c.ContactEmail,
        CostLines = c.CostLines.Select(l => new CostLineRow { Name = l.Name, Unit = l.Unit, Quantity = l.Quantity, UnitCost = l.UnitCost }).ToList(),
        GrantAmount = c.GrantAmount,
        OwnFinancial = c.OwnFinancial,
        NonFinancial = c.NonFinancial,
        WithinPublicBenefitActivity = c.Statements.WithinPublicBenefitActivity,
        FeesOnlyInPaidActivity = c.Statements.FeesOnlyInPaidActivity,
        HasTaxArrears = c.Statements.HasTaxArrears,
        HasSocialSecurityArrears = c.Statements.HasSocialSecurityArrears,
        DataMatchRegister = c.Statements.DataMatchRegister,
        InformationTrue = c.Statements.InformationTrue,
        DataSubjectsInformed = c.Statements.DataSubjectsInformed,
    }.WithRows();

    public sealed class CostLineRow
    {
        [StringLength(SmallGrantRules.LineNameMax)]
        [Display(Name = "SmallGrants.Field.LineName")]
        public string? Name { get; set; }

        [StringLength(SmallGrantRules.UnitMax)]
        [Display(Name = "SmallGrants.Field.LineUnit")]
        public string? Unit { get; set; }

        [Range(typeof(decimal), "-999999999", "999999999")]
        [Display(Name = "SmallGrants.Field.LineQuantity")]
        public decimal? Quantity { get; set; }

        [Range(typeof(decimal), "-999999999", "999999999")]
        [Display(Name = "SmallGrants.Field.LineUnitCost")]
        public decimal? UnitCost { get; set; }
    }
}
