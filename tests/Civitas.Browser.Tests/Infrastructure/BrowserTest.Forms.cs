using Microsoft.Playwright;

namespace Civitas.Browser.Tests.Infrastructure;

// Forms as a person meets them: fields found by their label, a refused submission with its error
// summary and the message next to each field (WCAG 3.3.1, 3.3.3, 1.3.1), the status message after
// a saved change.
public abstract partial class BrowserTest
{
    /// <summary>The form field whose label is exactly <paramref name="label"/> (inside <paramref name="within"/> when given).</summary>
    protected ILocator Field(string label, string? within = null)
        => (within is null ? Page.Locator("main") : Page.Locator(within)).GetByLabel(label, new LocatorGetByLabelOptions { Exact = true });

    /// <summary>Types <paramref name="value"/> into the field labelled <paramref name="label"/>, replacing what was there.</summary>
    protected Task FillAsync(string label, string value, string? within = null) => Field(label, within).FillAsync(value);

    /// <summary>Checks that a refused submission shows the error summary with a link to each of
    /// <paramref name="fieldIds"/> (and to nothing else), and returns the summary.</summary>
    protected async Task<ILocator> AssertErrorSummaryAsync(params string[] fieldIds)
    {
        ArgumentNullException.ThrowIfNull(fieldIds);
        var summary = Page.Locator(".error-summary");
        Assert.True(await summary.CountAsync() == 1 && await summary.IsVisibleAsync(), $"Expected one visible error summary on {Page.Url}.");
        Assert.Equal("alert", await summary.GetAttributeAsync("role"));
        var links = await summary.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var expected = fieldIds.Select(id => "#" + id).Order(StringComparer.Ordinal).ToArray();
        Assert.True(expected.SequenceEqual(links.Order(StringComparer.Ordinal), StringComparer.Ordinal),
            $"The error summary on {Page.Url} should link to {string.Join(", ", expected)}; it links to {string.Join(", ", links)}.");
        return summary;
    }

    /// <summary>Checks the message next to the field <paramref name="fieldId"/>: it contains
    /// <paramref name="text"/>, and the field is marked invalid and described by it, so a screen
    /// reader reads it with the field.</summary>
    protected async Task AssertFieldErrorAsync(string fieldId, string text)
    {
        var error = Page.Locator($"[id='{fieldId}-error']");
        Assert.True(await error.CountAsync() == 1 && await error.IsVisibleAsync(), $"Expected a visible message next to #{fieldId} on {Page.Url}.");
        var message = await error.InnerTextAsync();
        Assert.True(message.Contains(text, StringComparison.Ordinal), $"The message next to #{fieldId} should contain \"{text}\", found \"{message}\".");
        var field = Page.Locator($"[id='{fieldId}']");
        Assert.Equal("true", await field.GetAttributeAsync("aria-invalid"));
        var describedBy = (await field.GetAttributeAsync("aria-describedby") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains($"{fieldId}-error", describedBy);
    }

    /// <summary>Checks that the field <paramref name="fieldId"/> has no error message.</summary>
    protected async Task AssertNoFieldErrorAsync(string fieldId)
    {
        Assert.Equal(0, await Page.Locator($"[id='{fieldId}-error']").CountAsync());
        Assert.Null(await Page.Locator($"[id='{fieldId}']").GetAttributeAsync("aria-invalid"));
    }

    /// <summary>Checks the status message shown after a saved change (role="status") contains <paramref name="text"/>.</summary>
    protected async Task AssertStatusAsync(string text)
    {
        var status = Page.Locator("main .status[role='status']");
        Assert.True(await status.CountAsync() == 1, $"Expected a status message on {Page.Url}.");
        var message = await status.InnerTextAsync();
        Assert.True(message.Contains(text, StringComparison.Ordinal), $"The status message on {Page.Url} should contain \"{text}\", found \"{message}\".");
    }

    /// <summary>Clicks the submit button named <paramref name="name"/> inside <paramref name="within"/>
    /// (a page with several forms) and checks the page it leads to.</summary>
    protected Task<IResponse> SubmitAsync(string name, string within = "main", int status = 200)
        => FollowAsync(() => Page.Locator(within).GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = name, Exact = true }).ClickAsync(), status);
}
