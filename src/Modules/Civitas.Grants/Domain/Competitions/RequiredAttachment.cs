namespace Civitas.Grants.Domain.Competitions;

/// <summary>An attachment every offer must include (e.g. "aktualny statut organizacji").</summary>
internal sealed class RequiredAttachment
{
    private RequiredAttachment()
    {
    }

    public RequiredAttachment(Guid id, int order, string name)
    {
        Id = id;
        Order = order;
        Name = name;
    }

    public Guid Id { get; private set; }
    public Guid CompetitionId { get; private set; }
    public int Order { get; private set; }
    public string Name { get; private set; } = "";
}
