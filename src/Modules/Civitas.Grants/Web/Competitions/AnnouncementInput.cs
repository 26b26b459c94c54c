using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Civitas.Grants.Domain.Competitions;
using Civitas.Organisations.Contracts;
using Civitas.Platform;

namespace Civitas.Grants.Web.Competitions;

/// <summary>The announcement form (draft edit and correction): every field of <see cref="AnnouncementContent"/>
/// as the browser posts it. Amounts and percentages are text, so "12 500,50" and "12500.50" both parse and
/// anything else gets a message next to the field instead of being lost.</summary>
internal sealed class AnnouncementInput
{
    public int Version { get; set; }

    [Display(Name = "Field.Title")]
    public string? Title { get; set; }

    [Display(Name = "Field.GrantRules")]
    public string? GrantRules { get; set; }

    [Display(Name = "Field.ImplementationConditions")]
    public string? ImplementationConditions { get; set; }

    [Display(Name = "Field.ImplementationFrom")]
    public DateOnly? ImplementationFrom { get; set; }

    [Display(Name = "Field.ImplementationTo")]
    public DateOnly? ImplementationTo { get; set; }

    [Display(Name = "Field.DeadlineDate")]
    public DateOnly? DeadlineDate { get; set; }

    [Display(Name = "Field.DeadlineTime")]
    public TimeOnly? DeadlineTime { get; set; }

    [Display(Name = "Field.SelectionProcedure")]
    public string? SelectionProcedure { get; set; }

    [Display(Name = "Field.SelectionDate")]
    public DateOnly? SelectionDate { get; set; }

    [Display(Name = "Field.MinOwnContributionPercent")]
    public string? MinOwnContributionPercent { get; set; }

    [Display(Name = "Field.OwnContributionKind")]
    public int OwnContributionKind { get; set; } = (int)Domain.Competitions.OwnContributionKind.FinancialOrNonFinancial;

    [Display(Name = "Field.MaxAdminCostPercent")]
    public string? MaxAdminCostPercent { get; set; }

    [Display(Name = "Field.MaxGrantPerOffer")]
    public string? MaxGrantPerOffer { get; set; }

    [Display(Name = "Field.EligibleCostsFrom")]
    public DateOnly? EligibleCostsFrom { get; set; }

    [Display(Name = "Field.EligibleCostsTo")]
    public DateOnly? EligibleCostsTo { get; set; }

    [Display(Name = "Field.JointOffersAllowed")]
    public bool JointOffersAllowed { get; set; }

    [Display(Name = "Field.EligibleLegalForms")]
    public List<int> EligibleLegalForms { get; set; } = [];

    [Display(Name = "Field.BipPublishedOn")]
    public DateOnly? BipPublishedOn { get; set; }

    [Display(Name = "Field.NoticeBoardPublishedOn")]
    public DateOnly? NoticeBoardPublishedOn { get; set; }

    [Display(Name = "Field.WebsitePublishedOn")]
    public DateOnly? WebsitePublishedOn { get; set; }

    public List<TaskRow> Tasks { get; set; } = [];
    public List<CriterionRow> Criteria { get; set; } = [];
    public List<PriorRow> PriorTasks { get; set; } = [];
    public List<string?> ChecklistItems { get; set; } = [];
    public List<string?> RequiredAttachments { get; set; } = [];

    [Display(Name = "Field.CorrectionReason")]
    public string? Reason { get; set; }

    public sealed class TaskRow
    {
        public Guid? Id { get; set; }

        [Display(Name = "Field.TaskTitle")]
        public string? Title { get; set; }

        [Display(Name = "Field.Sphere")]
        public string? SphereCode { get; set; }

        [Display(Name = "Field.Funds")]
        public string? Funds { get; set; }

        [Display(Name = "Field.TaskForm")]
        public int Form { get; set; } = (int)TaskForm.Support;

        [Display(Name = "Field.TaskDescription")]
        public string? Description { get; set; }
    }

    public sealed class CriterionRow
    {
        public Guid? Id { get; set; }

        [Display(Name = "Field.Statutory")]
        public int Statutory { get; set; }

        [Display(Name = "Field.CriterionName")]
        public string? Name { get; set; }

        [Display(Name = "Field.MaxPoints")]
        public int? MaxPoints { get; set; }

        [Display(Name = "Field.MinPoints")]
        public int? MinPoints { get; set; }
    }

    public sealed class PriorRow
    {
        [Display(Name = "Field.PriorYear")]
        public int? Year { get; set; }

        [Display(Name = "Field.PriorName")]
        public string? Name { get; set; }

        [Display(Name = "Field.PriorTotal")]
        public string? TotalCost { get; set; }

        [Display(Name = "Field.PriorGrants")]
        public string? GrantsToOrganisations { get; set; }
    }

    internal static AnnouncementInput From(AnnouncementContent c, int version) => new()
    {
        Version = version,
        Title = c.Title,
        GrantRules = c.GrantRules,
        ImplementationConditions = c.ImplementationConditions,
        ImplementationFrom = c.ImplementationFrom,
        ImplementationTo = c.ImplementationTo,
        DeadlineDate = c.DeadlineDate,
        DeadlineTime = c.DeadlineTime,
        SelectionProcedure = c.SelectionProcedure,
        SelectionDate = c.SelectionDate,
        MinOwnContributionPercent = Number(c.MinOwnContributionPercent),
        OwnContributionKind = (int)c.OwnContributionKind,
        MaxAdminCostPercent = Number(c.MaxAdminCostPercent),
        MaxGrantPerOffer = Number(c.MaxGrantPerOffer),
        EligibleCostsFrom = c.EligibleCostsFrom,
        EligibleCostsTo = c.EligibleCostsTo,
        JointOffersAllowed = c.JointOffersAllowed,
        EligibleLegalForms = c.EligibleLegalForms.Select(f => (int)f).ToList(),
        BipPublishedOn = c.BipPublishedOn,
        NoticeBoardPublishedOn = c.NoticeBoardPublishedOn,
        WebsitePublishedOn = c.WebsitePublishedOn,
        Tasks = c.Tasks.Select(t => new TaskRow { Id = t.Id, Title = t.Title, SphereCode = t.SphereCode, Funds = Number(t.Funds), Form = (int)t.Form, Description = t.Description }).ToList(),
        Criteria = c.Criteria.Select(k => new CriterionRow { Id = k.Id, Statutory = (int)k.Statutory, Name = k.Name, MaxPoints = k.MaxPoints, MinPoints = k.MinPoints }).ToList(),
        PriorTasks = c.PriorTasks.Select(p => new PriorRow { Year = p.Year, Name = p.Name, TotalCost = Number(p.TotalCost), GrantsToOrganisations = Number(p.GrantsToOrganisations) }).ToList(),
        ChecklistItems = c.ChecklistItems.Select(s => (string?)s).ToList(),
        RequiredAttachments = c.RequiredAttachments.Select(s => (string?)s).ToList(),
    };

    /// <summary>The content, or the parse errors of amounts and percentages (field names relative to Input).</summary>
    internal Result<AnnouncementContent> ToContent() => ToContent(out _);

    /// <summary>As <see cref="ToContent()"/>, also giving the content read so far (unreadable numbers as empty).</summary>
    internal Result<AnnouncementContent> ToContent(out AnnouncementContent partial)
    {
        var errors = new List<Error>();
        var content = new AnnouncementContent
        {
            Title = Title ?? "",
            GrantRules = GrantRules ?? "",
            ImplementationConditions = ImplementationConditions ?? "",
            ImplementationFrom = ImplementationFrom,
            ImplementationTo = ImplementationTo,
            DeadlineDate = DeadlineDate,
            DeadlineTime = DeadlineTime,
            SelectionProcedure = SelectionProcedure ?? "",
            SelectionDate = SelectionDate,
            MinOwnContributionPercent = Parse(MinOwnContributionPercent, nameof(MinOwnContributionPercent), errors),
            OwnContributionKind = (Domain.Competitions.OwnContributionKind)OwnContributionKind,
            MaxAdminCostPercent = Parse(MaxAdminCostPercent, nameof(MaxAdminCostPercent), errors),
            MaxGrantPerOffer = Parse(MaxGrantPerOffer, nameof(MaxGrantPerOffer), errors),
            EligibleCostsFrom = EligibleCostsFrom,
            EligibleCostsTo = EligibleCostsTo,
            JointOffersAllowed = JointOffersAllowed,
            EligibleLegalForms = EligibleLegalForms.Distinct().Select(f => (OrganisationLegalForm)f).ToList(),
            BipPublishedOn = BipPublishedOn,
            NoticeBoardPublishedOn = NoticeBoardPublishedOn,
            WebsitePublishedOn = WebsitePublishedOn,
            Tasks = Tasks.Select((t, i) => new TaskDraft(t.Id, t.Title ?? "", t.SphereCode ?? "", Parse(t.Funds, $"Tasks[{i}].Funds", errors), (TaskForm)t.Form, t.Description)).ToList(),
            Criteria = Criteria.Select(k => new CriterionDraft(k.Id, (StatutoryCriterion)k.Statutory, k.Name ?? "", k.MaxPoints, k.MinPoints)).ToList(),
            PriorTasks = PriorTasks.Select((p, i) => new PriorTaskDraft(p.Year, p.Name ?? "",
                Parse(p.TotalCost, $"PriorTasks[{i}].TotalCost", errors), Parse(p.GrantsToOrganisations, $"PriorTasks[{i}].GrantsToOrganisations", errors))).ToList(),
            ChecklistItems = ChecklistItems.Select(s => s ?? "").ToList(),
            RequiredAttachments = RequiredAttachments.Select(s => s ?? "").ToList(),
        };
        partial = content;
        return errors.Count > 0 ? Result.Fail<AnnouncementContent>([.. errors]) : content;
    }

    private static string? Number(decimal? value) => value?.ToString("0.##", CultureInfo.CurrentCulture);

    /// <summary>Accepts Polish and international notation: spaces (also no-break) as thousands separators,
    /// a comma or a dot as the decimal mark.</summary>
    internal static decimal? Parse(string? text, string field, List<Error> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var normalised = new string(text.Where(ch => !char.IsWhiteSpace(ch) && ch != '\u00A0' && ch != '\u202F').ToArray())
            .Replace("zł", "", StringComparison.OrdinalIgnoreCase).Replace("%", "", StringComparison.Ordinal).Replace(',', '.');
        if (normalised.Count(ch => ch == '.') <= 1
            && decimal.TryParse(normalised, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        errors.Add(new Error("Competition.NotANumber", field));
        return null;
    }
}
