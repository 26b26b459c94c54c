namespace Civitas.Platform;

/// <summary>A rule violation reported to the user: a code looked up in the module's resources as
/// <c>Error.{Code}</c>, the form field it belongs to (null for the whole form) and format arguments.</summary>
public sealed record Error(string Code, string? Field = null, params object[] Args);
