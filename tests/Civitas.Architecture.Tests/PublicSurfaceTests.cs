using System.Reflection;

namespace Civitas.Architecture.Tests;

/// <summary>ARCHITECTURE.md §11: inside a module everything is internal except its registration type
/// (XxxModule). Contracts are public by nature.</summary>
public sealed class PublicSurfaceTests
{
    public static TheoryData<string> ModuleAssemblies()
    {
        var data = new TheoryData<string>();
        foreach (var m in SolutionLayout.Modules) data.Add(m.Name);
        if (data.Count == 0) data.Add("(none)");
        return data;
    }

    [Theory]
    [MemberData(nameof(ModuleAssemblies))]
    public void A_module_exposes_only_its_registration_type(string assemblyName)
    {
        if (assemblyName == "(none)")
        {
            Assert.Empty(SolutionLayout.Modules);
            return;
        }
        var assembly = Assembly.Load(assemblyName);
        var expected = $"{assemblyName["Civitas.".Length..]}Module";
        var exposed = assembly.GetExportedTypes()
            .Where(t => t.Name != expected)
            // The framework discovers view components and tag helpers only when they are public.
            .Where(t => !typeof(Microsoft.AspNetCore.Mvc.ViewComponent).IsAssignableFrom(t) && !typeof(Microsoft.AspNetCore.Razor.TagHelpers.ITagHelper).IsAssignableFrom(t))
            // Migrations are generated public by EF's tooling; they are not an API.
            .Where(t => !typeof(Microsoft.EntityFrameworkCore.Migrations.Migration).IsAssignableFrom(t) && !typeof(Microsoft.EntityFrameworkCore.Infrastructure.ModelSnapshot).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .ToList();
        Assert.True(exposed.Count == 0, $"{assemblyName} exposes: " + string.Join(", ", exposed));
    }
}
