namespace Civitas.Grants.Domain.Competitions;

/// <summary>A public task of a competition (art. 13 ust. 2 pkt 1–2 UDPP): offers are made for one task.</summary>
internal sealed class CompetitionTask
{
    private CompetitionTask()
    {
    }

    public CompetitionTask(Guid id, int order, string title, string sphereCode, decimal funds, TaskForm form, string? description)
    {
        Id = id;
        Order = order;
        Title = title;
        SphereCode = sphereCode;
        Funds = funds;
        Form = form;
        Description = description;
    }

    public void Update(int order, string title, string sphereCode, decimal funds, TaskForm form, string? description)
    {
        Order = order;
        Title = title;
        SphereCode = sphereCode;
        Funds = funds;
        Form = form;
        Description = description;
    }

    public Guid Id { get; private set; }
    public Guid CompetitionId { get; private set; }
    public int Order { get; private set; }
    public string Title { get; private set; } = "";
    /// <summary>Point of art. 4 ust. 1 UDPP ("16", "1a").</summary>
    public string SphereCode { get; private set; } = "";
    /// <summary>Funds earmarked for the task (art. 13 ust. 2 pkt 2), PLN.</summary>
    public decimal Funds { get; private set; }
    public TaskForm Form { get; private set; }
    /// <summary>What the task is about (Markdown).</summary>
    public string? Description { get; private set; }
}
