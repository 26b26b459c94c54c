namespace Civitas.Grants.Domain.SmallGrants;

/// <summary>What the organisation writes in the simplified offer (Dz.U. 2018 poz. 2055), as typed.</summary>
internal sealed record SmallGrantOfferContent(
    string? Title,
    string? SphereCode,
    string? Place,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? Description,
    string? ExpectedResults,
    string? ContactName,
    string? ContactPhone,
    string? ContactEmail,
    IReadOnlyList<SmallGrantCostLineInput> CostLines,
    decimal? GrantAmount,
    decimal? OwnFinancial,
    decimal? NonFinancial,
    SmallGrantStatements Statements)
{
    /// <summary>The cost lines actually filled in (blank rows of the form left out).</summary>
    public IReadOnlyList<SmallGrantCostLineInput> FilledLines => CostLines.Where(l => !l.IsBlank).ToList();
}
