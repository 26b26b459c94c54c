using Civitas.Platform.Data;

namespace Civitas.Platform.LegalParameters;

/// <summary>One version of a legal number (a day count, an amount, a share) with its legal basis and
/// validity. A change is a new version that starts on a date; history is never overwritten.</summary>
public sealed class LegalParameter : ITenantOwned, IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public string Key { get; set; } = "";
    public decimal Value { get; set; }
    public LegalUnit Unit { get; set; }
    public DayCountType DayType { get; set; }
    public string LegalBasis { get; set; } = "";
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    /// <summary>True where the research marked the rule "(unverified)": a configurable default.</summary>
    public bool Unverified { get; set; }
    public string? ChangeReason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
