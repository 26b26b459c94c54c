namespace Civitas.Grants.Contracts;

/// <summary>Event: the organ published the results of an open competition (art. 15 ust. 2h UDPP). From the
/// publication the period for requests for justification runs (art. 15 ust. 2j).</summary>
/// <param name="TenantId">Local government.</param>
/// <param name="CompetitionId">Competition.</param>
/// <param name="Number">Competition number, e.g. "WK/2026/3".</param>
/// <param name="Title">Competition title.</param>
/// <param name="DecidedOn">Date of the decision (Warsaw).</param>
/// <param name="PublishedAt">When the results were published (UTC).</param>
/// <param name="FundedOffers">Number of offers funded.</param>
/// <param name="NotFundedOffers">Number of offers not funded (formally rejected ones included).</param>
/// <param name="TotalGranted">Sum of the grants, PLN.</param>
public sealed record CompetitionResultsPublished(
    Guid TenantId,
    Guid CompetitionId,
    string Number,
    string Title,
    DateOnly DecidedOn,
    DateTimeOffset PublishedAt,
    int FundedOffers,
    int NotFundedOffers,
    decimal TotalGranted);
