namespace Civitas.Architecture.Tests;

/// <summary>ARCHITECTURE.md §2: a module references only the platform and other modules' contracts;
/// contracts reference nothing but the platform; the platform references no module.</summary>
public sealed class ModuleBoundaryTests
{
    [Fact]
    public void The_solution_has_the_platform_and_the_host()
    {
        Assert.Contains(SolutionLayout.Projects, p => p.Name == "Civitas.Platform");
        Assert.Contains(SolutionLayout.Projects, p => p.Name == "Civitas.Web");
    }

    [Fact]
    public void The_platform_references_no_other_project()
    {
        var platform = SolutionLayout.Projects.Single(p => p.Name == "Civitas.Platform");
        Assert.Empty(platform.ProjectReferences);
    }

    [Fact]
    public void Modules_reference_only_the_platform_and_contracts()
    {
        var offending = SolutionLayout.Modules
            .SelectMany(m => m.ProjectReferences.Where(r => r != "Civitas.Platform" && !r.EndsWith(".Contracts", StringComparison.Ordinal)).Select(r => $"{m.Name} -> {r}"))
            .ToList();
        Assert.True(offending.Count == 0, "Forbidden references: " + string.Join(", ", offending));
    }

    [Fact]
    public void Contracts_reference_only_the_platform()
    {
        var offending = SolutionLayout.Projects.Where(p => p.IsContracts)
            .SelectMany(c => c.ProjectReferences.Where(r => r != "Civitas.Platform").Select(r => $"{c.Name} -> {r}"))
            .ToList();
        Assert.True(offending.Count == 0, "Forbidden references: " + string.Join(", ", offending));
    }

    [Fact]
    public void Every_module_is_registered_explicitly_in_Program()
    {
        var program = File.ReadAllText(Path.Combine(SolutionLayout.Src, "Civitas.Web", "Program.cs"));
        var missing = SolutionLayout.Modules
            .Select(m => $"Add{m.Name["Civitas.".Length..]}Module()")
            .Where(call => !program.Contains(call, StringComparison.Ordinal))
            .ToList();
        Assert.True(missing.Count == 0, "Program.cs does not call: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_module_has_a_readme()
    {
        var missing = SolutionLayout.Modules.Where(m => !File.Exists(Path.Combine(Path.GetDirectoryName(m.Path)!, "README.md"))).ToList();
        Assert.True(missing.Count == 0, "Modules without README.md: " + string.Join(", ", missing));
    }
}
