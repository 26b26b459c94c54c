using Civitas.Platform;

namespace Civitas.Grants.Domain.Offers;

/// <summary>Outcome of saving one section: saved (with the new version), refused with errors, or a
/// conflict with what someone else saved meanwhile (their content, who and when) — the caller keeps
/// the person's own input and shows both.</summary>
internal sealed record SectionSaveResult(int Version, IReadOnlyList<Error> Errors, SectionConflict? Conflict)
{
    public bool Succeeded => Errors.Count == 0 && Conflict is null;
}

/// <summary>The version of a section another person saved first.</summary>
internal sealed record SectionConflict(object Theirs, int Version, DateTimeOffset SavedAt, Guid SavedBy);
