namespace Civitas.Grants.Domain.Competitions;

/// <summary>An evaluation criterion (art. 13 ust. 2 pkt 6, art. 15 ust. 1 UDPP) with its points.</summary>
internal sealed class CompetitionCriterion
{
    private CompetitionCriterion()
    {
    }

    public CompetitionCriterion(Guid id, int order, StatutoryCriterion statutory, string name, int maxPoints, int? minPoints)
    {
        Id = id;
        Order = order;
        Statutory = statutory;
        Name = name;
        MaxPoints = maxPoints;
        MinPoints = minPoints;
    }

    public void Update(int order, StatutoryCriterion statutory, string name, int maxPoints, int? minPoints)
    {
        Order = order;
        Statutory = statutory;
        Name = name;
        MaxPoints = maxPoints;
        MinPoints = minPoints;
    }

    public Guid Id { get; private set; }
    public Guid CompetitionId { get; private set; }
    public int Order { get; private set; }
    public StatutoryCriterion Statutory { get; private set; }
    public string Name { get; private set; } = "";
    public int MaxPoints { get; private set; }
    /// <summary>Points an offer must reach in this criterion to be funded, if the announcement sets one.</summary>
    public int? MinPoints { get; private set; }
}
