namespace Civitas.Publishing.Queries;

/// <summary>A person named in the metadata, with the function they act in.</summary>
internal sealed record PersonView(string Name, string? Function);
