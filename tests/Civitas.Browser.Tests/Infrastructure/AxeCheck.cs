using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Civitas.Browser.Tests.Infrastructure;

/// <summary>Runs axe-core on the current page and fails the test with a readable list of violations.</summary>
public static class AxeCheck
{
    /// <summary>WCAG 2.0 and 2.1, levels A and AA (the legal standard, EN 301 549), plus Deque's best practices.</summary>
    public static readonly IReadOnlyList<string> Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

    /// <summary>The AAA contrast rule (7:1), added in high-contrast mode: a mode that promises high
    /// contrast must deliver more than the AA minimum that the normal mode already meets.</summary>
    public const string EnhancedContrastRule = "color-contrast-enhanced";

    public static async Task<AxeResult> AssertNoViolationsAsync(IPage page, bool enhancedContrast = false)
    {
        ArgumentNullException.ThrowIfNull(page);
        var options = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] },
            // Full detail only for violations; passes and incomplete results keep one element per
            // rule, which is enough to see that a rule ran and keeps every check quick.
            ResultTypes = [ResultType.Violations],
        };
        if (enhancedContrast)
        {
            options.Rules = new Dictionary<string, RuleOptions> { [EnhancedContrastRule] = new RuleOptions { Enabled = true } };
        }
        AxeResult result;
        try
        {
            result = await page.RunAxe(options).WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"axe-core did not finish within 60 s on {page.Url} (are the page's timers stopped, e.g. scripts switched off for the axe run?).");
        }
        if (result.Violations.Length > 0)
        {
            throw new Xunit.Sdk.XunitException(Describe(page.Url, result.Violations));
        }
        // Contrast must really have been measured, not skipped: a page whose text axe could not
        // assess (all "incomplete") would otherwise pass silently.
        AssertEvaluated(page.Url, result, "color-contrast");
        if (enhancedContrast) AssertEvaluated(page.Url, result, EnhancedContrastRule);
        return result;
    }

    private static void AssertEvaluated(string url, AxeResult result, string rule)
    {
        if (!result.Passes.Any(r => r.Id == rule) && !result.Violations.Any(r => r.Id == rule))
        {
            var incomplete = result.Incomplete.FirstOrDefault(r => r.Id == rule);
            var detail = incomplete is null ? "the rule did not run" : $"axe could not decide for {incomplete.Nodes.Length} element(s): " + string.Join("; ", incomplete.Nodes.Take(5).Select(n => $"{n.Target} {Summary(n)}"));
            throw new Xunit.Sdk.XunitException($"axe did not evaluate {rule} on {url}: {detail}");
        }
    }

    /// <summary>One block per violated rule: id, impact, help and link, then each element's selector,
    /// its HTML and what axe says is wrong.</summary>
    public static string Describe(string url, IEnumerable<AxeResultItem> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var list = violations.ToList();
        var sb = new StringBuilder();
        sb.Append("axe-core found ").Append(list.Count).Append(" violated rule(s) on ").Append(url).Append(':').AppendLine();
        foreach (var v in list)
        {
            sb.AppendLine().Append("  [").Append(v.Impact ?? "?").Append("] ").Append(v.Id).Append(": ").AppendLine(v.Help);
            sb.Append("    ").AppendLine(v.HelpUrl);
            foreach (var node in v.Nodes)
            {
                sb.Append("    - ").AppendLine(node.Target?.ToString());
                sb.Append("      ").AppendLine(Shorten(node.Html, 200));
                foreach (var line in Summary(node).Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    sb.Append("      ").AppendLine(line.Trim());
                }
            }
        }
        return sb.ToString();
    }

    // What axe-core's own "failureSummary" says: fix any one of the "any" checks, and every failed
    // "all" and "none" check.
    private static string Summary(AxeResultNode node)
    {
        var sb = new StringBuilder();
        var any = node.Any?.Where(c => !string.IsNullOrEmpty(c.Message)).ToList() ?? [];
        if (any.Count > 0)
        {
            sb.AppendLine("Fix any of the following:");
            foreach (var c in any) sb.Append("  ").AppendLine(c.Message);
        }
        var all = (node.All ?? []).Concat(node.None ?? []).Where(c => !string.IsNullOrEmpty(c.Message)).ToList();
        if (all.Count > 0)
        {
            sb.AppendLine("Fix all of the following:");
            foreach (var c in all) sb.Append("  ").AppendLine(c.Message);
        }
        return sb.ToString();
    }

    private static string Shorten(string? s, int max)
    {
        s = (s ?? "").ReplaceLineEndings(" ");
        return s.Length <= max ? s : s[..max] + "…";
    }
}
