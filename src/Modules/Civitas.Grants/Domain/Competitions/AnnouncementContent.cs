using Civitas.Organisations.Contracts;

namespace Civitas.Grants.Domain.Competitions;

/// <summary>Everything an official edits in an announcement (art. 13 ust. 2 UDPP) and the competition's
/// rules for offers. Also the frozen snapshot of a published version.</summary>
internal sealed record AnnouncementContent
{
    public string Title { get; init; } = "";
    /// <summary>Zasady przyznawania dotacji (art. 13 ust. 2 pkt 3), Markdown.</summary>
    public string GrantRules { get; init; } = "";
    /// <summary>Warunki realizacji zadania (art. 13 ust. 2 pkt 4), Markdown.</summary>
    public string ImplementationConditions { get; init; } = "";
    public DateOnly? ImplementationFrom { get; init; }
    public DateOnly? ImplementationTo { get; init; }
    /// <summary>Offer deadline as entered: a Warsaw date and hour (art. 13 ust. 2 pkt 5).</summary>
    public DateOnly? DeadlineDate { get; init; }
    public TimeOnly? DeadlineTime { get; init; }
    /// <summary>Tryb i kryteria stosowane przy wyborze ofert (art. 13 ust. 2 pkt 6), Markdown.</summary>
    public string SelectionProcedure { get; init; } = "";
    public DateOnly? SelectionDate { get; init; }
    public decimal? MinOwnContributionPercent { get; init; }
    public OwnContributionKind OwnContributionKind { get; init; } = OwnContributionKind.FinancialOrNonFinancial;
    public decimal? MaxAdminCostPercent { get; init; }
    public decimal? MaxGrantPerOffer { get; init; }
    public DateOnly? EligibleCostsFrom { get; init; }
    public DateOnly? EligibleCostsTo { get; init; }
    public bool JointOffersAllowed { get; init; }
    public IReadOnlyList<OrganisationLegalForm> EligibleLegalForms { get; init; } = [];
    /// <summary>Publication dates per channel (art. 13 ust. 3 UDPP): BIP, the office's notice board, its website.</summary>
    public DateOnly? BipPublishedOn { get; init; }
    public DateOnly? NoticeBoardPublishedOn { get; init; }
    public DateOnly? WebsitePublishedOn { get; init; }
    public IReadOnlyList<TaskDraft> Tasks { get; init; } = [];
    public IReadOnlyList<CriterionDraft> Criteria { get; init; } = [];
    public IReadOnlyList<PriorTaskDraft> PriorTasks { get; init; } = [];
    public IReadOnlyList<string> ChecklistItems { get; init; } = [];
    public IReadOnlyList<string> RequiredAttachments { get; init; } = [];

    /// <summary>The last of the publication dates, from which the minimum offer period runs.</summary>
    public DateOnly? LastPublicationDate =>
        new[] { BipPublishedOn, NoticeBoardPublishedOn, WebsitePublishedOn }.Where(d => d is not null).Max();
}

/// <summary>A task as edited; <see cref="Id"/> is null for a new one.</summary>
internal sealed record TaskDraft(Guid? Id, string Title, string SphereCode, decimal? Funds, TaskForm Form, string? Description);

/// <summary>A criterion as edited; <see cref="Id"/> is null for a new one.</summary>
internal sealed record CriterionDraft(Guid? Id, StatutoryCriterion Statutory, string Name, int? MaxPoints, int? MinPoints);

/// <summary>A same-type task of this or last year as edited (art. 13 ust. 2 pkt 7 UDPP).</summary>
internal sealed record PriorTaskDraft(int? Year, string Name, decimal? TotalCost, decimal? GrantsToOrganisations);
