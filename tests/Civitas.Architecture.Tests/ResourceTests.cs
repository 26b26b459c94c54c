using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Civitas.Architecture.Tests;

/// <summary>"Polish and English both complete": every resource file has its English twin with the
/// same keys and no empty text, and every key the pages use exists.</summary>
public sealed partial class ResourceTests
{
    public static TheoryData<string> ResourceFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in PolishResources()) data.Add(Path.GetRelativePath(SolutionLayout.Src, file));
        return data;
    }

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void Every_Polish_text_has_an_English_twin_and_neither_is_empty(string relative)
    {
        var polish = Path.Combine(SolutionLayout.Src, relative);
        var english = polish[..^".resx".Length] + ".en.resx";
        Assert.True(File.Exists(english), $"{relative} has no English file");
        var pl = Read(polish);
        var en = Read(english);
        Assert.Empty(pl.Keys.Except(en.Keys).Select(k => $"missing in English: {k}"));
        Assert.Empty(en.Keys.Except(pl.Keys).Select(k => $"missing in Polish: {k}"));
        Assert.Empty(pl.Concat(en).Where(kv => string.IsNullOrWhiteSpace(kv.Value)).Select(kv => $"empty: {kv.Key}"));
    }

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void Format_placeholders_match_between_the_languages(string relative)
    {
        var polish = Path.Combine(SolutionLayout.Src, relative);
        var pl = Read(polish);
        var en = Read(polish[..^".resx".Length] + ".en.resx");
        var mismatched = pl.Where(kv => en.TryGetValue(kv.Key, out var e) && !Placeholders(kv.Value).SetEquals(Placeholders(e)))
            .Select(kv => kv.Key).ToList();
        Assert.True(mismatched.Count == 0, "Placeholders differ in: " + string.Join(", ", mismatched));
    }

    [Fact]
    public void Every_literal_key_used_in_pages_and_code_exists_in_the_resources()
    {
        var known = PolishResources().SelectMany(f => Read(f).Keys).ToHashSet(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var file in Directory.GetFiles(SolutionLayout.Src, "*.*", SearchOption.AllDirectories)
                     .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                                 && !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal)
                                 && !f.Contains("/Migrations/", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            foreach (Match m in KeyUse().Matches(text))
            {
                var key = m.Groups[1].Value;
                if (!known.Contains(key)) missing.Add($"{Path.GetRelativePath(SolutionLayout.Src, file)}: {key}");
            }
        }
        Assert.True(missing.Count == 0, "Keys used but not defined:\n" + string.Join("\n", missing.Distinct()));
    }

    private static IEnumerable<string> PolishResources() => Directory
        .GetFiles(SolutionLayout.Src, "*.resx", SearchOption.AllDirectories)
        .Where(f => !f.EndsWith(".en.resx", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
        .OrderBy(f => f, StringComparer.Ordinal);

    private static Dictionary<string, string> Read(string path)
        => XDocument.Load(path).Root!.Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? "");

    private static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).ToHashSet();

    // A localizer indexed by a literal dotted key: T["Home.Title"], text["Login.Invalid"], P["Pager.Next", x].
    [GeneratedRegex("""\b[A-Za-z_]\w*\["([A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9_\-]+)+)"\s*[,\]]""")]
    private static partial Regex KeyUse();

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
