using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.Results;

namespace Civitas.Grants.Pages.Grants.Public.Results;

/// <summary>The results tables (funded per task, then not funded) for the public page and the office.</summary>
internal sealed record ResultsTablesModel(Competition Competition, CompetitionDecision Decision, bool RequestLinks = false);
