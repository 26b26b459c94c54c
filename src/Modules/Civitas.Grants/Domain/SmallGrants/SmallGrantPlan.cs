using Civitas.Platform.Data;

namespace Civitas.Grants.Domain.SmallGrants;

/// <summary>The grants for NGO tasks planned in the budget of a year, entered by an official: the base of the
/// cap of art. 19a UDPP on the JST's total of small grants. Every submission and award of the year also
/// touches this row, so that two of them racing for the last part of the cap cannot both pass (the
/// concurrency token makes the second save fail and re-check).</summary>
internal sealed class SmallGrantPlan : ITenantOwned, IAudited, IConcurrencyVersioned
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public int Version { get; set; }
    public int Year { get; private set; }
    public decimal PlannedTotal { get; private set; }
    public string? Note { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public string UpdatedByName { get; private set; } = "";
    public DateTimeOffset? LastUseAt { get; private set; }

    private SmallGrantPlan() { }

    public static SmallGrantPlan Create(int year, decimal plannedTotal, string? note, string by, DateTimeOffset now)
        => new() { Year = year, PlannedTotal = SmallGrantRules.Money(plannedTotal), Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(), UpdatedAt = now, UpdatedByName = by };

    public void Change(decimal plannedTotal, string? note, string by, DateTimeOffset now)
    {
        PlannedTotal = SmallGrantRules.Money(plannedTotal);
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        UpdatedAt = now;
        UpdatedByName = by;
    }

    /// <summary>Marks the row changed so its concurrency token serialises cap checks of the year.</summary>
    public void Touch(DateTimeOffset now) => LastUseAt = now;
}
