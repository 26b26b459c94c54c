namespace Civitas.Grants.Domain.Committee;

/// <summary>A member's points and justification for one criterion, as entered (null = left empty).</summary>
internal sealed record ScoreInput(Guid CriterionId, decimal? Points, string? Justification);
