namespace Civitas.Organisations.Domain;

/// <summary>Readable addresses of profiles: "Fundacja „Łódź Pomaga”" → "fundacja-lodz-pomaga".</summary>
internal static class Slugs
{
    public const int MaxLength = 80;

    public static string From(string name)
    {
        var words = SearchText.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var slug = "";
        foreach (var w in words)
        {
            var next = slug.Length == 0 ? w : slug + "-" + w;
            if (next.Length > MaxLength) break;
            slug = next;
        }
        return slug.Length == 0 ? "organizacja" : slug;
    }

    /// <summary>True for a string that could be a slug (so a route value is checked before a query).</summary>
    public static bool LooksValid(string? slug)
        => !string.IsNullOrEmpty(slug) && slug.Length <= MaxLength + 8 && slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
