namespace Civitas.Grants.Domain.Offers;

/// <summary>Reads the rules an offer is checked against from the competition's announcement.</summary>
internal interface IOfferRulesSource
{
    /// <summary>The rules for one task of a competition of the current local government, or null
    /// when there is no such competition or task here (or it was never announced).</summary>
    Task<OfferRules?> GetAsync(Guid competitionId, Guid taskId, CancellationToken ct);

    /// <summary>The tasks of a competition open for offers now, or an empty list.</summary>
    Task<IReadOnlyList<OfferTaskChoice>> OpenTasksAsync(Guid competitionId, CancellationToken ct);
}

/// <summary>A task one can start an offer for.</summary>
internal sealed record OfferTaskChoice(Guid CompetitionId, string CompetitionNumber, string CompetitionTitle, Guid TaskId, string TaskTitle, DateTimeOffset OfferDeadline);
