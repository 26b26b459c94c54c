using Civitas.Browser.Tests.Infrastructure;
using Civitas.Platform.Web;
using Microsoft.Playwright;

namespace Civitas.Browser.Tests.Journeys;

/// <summary>The high-contrast and larger-text switches of the layout: links that work without
/// JavaScript, remembered in a cookie across pages, and still accessible (in high contrast the
/// stricter AAA contrast rule is checked too).</summary>
[Collection(BrowserCollection.Name)]
public sealed class DisplayPreferencesJourneys(BrowserFixture fixture) : BrowserTest(fixture)
{
    [BrowserTheory]
    [InlineData("pl")]
    [InlineData("en")]
    public async Task High_contrast_and_larger_text_stay_on_across_pages_until_switched_off(string language)
    {
        await GoToAsync("/");
        await UseLanguageAsync(language);
        Assert.Equal(16, await RootFontSizeAsync());

        CheckEnhancedContrast = true;
        await ClickLinkAsync(Text(language, "Wysoki kontrast", "High contrast"), within: "header");
        await AssertDisplayAsync(highContrast: true, largeText: false);
        Assert.Equal("high", await CookieAsync(CookieNames.Contrast));

        await ClickLinkAsync(Text(language, "Większy tekst", "Larger text"), within: "header");
        await AssertDisplayAsync(highContrast: true, largeText: true);
        Assert.Equal("large", await CookieAsync(CookieNames.TextSize));
        Assert.Equal(20, await RootFontSizeAsync());

        // Other pages keep both, whatever way they are reached.
        await ClickLinkAsync(Text(language, "Deklaracja dostępności", "Accessibility statement"), within: "footer");
        await AssertDisplayAsync(highContrast: true, largeText: true);
        await ClickLinkAsync(Text(language, "Zaloguj się", "Sign in"), within: "header");
        await AssertDisplayAsync(highContrast: true, largeText: true);
        await GoToAsync("/o-serwisie");
        await AssertDisplayAsync(highContrast: true, largeText: true);
        await AssertLanguageAsync(language);

        // Switched off from any page; the link now offers the opposite.
        CheckEnhancedContrast = false;
        await ClickLinkAsync(Text(language, "Zwykły kontrast", "Normal contrast"), within: "header");
        await AssertDisplayAsync(highContrast: false, largeText: true);
        await ClickLinkAsync(Text(language, "Zwykły tekst", "Normal text"), within: "header");
        await AssertDisplayAsync(highContrast: false, largeText: false);
        Assert.Equal("/o-serwisie", CurrentPath);
        Assert.Equal(16, await RootFontSizeAsync());
        Assert.Null(await CookieAsync(CookieNames.Contrast));
        Assert.Null(await CookieAsync(CookieNames.TextSize));
    }

    [BrowserTheory]
    [InlineData("/")]
    [InlineData("/konto/logowanie")]
    [InlineData("/deklaracja-dostepnosci")]
    public async Task Pages_reflow_to_a_narrow_screen_with_larger_text_without_sideways_scrolling(string path)
    {
        // WCAG 1.4.10: content fits 320 CSS pixels (a 1280 px screen zoomed to 400 %) without
        // scrolling in two directions; the larger-text setting must not break that.
        await Page.SetViewportSizeAsync(320, 640);
        await GoToAsync(path);
        await ClickLinkAsync("Większy tekst", within: "header");
        Assert.True(await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            $"{path} scrolls sideways at 320 px: the page is {await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")} px wide.");
    }

    private async Task AssertDisplayAsync(bool highContrast, bool largeText)
    {
        var classes = (await Page.Locator("html").GetAttributeAsync("class") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(highContrast == classes.Contains("contrast-high"), $"High contrast should be {(highContrast ? "on" : "off")} on {Page.Url} (classes: {string.Join(' ', classes)}).");
        Assert.True(largeText == classes.Contains("text-large"), $"Larger text should be {(largeText ? "on" : "off")} on {Page.Url} (classes: {string.Join(' ', classes)}).");
    }

    private Task<int> RootFontSizeAsync()
        => Page.EvaluateAsync<int>("() => Math.round(parseFloat(getComputedStyle(document.documentElement).fontSize))");

    private async Task<string?> CookieAsync(string name)
        => (await Context.CookiesAsync()).FirstOrDefault(c => c.Name == name)?.Value;
}
