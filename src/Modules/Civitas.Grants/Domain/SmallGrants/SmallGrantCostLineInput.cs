namespace Civitas.Grants.Domain.SmallGrants;

/// <summary>A cost line as typed by the organisation (any part may be missing or wrong).</summary>
internal sealed record SmallGrantCostLineInput(string? Name, string? Unit, decimal? Quantity, decimal? UnitCost)
{
    /// <summary>True for a row of the form left completely empty (it is ignored).</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Unit) && Quantity is null && UnitCost is null;
}
