using Civitas.Organisations.Contracts;

namespace Civitas.Grants.Domain.Competitions;

/// <summary>What an offer of this competition must respect (read model for the offers area):
/// the deadline, periods, caps and minima, eligible legal forms, tasks, attachments and checklist.</summary>
internal sealed record CompetitionRules(
    Guid CompetitionId,
    string Number,
    string Title,
    Guid DepartmentId,
    CompetitionStatus Status,
    DateTimeOffset? OfferDeadline,
    DateOnly? ImplementationFrom,
    DateOnly? ImplementationTo,
    DateOnly? EligibleCostsFrom,
    DateOnly? EligibleCostsTo,
    decimal? MaxAdminCostPercent,
    decimal? MinOwnContributionPercent,
    OwnContributionKind OwnContributionKind,
    decimal? MaxGrantPerOffer,
    bool JointOffersAllowed,
    IReadOnlyList<OrganisationLegalForm> EligibleLegalForms,
    IReadOnlyList<CompetitionRules.TaskRule> Tasks,
    IReadOnlyList<CompetitionRules.NamedItem> RequiredAttachments,
    IReadOnlyList<CompetitionRules.NamedItem> ChecklistItems,
    IReadOnlyList<CompetitionRules.CriterionRule> Criteria)
{
    /// <summary>Offers are accepted: announced and <paramref name="now"/> strictly before the deadline.</summary>
    public bool IsOpenForOffers(DateTimeOffset now) => Status == CompetitionStatus.Announced && OfferDeadline is { } d && now < d;

    /// <summary>A task offers can be made for (art. 4 ust. 1 sphere code, funds, support or entrusting).</summary>
    public sealed record TaskRule(Guid Id, string Title, string SphereCode, decimal Funds, TaskForm Form);

    /// <summary>A required attachment or a formal checklist item.</summary>
    public sealed record NamedItem(Guid Id, string Text);

    /// <summary>An evaluation criterion with its points.</summary>
    public sealed record CriterionRule(Guid Id, StatutoryCriterion Statutory, string Name, int MaxPoints, int? MinPoints);
}
