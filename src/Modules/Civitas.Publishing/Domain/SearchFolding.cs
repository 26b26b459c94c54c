using System.Globalization;
using System.Text;

namespace Civitas.Publishing.Domain;

/// <summary>Folds text for search that ignores case and Polish diacritics (ARCHITECTURE.md §3:
/// "lodz" finds "Łódź"). The same folding is applied to stored titles and to the query, so a plain
/// substring match works alike on SQLite and PostgreSQL.</summary>
internal static class SearchFolding
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            // ł does not decompose into l + a combining mark, so it is mapped by hand.
            var folded = c == 'ł' ? 'l' : c;
            if (char.IsWhiteSpace(folded))
            {
                if (lastWasSpace) continue;
                folded = ' ';
                lastWasSpace = true;
            }
            else
            {
                lastWasSpace = false;
            }
            sb.Append(folded);
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
