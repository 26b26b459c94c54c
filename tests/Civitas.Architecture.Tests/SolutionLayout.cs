using System.Xml.Linq;
using Civitas.Testing;

namespace Civitas.Architecture.Tests;

/// <summary>The projects of the solution, read from disk.</summary>
internal static class SolutionLayout
{
    public static string Src => Path.Combine(TestEnvironment.RepositoryRoot, "src");

    public static IReadOnlyList<ProjectFile> Projects { get; } = Directory
        .GetFiles(Src, "*.csproj", SearchOption.AllDirectories)
        .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
        .Select(ProjectFile.Load)
        .ToList();

    public static IEnumerable<ProjectFile> Modules => Projects.Where(p => p.IsModule);
}

internal sealed record ProjectFile(string Name, string Path, IReadOnlyList<string> ProjectReferences)
{
    public bool IsContracts => Name.EndsWith(".Contracts", StringComparison.Ordinal);
    public bool IsModule => Path.Contains($"{System.IO.Path.DirectorySeparatorChar}Modules{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !IsContracts;

    public static ProjectFile Load(string path)
    {
        var doc = XDocument.Load(path);
        var refs = doc.Descendants("ProjectReference")
            .Select(r => System.IO.Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();
        return new ProjectFile(System.IO.Path.GetFileNameWithoutExtension(path), path, refs);
    }

    public override string ToString() => Name;
}
