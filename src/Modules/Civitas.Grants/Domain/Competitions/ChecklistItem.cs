namespace Civitas.Grants.Domain.Competitions;

/// <summary>An item of the formal checklist an offer is checked against after the deadline.</summary>
internal sealed class ChecklistItem
{
    private ChecklistItem()
    {
    }

    public ChecklistItem(Guid id, int order, string text)
    {
        Id = id;
        Order = order;
        Text = text;
    }

    public Guid Id { get; private set; }
    public Guid CompetitionId { get; private set; }
    public int Order { get; private set; }
    public string Text { get; private set; } = "";
}
