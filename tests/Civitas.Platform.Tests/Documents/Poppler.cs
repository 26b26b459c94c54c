using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Civitas.Platform.Tests.Documents;

/// <summary>Reads PDFs back with poppler-utils (pdftotext, pdfinfo, pdffonts), as a person's tools
/// would. scripts/test.sh installs poppler-utils; a missing binary fails the test with that advice.</summary>
internal static partial class Poppler
{
    public static string Text(string pdf, int? page = null, bool layout = false)
    {
        List<string> args = ["-enc", "UTF-8"];
        if (layout) args.Add("-layout");
        if (page is { } p) args.AddRange(["-f", p.ToString(), "-l", p.ToString()]);
        args.AddRange([pdf, "-"]);
        return Run("pdftotext", args);
    }

    public static string Info(string pdf, params string[] options) => Run("pdfinfo", [.. options, pdf]);

    public static int PageCount(string pdf)
    {
        var match = PagesLine().Match(Info(pdf));
        Assert.True(match.Success, "pdfinfo printed no page count");
        return int.Parse(match.Groups[1].Value);
    }

    public static string Fonts(string pdf) => Run("pdffonts", [pdf]);

    /// <summary>Whitespace (line breaks of wrapped text, no-break spaces) collapsed to single spaces.</summary>
    public static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    private static string Run(string tool, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} is missing: install poppler-utils (scripts/test.sh installs it).", e);
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{tool} failed ({process.ExitCode}): {stderr.Result}");
            return stdout.Result;
        }
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"[\s\u00A0]+")]
    private static partial Regex Whitespace();
}
