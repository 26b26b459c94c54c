namespace Civitas.Grants.Domain.Competitions;

/// <summary>Reads the rules offers of a competition must respect, within the current tenant.</summary>
internal interface ICompetitionRules
{
    /// <summary>The competition's rules, or null when it does not exist in this tenant or is still a draft.</summary>
    Task<CompetitionRules?> GetAsync(Guid competitionId, CancellationToken ct = default);
}
