using Civitas.Publishing.Contracts;

namespace Civitas.Publishing.Queries;

/// <summary>Filters of the public register and archive (all optional).</summary>
internal sealed record RegisterFilter(PublicationCategory? Category, int? Year, string? Search)
{
    public static RegisterFilter None { get; } = new(null, null, null);
}
