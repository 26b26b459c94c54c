using System.Text;
using Civitas.Platform;

namespace Civitas.Organisations.Import;

/// <summary>The encoding and delimiter of an uploaded CSV and its header row.</summary>
internal sealed record CsvFormat(string EncodingName, char Delimiter, IReadOnlyList<string> Headers)
{
    static CsvFormat() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public const string Utf8 = "utf-8";
    public const string Windows1250 = "windows-1250";

    public Encoding Encoding => EncodingName == Windows1250 ? Encoding.GetEncoding(1250) : new UTF8Encoding(false);

    /// <summary>
    /// Recognises UTF-8 (with or without a byte-order mark) and Windows-1250, the two encodings Polish
    /// offices' spreadsheets save. A file that is valid UTF-8 is UTF-8; otherwise it is Windows-1250 unless
    /// it holds bytes that code page does not define, UTF-8 sequences mixed in (a file pasted together from
    /// both), NUL bytes (UTF-16, a binary file) or the replacement character (damaged by an earlier
    /// conversion): those are refused as a broken encoding rather than imported as mojibake.
    /// </summary>
    public static Result<CsvFormat> Detect(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var start = content.Position;
        var buffer = new byte[64 * 1024];
        var utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var chars = new char[Encoding.UTF8.GetMaxCharCount(buffer.Length)];
        bool validUtf8 = true, replacement = false, undefined1250 = false, utf8Sequences = false, first = true;
        int read;
        byte previous = 0;
        while ((read = content.Read(buffer, 0, buffer.Length)) > 0)
        {
            var span = buffer.AsSpan(0, read);
            if (first)
            {
                if (span.StartsWith(new byte[] { 0xFF, 0xFE }) || span.StartsWith(new byte[] { 0xFE, 0xFF })) return Fail("Import.EncodingUnsupported");
                first = false;
            }
            for (var i = 0; i < span.Length; i++)
            {
                var b = span[i];
                if (b == 0) return Fail("Import.NotText");
                if (b is 0x81 or 0x83 or 0x88 or 0x90 or 0x98) undefined1250 = true;
                if (previous is >= 0xC3 and <= 0xC5 && b is >= 0x80 and <= 0xBF) utf8Sequences = true;
                previous = b;
            }
            if (validUtf8)
            {
                try
                {
                    var n = utf8.GetChars(buffer, 0, read, chars, 0, flush: false);
                    if (chars.AsSpan(0, n).Contains('\uFFFD')) replacement = true;
                }
                catch (DecoderFallbackException)
                {
                    validUtf8 = false;
                }
            }
        }
        if (validUtf8)
        {
            try
            {
                utf8.GetChars([], 0, 0, chars, 0, flush: true);
            }
            catch (DecoderFallbackException)
            {
                validUtf8 = false;
            }
        }
        string encoding;
        if (validUtf8)
        {
            if (replacement) return Fail("Import.EncodingBroken");
            encoding = Utf8;
        }
        else
        {
            if (undefined1250 || utf8Sequences) return Fail("Import.EncodingBroken");
            encoding = Windows1250;
        }

        content.Position = start;
        var header = FirstLine(content, encoding == Utf8 ? new UTF8Encoding(false) : Encoding.GetEncoding(1250));
        content.Position = start;
        if (string.IsNullOrWhiteSpace(header)) return Fail("Import.Empty");
        var delimiter = new[] { ';', ',', '\t' }.OrderByDescending(d => CountOutsideQuotes(header, d)).First();
        if (CountOutsideQuotes(header, delimiter) == 0) return Fail("Import.NoColumns");
        var headers = SplitHeader(header, delimiter);
        if (headers.Any(string.IsNullOrWhiteSpace)) return Fail("Import.EmptyHeader");
        return new CsvFormat(encoding, delimiter, headers);
    }

    private static string FirstLine(Stream content, Encoding encoding)
    {
        using var reader = new StreamReader(content, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 4096, leaveOpen: true);
        var sb = new StringBuilder();
        var quoted = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            if (c == '"') quoted = !quoted;
            if (!quoted && (c == '\n' || c == '\r')) break;
            sb.Append((char)c);
            if (sb.Length > 100_000) break;
        }
        return sb.ToString();
    }

    private static int CountOutsideQuotes(string line, char delimiter)
    {
        var quoted = false;
        var n = 0;
        foreach (var c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (c == delimiter && !quoted) n++;
        }
        return n;
    }

    private static List<string> SplitHeader(string line, char delimiter)
    {
        var result = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"')
            {
                if (quoted && i + 1 < line.Length && line[i + 1] == '"')
                {
                    sb.Append('"');
                    i++;
                }
                else
                {
                    quoted = !quoted;
                }
            }
            else if (c == delimiter && !quoted)
            {
                result.Add(sb.ToString().Trim());
                sb.Clear();
            }
            else
            {
                sb.Append(c);
            }
        }
        result.Add(sb.ToString().Trim());
        return result;
    }

    private static Result<CsvFormat> Fail(string code) => Result.Fail<CsvFormat>(new Error(code, "File"));
}
