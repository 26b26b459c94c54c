using System.Net.Mail;
using System.Text;
using System.Text.RegularExpressions;

namespace Civitas.Testing;

/// <summary>A received message, decoded enough for assertions.</summary>
public sealed record ReceivedMail(string To, string Subject, string Text, string File);

/// <summary>Reads messages from the pickup folder (.eml) or the SMTP catcher's Maildir.</summary>
public static partial class MailReader
{
    public static IReadOnlyList<ReceivedMail> ReadAll(string directory)
    {
        var files = new List<string>();
        if (Directory.Exists(directory)) files.AddRange(Directory.GetFiles(directory, "*.eml"));
        foreach (var sub in new[] { "new", "cur" })
        {
            var d = Path.Combine(directory, sub);
            if (Directory.Exists(d)) files.AddRange(Directory.GetFiles(d));
        }
        return files.OrderBy(File.GetCreationTimeUtc).Select(Parse).ToList();
    }

    /// <summary>Waits up to <paramref name="timeout"/> for a message to <paramref name="to"/>.</summary>
    public static async Task<ReceivedMail> WaitForAsync(string directory, string to, TimeSpan timeout, Func<ReceivedMail, bool>? match = null)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            var mail = ReadAll(directory).LastOrDefault(m => m.To.Contains(to, StringComparison.OrdinalIgnoreCase) && (match is null || match(m)));
            if (mail is not null) return mail;
            if (DateTime.UtcNow > until) throw new Xunit.Sdk.XunitException($"No e-mail to {to} in {directory} within {timeout.TotalSeconds} s.");
            await Task.Delay(100);
        }
    }

    /// <summary>The first link in the message that contains <paramref name="pathPart"/>.</summary>
    public static string Link(ReceivedMail mail, string pathPart)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var match = UrlPattern().Matches(mail.Text).Select(m => m.Value).FirstOrDefault(u => u.Contains(pathPart, StringComparison.Ordinal));
        return match ?? throw new Xunit.Sdk.XunitException($"No link containing {pathPart} in: {mail.Text}");
    }

    private static ReceivedMail Parse(string file)
    {
        var raw = File.ReadAllText(file);
        var headerEnd = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (headerEnd < 0) headerEnd = raw.IndexOf("\n\n", StringComparison.Ordinal);
        var headers = Unfold(raw[..headerEnd]);
        string Header(string name) => headers.FirstOrDefault(h => h.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))?[(name.Length + 1)..].Trim() ?? "";
        var subject = DecodeWords(Header("Subject"));
        var to = Header("To");
        var text = ExtractText(raw);
        return new ReceivedMail(to, subject, text, file);
    }

    private static List<string> Unfold(string headerBlock)
    {
        var lines = new List<string>();
        foreach (var line in headerBlock.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if ((line.StartsWith(' ') || line.StartsWith('\t')) && lines.Count > 0) lines[^1] += line.TrimStart();
            else lines.Add(line);
        }
        return lines;
    }

    private static string DecodeWords(string value)
        => EncodedWord().Replace(value, m =>
        {
            var charset = Encoding.GetEncoding(m.Groups[1].Value);
            var data = m.Groups[2].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
                ? Convert.FromBase64String(m.Groups[3].Value)
                : QuotedPrintable(m.Groups[3].Value.Replace('_', ' '));
            return charset.GetString(data);
        }).Replace("?= =?", "", StringComparison.Ordinal);

    private static string ExtractText(string raw)
    {
        // Use System.Net.Mail's own parts: find the first text/plain section and decode it.
        var normalized = raw.Replace("\r\n", "\n", StringComparison.Ordinal);
        var sections = normalized.Split("\n\n", 2);
        var body = sections.Length > 1 ? sections[1] : "";
        var headers = sections[0];
        if (headers.Contains("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            var boundary = BoundaryPattern().Match(headers).Groups[1].Value;
            foreach (var part in body.Split("--" + boundary))
            {
                var p = part.TrimStart('\n').Split("\n\n", 2);
                if (p.Length == 2 && p[0].Contains("text/plain", StringComparison.OrdinalIgnoreCase)) return Decode(p[0], p[1]);
            }
            return body;
        }
        return Decode(headers, body);
    }

    private static string Decode(string headers, string body)
    {
        if (headers.Contains("base64", StringComparison.OrdinalIgnoreCase))
        {
            var clean = new string(body.Where(c => !char.IsWhiteSpace(c)).ToArray());
            var end = clean.IndexOf('-', StringComparison.Ordinal);
            if (end >= 0) clean = clean[..end];
            return Encoding.UTF8.GetString(Convert.FromBase64String(clean));
        }
        if (headers.Contains("quoted-printable", StringComparison.OrdinalIgnoreCase))
        {
            return Encoding.UTF8.GetString(QuotedPrintable(body.Replace("=\n", "", StringComparison.Ordinal)));
        }
        return body;
    }

    private static byte[] QuotedPrintable(string s)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '=' && i + 2 < s.Length && Uri.IsHexDigit(s[i + 1]) && Uri.IsHexDigit(s[i + 2]))
            {
                bytes.Add(Convert.ToByte(s.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(s[i].ToString()));
            }
        }
        return [.. bytes];
    }

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();

    [GeneratedRegex("boundary=\"?([^\";\\n]+)\"?", RegexOptions.IgnoreCase)]
    private static partial Regex BoundaryPattern();

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex UrlPattern();
}
