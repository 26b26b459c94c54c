namespace Civitas.Platform.Identity;

/// <summary>What another module may know about a department of the current tenant.</summary>
/// <param name="Id">Department id.</param>
/// <param name="Name">Full name ("Wydział Kultury").</param>
/// <param name="ShortName">Abbreviation ("WK"), if set.</param>
/// <param name="Email">Contact e-mail, if set.</param>
/// <param name="IsActive">False for a department closed down (kept for history).</param>
public sealed record DepartmentInfo(Guid Id, string Name, string? ShortName, string? Email, bool IsActive);
