namespace Civitas.Organisations.Domain;

/// <summary>A sphere of public tasks from the table of UDPP art. 4 ust. 1 ("1a", "32a"). Reference
/// data, seeded by the migration; <see cref="ValidFrom"/>/<see cref="ValidTo"/> let an amendment add or
/// close a row without rewriting history. <see cref="LawTextConfirmed"/> is false for rows whose
/// wording was not confirmed against the act's text (LAW-AND-PROCEDURES.md §1.2, Gaps 2).</summary>
internal sealed class Sphere
{
    public string Code { get; set; } = "";
    public string NamePl { get; set; } = "";
    public string NameEn { get; set; } = "";
    public int SortOrder { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public bool LawTextConfirmed { get; set; }
}
