namespace Civitas.Publishing.Queries;

/// <summary>A line of the change register (rejestr zmian): version, date, who, reason.</summary>
internal sealed record ChangeRow(int Number, DateTimeOffset PublishedAt, string ByName, string? ByFunction, string? Reason);
