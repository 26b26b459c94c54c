using System.Text;

namespace Civitas.Platform.Documents;

/// <summary>Removes what XML 1.0 cannot carry (control characters, lone surrogates): user text pasted
/// from elsewhere sometimes holds them, and one would make a DOCX or XLSX unreadable.</summary>
internal static class XmlText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var span = text.AsSpan();
        var firstBad = -1;
        for (var i = 0; i < span.Length; i++)
        {
            if (!IsValidAt(span, i, out var width))
            {
                firstBad = i;
                break;
            }
            i += width - 1;
        }
        if (firstBad < 0) return text;
        var builder = new StringBuilder(text.Length);
        builder.Append(span[..firstBad]);
        for (var i = firstBad; i < span.Length; i++)
        {
            if (IsValidAt(span, i, out var width))
            {
                builder.Append(span.Slice(i, width));
                i += width - 1;
            }
        }
        return builder.ToString();
    }

    private static bool IsValidAt(ReadOnlySpan<char> text, int i, out int width)
    {
        var c = text[i];
        width = 1;
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                width = 2;
                return true;
            }
            return false;
        }
        if (char.IsLowSurrogate(c)) return false;
        return c is '\t' or '\n' or '\r' || (c >= 0x20 && c != '\uFFFE' && c != '\uFFFF');
    }
}
