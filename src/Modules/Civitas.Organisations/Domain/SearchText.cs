using System.Globalization;
using System.Text;

namespace Civitas.Organisations.Domain;

/// <summary>
/// Folds text for search and sorting: lower case, Polish and other diacritics removed ("Łódź" →
/// "lodz"; ł does not decompose in Unicode, so it is mapped by hand), anything but letters and
/// digits turned into single spaces. Stored in the search column and applied to the query, so
/// "lodz", "ŁÓDŹ" and "Łódź" all meet.
/// </summary>
internal static class SearchText
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = true;
        foreach (var raw in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark) continue;
            var c = raw switch
            {
                'ł' or 'Ł' => 'l',
                'đ' or 'Đ' => 'd',
                'ø' or 'Ø' => 'o',
                'ß' => 's',
                _ => char.ToLowerInvariant(raw),
            };
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                sb.Append(c);
                space = false;
            }
            else if (!space)
            {
                sb.Append(' ');
                space = true;
            }
        }
        if (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
        return sb.ToString();
    }

    /// <summary>The words of a search query, folded; at most <paramref name="max"/> of them.</summary>
    public static IReadOnlyList<string> Terms(string? query, int max = 8)
        => Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(max).ToList();

    /// <summary>The text an organisation is found by: names, city, identifiers (KRS also without its
    /// leading zeros, as people type it).</summary>
    public static string ForOrganisation(string name, string? shortName, string? city, string? krs, string? nip, string? regon)
    {
        var krsShort = krs?.TrimStart('0');
        return Fold(string.Join(' ', new[] { name, shortName, city, krs, krsShort, nip, regon }.Where(s => !string.IsNullOrEmpty(s))));
    }

    /// <summary>Sort key: the folded name without leading quotes or punctuation ("\"ECHO\" – Fundacja" sorts under E).</summary>
    public static string SortKey(string name)
    {
        var folded = Fold(name);
        return folded.Length > 200 ? folded[..200] : folded;
    }
}
