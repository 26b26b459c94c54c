namespace Civitas.Grants.Web.Competitions;

// JSON shapes of the competitions API (/api/v1/competitions). Amounts in PLN, instants in UTC.
internal sealed record CompetitionListResponse(IReadOnlyList<CompetitionListItem> Items, int Total, int Page, int PageSize);

internal sealed record CompetitionListItem(Guid Id, string Number, string Title, string Status, int Year, DateTimeOffset? OfferDeadline, decimal Funds, IReadOnlyList<string> Spheres, string Url);

internal sealed record CompetitionDetail(
    Guid Id, string Number, string Title, string Status, int Year, Guid DepartmentId, DateTimeOffset? OfferDeadline, decimal Funds,
    IReadOnlyList<CompetitionTaskDto> Tasks, string GrantRules, DateOnly? ImplementationFrom, DateOnly? ImplementationTo, string ImplementationConditions,
    string SelectionProcedure, DateOnly? SelectionDate, IReadOnlyList<CompetitionCriterionDto> Criteria, IReadOnlyList<PriorTaskDto> SameTypeTasks,
    decimal? MinOwnContributionPercent, string OwnContributionKind, decimal? MaxAdminCostPercent, decimal? MaxGrantPerOffer,
    DateOnly? EligibleCostsFrom, DateOnly? EligibleCostsTo, bool JointOffersAllowed, IReadOnlyList<string> EligibleLegalForms,
    IReadOnlyList<string> RequiredAttachments, PublicationDatesDto Publication, IReadOnlyList<AnnouncementVersionDto> Versions,
    CancellationDto? Cancellation, string Url);

internal sealed record CompetitionTaskDto(Guid Id, string Title, string Sphere, decimal Funds, string Form, string? Description);

internal sealed record CompetitionCriterionDto(Guid Id, string Name, int? StatutoryPoint, int MaxPoints, int? MinPoints);

internal sealed record PriorTaskDto(int Year, string Name, decimal TotalCost, decimal GrantsToOrganisations);

internal sealed record PublicationDatesDto(DateOnly? Bip, DateOnly? NoticeBoard, DateOnly? Website);

internal sealed record AnnouncementVersionDto(int Number, DateTimeOffset PublishedAt, string PublishedBy, string? Reason, IReadOnlyList<string> ChangedParts);

internal sealed record CancellationDto(DateTimeOffset CancelledAt, string Reason);
