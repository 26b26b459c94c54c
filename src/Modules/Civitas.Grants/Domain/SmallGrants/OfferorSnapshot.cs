namespace Civitas.Grants.Domain.SmallGrants;

/// <summary>The offeror's registry data as they were when the offer was submitted (ARCHITECTURE.md §2
/// rule 6): later changes in the registry do not change a submitted offer.</summary>
internal sealed class OfferorSnapshot
{
    public string Name { get; set; } = "";
    public string LegalForm { get; set; } = "";
    public string? Krs { get; set; }
    public string? OtherRegister { get; set; }
    public string RegisteredAddress { get; set; } = "";
    public string? CorrespondenceAddress { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Website { get; set; }
}
