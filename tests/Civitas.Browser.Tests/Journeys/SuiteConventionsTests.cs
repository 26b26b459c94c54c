using System.Reflection;
using Civitas.Browser.Tests.Infrastructure;

namespace Civitas.Browser.Tests.Journeys;

public sealed class SuiteConventionsTests
{
    [Fact]
    public void Every_browser_journey_is_a_browser_fact_or_theory()
    {
        // A plain [Fact] or [Theory] would skip the final guard check and the failure artefacts.
        var plain = typeof(BrowserTest).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(BrowserTest)))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttributes<FactAttribute>().Any(a => a is not BrowserFactAttribute and not BrowserTheoryAttribute))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();
        Assert.True(plain.Count == 0, "Use [BrowserFact] or [BrowserTheory] instead of [Fact]/[Theory] on: " + string.Join(", ", plain));
        Assert.Contains(typeof(BrowserTest).Assembly.GetTypes(), t => t.IsSubclassOf(typeof(BrowserTest)));
    }
}
