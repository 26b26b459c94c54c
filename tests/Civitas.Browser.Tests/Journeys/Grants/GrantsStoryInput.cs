using Civitas.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Civitas.Browser.Tests.Journeys.Grants;

// How the story's person operates a form: with the mouse (fields filled, buttons clicked) or with the
// keyboard alone (Tab to each control, checking that its focus is visible; typing; Space; Enter). The
// stages call these, so the same stage runs either way.
public sealed partial class GrantsStoryJourneys
{
    /// <summary>True while the person uses the keyboard alone.</summary>
    private bool KeyboardOnly { get; set; }

    private const int MaxTabs = 250;

    /// <summary>Tabs forward to the element with <paramref name="id"/> (keyboard mode).</summary>
    private Task FocusAsync(string id) => TabToAsync(f => f.Id == id, $"#{id}", maxPresses: MaxTabs);

    /// <summary>Replaces the text of the field <paramref name="id"/>.</summary>
    private async Task TypeIntoAsync(string id, string value)
    {
        if (!KeyboardOnly)
        {
            await Page.Locator($"[id='{id}']").FillAsync(value);
            return;
        }
        await FocusAsync(id);
        await Page.Keyboard.PressAsync("Control+A");
        await Page.Keyboard.PressAsync("Delete");
        await TypeAsync(value);
        Assert.Equal(value, await Page.Locator($"[id='{id}']").InputValueAsync());
    }

    /// <summary>Sets a date field (type=date): digits typed into its parts in the order the headless browser shows
    /// them (mm/dd/yyyy: Chromium takes the field's format from its own locale, not the page's).</summary>
    private async Task DateAsync(string id, DateOnly value)
    {
        if (!KeyboardOnly)
        {
            await Page.Locator($"[id='{id}']").FillAsync(value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            return;
        }
        await FocusAsync(id);
        await TypeAsync(value.ToString("MMddyyyy", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), await Page.Locator($"[id='{id}']").InputValueAsync());
    }

    /// <summary>Chooses the option of the select <paramref name="id"/> whose text starts with <paramref name="label"/>
    /// (keyboard: type-ahead on the focused select).</summary>
    private async Task ChooseAsync(string id, string label)
    {
        var select = Page.Locator($"[id='{id}']");
        var value = await select.EvaluateAsync<string>("(s, label) => { const o = [...s.options].find(o => o.text.trim().startsWith(label)); return o ? o.value : '__missing__'; }", label);
        Assert.True(value != "__missing__", $"#{id} has no option starting with \"{label}\" on {Page.Url}.");
        if (!KeyboardOnly)
        {
            await select.SelectOptionAsync(value);
            return;
        }
        await FocusAsync(id);
        await TypeAsync(label);
        Assert.Equal(value, await select.InputValueAsync());
    }

    /// <summary>Checks a checkbox, or chooses a radio button of the group whose first button is
    /// <paramref name="group"/> (keyboard: Space; Tab enters a radio group once and the arrow keys move inside it).</summary>
    private async Task TickAsync(string id, string? group = null)
    {
        var box = Page.Locator($"[id='{id}']");
        if (!KeyboardOnly)
        {
            await box.CheckAsync();
            return;
        }
        if (group is not null)
        {
            await TabToAsync(f => f.Type == "radio" && f.Id.StartsWith(group, StringComparison.Ordinal), $"the radio group {group}", maxPresses: MaxTabs);
            for (var i = 0; i < 20 && (await FocusedAsync())?.Id != id; i++) await Page.Keyboard.PressAsync("ArrowDown");
            Assert.Equal(id, (await FocusedAsync())?.Id);
            await Page.Keyboard.PressAsync("Space");
        }
        else
        {
            await FocusAsync(id);
            if (!await box.IsCheckedAsync()) await Page.Keyboard.PressAsync("Space");
        }
        Assert.True(await box.IsCheckedAsync(), $"#{id} is not checked on {Page.Url}.");
    }

    /// <summary>Presses the submit button matched by <paramref name="selector"/> inside main, which loads a page.</summary>
    private async Task PressAsync(string selector, int status = 200)
    {
        var button = Page.Locator("main").Locator(selector);
        Assert.Equal(1, await button.CountAsync());
        if (!KeyboardOnly)
        {
            await FollowAsync(() => button.ClickAsync(), status);
            return;
        }
        await TabToButtonAsync(selector);
        await FollowAsync(() => Page.Keyboard.PressAsync("Enter"), status);
    }

    /// <summary>Tabs forward to the one button matched by <paramref name="selector"/> inside main (by its text).</summary>
    private async Task TabToButtonAsync(string selector)
    {
        var button = Page.Locator("main").Locator(selector);
        Assert.Equal(1, await button.CountAsync());
        var text = System.Text.RegularExpressions.Regex.Replace((await button.InnerTextAsync()).Trim(), @"\s+", " ");
        await TabToAsync(f => f.Tag == "button" && f.Text == text, $"the button \"{text}\"", maxPresses: MaxTabs);
    }

    /// <summary>Follows the link to <paramref name="href"/> inside <paramref name="within"/>.</summary>
    private async Task OpenAsync(string href, string within = "main")
    {
        var link = Page.Locator(within).Locator($"a[href='{href}']").First;
        if (!KeyboardOnly)
        {
            await FollowAsync(() => link.ClickAsync());
            return;
        }
        await TabToAsync(f => f.Tag == "a" && f.Href == href, $"the link to {href}", maxPresses: MaxTabs);
        await FollowAsync(() => Page.Keyboard.PressAsync("Enter"));
    }
}
