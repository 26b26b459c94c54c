using Civitas.Publishing.Contracts;

namespace Civitas.Publishing.Domain;

/// <summary>Stable codes of the categories for URLs, the feed and the JSON API ("small-grant-offer"),
/// and the resource keys of their names.</summary>
internal static class PublicationCategoryCodes
{
    private static readonly Dictionary<PublicationCategory, string> Codes = new()
    {
        [PublicationCategory.Announcement] = "announcement",
        [PublicationCategory.Correction] = "correction",
        [PublicationCategory.Results] = "results",
        [PublicationCategory.Cancellation] = "cancellation",
        [PublicationCategory.SmallGrantOffer] = "small-grant-offer",
        [PublicationCategory.Report] = "report",
        [PublicationCategory.Programme] = "programme",
        [PublicationCategory.ConsultationReport] = "consultation-report",
        [PublicationCategory.Other] = "other",
    };

    private static readonly Dictionary<string, PublicationCategory> ByCode =
        Codes.ToDictionary(kv => kv.Value, kv => kv.Key, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<PublicationCategory> All { get; } = [.. Codes.Keys];

    public static string Code(PublicationCategory category) => Codes[category];

    public static bool TryParse(string? code, out PublicationCategory category) => ByCode.TryGetValue(code?.Trim() ?? "", out category);

    /// <summary>Resource key of the category's name ("Category.SmallGrantOffer").</summary>
    public static string TextKey(PublicationCategory category) => "Category." + category;
}
