namespace Civitas.Grants.Domain.Competitions;

/// <summary>A task of the same type funded by the JST this or last year (art. 13 ust. 2 pkt 7 UDPP).</summary>
internal sealed class PriorTask
{
    private PriorTask()
    {
    }

    public PriorTask(Guid id, int order, int year, string name, decimal totalCost, decimal grantsToOrganisations)
    {
        Id = id;
        Order = order;
        Year = year;
        Name = name;
        TotalCost = totalCost;
        GrantsToOrganisations = grantsToOrganisations;
    }

    public Guid Id { get; private set; }
    public Guid CompetitionId { get; private set; }
    public int Order { get; private set; }
    public int Year { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>What the task cost in that year, PLN.</summary>
    public decimal TotalCost { get; private set; }
    /// <summary>Of which grants to organisations (art. 3 ust. 2–3 UDPP), PLN.</summary>
    public decimal GrantsToOrganisations { get; private set; }
}
