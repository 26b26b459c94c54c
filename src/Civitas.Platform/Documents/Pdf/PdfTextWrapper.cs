using System.Text;

namespace Civitas.Platform.Documents.Pdf;

/// <summary>
/// Breaks runs of text into lines of a given width: greedy, at spaces; a line feed is a forced break;
/// a word wider than the line is cut between characters (IBANs, URLs in narrow cells). A single-letter
/// word (a, i, o, u, w, z) is kept with the word after it, as Polish typesetting requires.
/// </summary>
internal static class PdfTextWrapper
{
    private const string HangingLetters = "aiouwzAIOUWZ";

    public static List<PdfTextLine> Wrap(IReadOnlyList<TextRun> runs, TextStyle baseStyle, double size, double width, PdfFontSet fonts)
    {
        var tokens = Tokenize(runs, baseStyle);
        var lines = new List<PdfTextLine>();
        var line = new PdfTextLine();
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (token is null)
            {
                lines.Add(line);
                line = new PdfTextLine();
                i++;
                continue;
            }
            // The word and the words glued to it must share a line when they can.
            var end = i;
            while (tokens[end]!.GlueNext && end + 1 < tokens.Count && tokens[end + 1] is not null) end++;
            var chainWidth = 0.0;
            for (var k = i; k <= end; k++)
            {
                if (k > i) chainWidth += SpaceWidth(tokens[k - 1]!.LastStyle, size, fonts);
                chainWidth += tokens[k]!.Width(size, fonts);
            }
            var gap = line.IsEmpty ? 0 : SpaceWidth(line.Segments[^1].Style, size, fonts);
            if (line.Width + gap + chainWidth <= width + 0.01)
            {
                for (var k = i; k <= end; k++) Append(line, tokens[k]!, size, fonts);
                i = end + 1;
                continue;
            }
            if (!line.IsEmpty)
            {
                lines.Add(line);
                line = new PdfTextLine();
                continue;
            }
            var word = tokens[i]!;
            if (end > i || word.Width(size, fonts) <= width + 0.01)
            {
                // A glued chain wider than a line: give up the glue rather than overflow.
                Append(line, word, size, fonts);
                i++;
                continue;
            }
            // One word wider than the line: cut it between characters.
            foreach (var piece in Cut(word, size, width, fonts))
            {
                if (!line.IsEmpty)
                {
                    lines.Add(line);
                    line = new PdfTextLine();
                }
                Append(line, piece, size, fonts);
            }
            i++;
        }
        lines.Add(line);
        return lines;
    }

    private static double SpaceWidth(TextStyle style, double size, PdfFontSet fonts) => fonts.Width(" ", new PdfFontKey(style, size));

    private static void Append(PdfTextLine line, Word word, double size, PdfFontSet fonts)
    {
        if (!line.IsEmpty)
        {
            var last = line.Segments[^1];
            var space = SpaceWidth(last.Style, size, fonts);
            last.Text.Append(' ');
            last.Width += space;
            line.Width += space;
        }
        foreach (var (text, style) in word.Parts)
        {
            var w = fonts.Width(text, new PdfFontKey(style, size));
            var segment = line.IsEmpty || line.Segments[^1].Style != style ? null : line.Segments[^1];
            if (segment is null)
            {
                segment = new PdfTextSegment(style, line.Width);
                line.Segments.Add(segment);
            }
            segment.Text.Append(text);
            segment.Width += w;
            line.Width += w;
        }
    }

    private static IEnumerable<Word> Cut(Word word, double size, double width, PdfFontSet fonts)
    {
        var piece = new Word();
        var pieceWidth = 0.0;
        foreach (var (text, style) in word.Parts)
        {
            var key = new PdfFontKey(style, size);
            var start = 0;
            for (var c = 0; c < text.Length; c++)
            {
                // Keep surrogate pairs together.
                var length = char.IsHighSurrogate(text[c]) && c + 1 < text.Length ? 2 : 1;
                var w = fonts.Width(text.Substring(c, length), key);
                if (pieceWidth + w > width && (pieceWidth > 0 || c > start))
                {
                    if (c > start) piece.Add(text[start..c], style);
                    yield return piece;
                    piece = new Word();
                    pieceWidth = 0;
                    start = c;
                }
                pieceWidth += w;
                c += length - 1;
            }
            if (start < text.Length) piece.Add(text[start..], style);
        }
        if (piece.Parts.Count > 0) yield return piece;
    }

    /// <summary>Words, and null for a forced line break.</summary>
    private static List<Word?> Tokenize(IReadOnlyList<TextRun> runs, TextStyle baseStyle)
    {
        var tokens = new List<Word?>();
        Word? word = null;
        var part = new StringBuilder();
        var partStyle = baseStyle;

        void EndPart()
        {
            if (part.Length == 0) return;
            word ??= new Word();
            word.Add(part.ToString(), partStyle);
            part.Clear();
        }

        void EndWord()
        {
            EndPart();
            if (word is null) return;
            var text = word.Parts.Count == 1 ? word.Parts[0].Text : null;
            word.GlueNext = text is { Length: 1 } && HangingLetters.Contains(text[0], StringComparison.Ordinal);
            tokens.Add(word);
            word = null;
        }

        foreach (var run in runs)
        {
            var style = baseStyle | run.Style;
            if (style != partStyle)
            {
                EndPart();
                partStyle = style;
            }
            var text = run.Text ?? "";
            for (var c = 0; c < text.Length; c++)
            {
                var ch = text[c];
                switch (ch)
                {
                    case '\r' when c + 1 < text.Length && text[c + 1] == '\n':
                        break;
                    case '\n' or '\r' or '\u2028' or '\u2029':
                        EndWord();
                        tokens.Add(null);
                        break;
                    case ' ' or '\t':
                        EndWord();
                        break;
                    case '\u00AD':
                        // A soft hyphen is a hint the wrapper does not use; drawing it would print a dash.
                        break;
                    default:
                        if (char.IsControl(ch)) break;
                        part.Append(ch);
                        break;
                }
            }
        }
        EndWord();
        return tokens;
    }

    private sealed class Word
    {
        private double _width = -1;
        private double _size;

        public List<(string Text, TextStyle Style)> Parts { get; } = [];
        public bool GlueNext { get; set; }
        public TextStyle LastStyle => Parts[^1].Style;

        public void Add(string text, TextStyle style) => Parts.Add((text, style));

        public double Width(double size, PdfFontSet fonts)
        {
            if (_width < 0 || _size != size)
            {
                _size = size;
                _width = 0;
                foreach (var (text, style) in Parts) _width += fonts.Width(text, new PdfFontKey(style, size));
            }
            return _width;
        }
    }
}
