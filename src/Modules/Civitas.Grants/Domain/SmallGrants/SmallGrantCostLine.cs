namespace Civitas.Grants.Domain.SmallGrants;

/// <summary>A line of the cost table of the simplified offer (Dz.U. 2018 poz. 2055): name, unit, quantity,
/// unit cost and the total computed from them (never typed).</summary>
internal sealed class SmallGrantCostLine
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid OfferId { get; private set; }
    public int Position { get; private set; }
    public string Name { get; private set; } = "";
    public string Unit { get; private set; } = "";
    public decimal Quantity { get; private set; }
    public decimal UnitCost { get; private set; }
    public decimal Total { get; private set; }

    private SmallGrantCostLine() { }

    internal static SmallGrantCostLine From(Guid offerId, int position, SmallGrantCostLineInput line) => new()
    {
        OfferId = offerId,
        Position = position,
        Name = line.Name!.Trim(),
        Unit = line.Unit!.Trim(),
        Quantity = line.Quantity!.Value,
        UnitCost = line.UnitCost!.Value,
        Total = SmallGrantRules.LineTotal(line.Quantity.Value, line.UnitCost.Value),
    };
}
