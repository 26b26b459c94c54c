using Civitas.Platform.LegalParameters;

namespace Civitas.Platform.Pages.Office.LegalParameters;

/// <summary>Model of the shared legal-parameters table (office: read only; administration: with a
/// "new version" link per key).</summary>
internal sealed record LegalParametersTable(IReadOnlyList<LegalParameterOverview.Row> Rows, DateOnly Today, bool CanEdit);
