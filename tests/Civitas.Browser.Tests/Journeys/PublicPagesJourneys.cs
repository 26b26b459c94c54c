using System.Text.RegularExpressions;
using Civitas.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Civitas.Browser.Tests.Journeys;

/// <summary>The public pages every visitor sees, reached as a visitor reaches them (from the home
/// page and the footer), in Polish and in English.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PublicPagesJourneys(BrowserFixture fixture) : BrowserTest(fixture)
{
    /// <summary>Identifiers of the ministry's structure of the accessibility statement ("Warunki
    /// techniczne publikacji oraz struktura dokumentu elektronicznego deklaracji dostępności",
    /// art. 12 pkt 7 of the digital accessibility act), which validators look for.
    /// a11y-audytor appears only for a statement made by an external audit.</summary>
    private static readonly string[] StatementIds =
    [
        "a11y-wstep", "a11y-podmiot", "a11y-url", "a11y-data-publikacja", "a11y-data-aktualizacja",
        "a11y-status", "a11y-data-sporzadzenie", "a11y-kontakt", "a11y-osoba", "a11y-email",
        "a11y-telefon", "a11y-procedura", "a11y-architektura", "a11y-aplikacje",
    ];

    [BrowserTheory]
    [InlineData("pl")]
    [InlineData("en")]
    public async Task Home_page_introduces_the_portal_of_the_municipality(string language)
    {
        await GoToAsync("/");
        await UseLanguageAsync(language);
        await AssertHeadingAsync("Miasto Przykładowe");
        await AssertHeadingAsync(Text(language, "współpraca z organizacjami pozarządowymi", "cooperation with non-governmental organisations"));
        await AssertVisibleTextAsync(Text(language, "Dla kogo", "Who it is for"));
        await AssertTitleAsync(Text(language, "Strona główna", "Home"));
        // The statement is linked from every page, in the footer and in the meta tag validators read.
        var footerLink = Page.Locator("footer").GetByRole(AriaRole.Link, new() { Name = Text(language, "Deklaracja dostępności", "Accessibility statement"), Exact = true });
        Assert.Equal("/deklaracja-dostepnosci", await footerLink.GetAttributeAsync("href"));
        Assert.Equal(new Uri(Fixture.BaseUrl, "/deklaracja-dostepnosci").ToString(),
            await Page.Locator("meta[name='deklaracja-dostępności']").GetAttributeAsync("content"));
    }

    [BrowserTheory]
    [InlineData("pl")]
    [InlineData("en")]
    public async Task Accessibility_statement_has_every_element_of_the_ministry_structure(string language)
    {
        await GoToAsync("/");
        await UseLanguageAsync(language);
        await ClickLinkAsync(Text(language, "Deklaracja dostępności", "Accessibility statement"), within: "footer");
        Assert.Equal("/deklaracja-dostepnosci", CurrentPath);
        await AssertHeadingAsync(Text(language, "Deklaracja dostępności", "Accessibility statement"));
        await AssertTitleAsync(Text(language, "Deklaracja dostępności", "Accessibility statement"));

        foreach (var id in StatementIds)
        {
            var element = Page.Locator($"[id='{id}']");
            Assert.True(await element.CountAsync() == 1, $"The statement must have exactly one element with id=\"{id}\".");
            Assert.True(await element.IsVisibleAsync(), $"#{id} must be visible.");
            Assert.False(string.IsNullOrWhiteSpace(await element.InnerTextAsync()), $"#{id} must not be empty.");
        }
        // Any other a11y-* element (the review date, the auditor) must not be empty either.
        foreach (var element in await Page.Locator("[id^='a11y-']").AllAsync())
        {
            Assert.False(string.IsNullOrWhiteSpace(await element.InnerTextAsync()), $"#{await element.GetAttributeAsync("id")} must not be empty.");
        }
        Assert.Equal("Miasto Przykładowe", await Page.Locator("#a11y-podmiot").InnerTextAsync());
        Assert.Equal(Fixture.BaseUrl.ToString(), await Page.Locator("#a11y-url").GetAttributeAsync("href"));
        Assert.Equal("mailto:dostepnosc@miasto-przykladowe.example", await Page.Locator("#a11y-email a").GetAttributeAsync("href"));
        // The structure requires dates as RRRR-MM-DD.
        foreach (var id in new[] { "a11y-data-publikacja", "a11y-data-aktualizacja", "a11y-data-sporzadzenie" })
        {
            var date = (await Page.Locator($"#{id}").InnerTextAsync()).Trim();
            Assert.True(IsoDate().IsMatch(date), $"#{id} must be a RRRR-MM-DD date, found \"{date}\".");
        }
        await AssertVisibleTextAsync(Text(language, "częściowo zgodna", "partially compliant"));
    }

    [BrowserTheory]
    [InlineData("pl")]
    [InlineData("en")]
    public async Task Privacy_notice_names_the_controller_and_the_data_protection_officer(string language)
    {
        await GoToAsync("/");
        await UseLanguageAsync(language);
        await ClickLinkAsync(Text(language, "Ochrona danych osobowych", "Personal data protection"), within: "footer");
        Assert.Equal("/prywatnosc", CurrentPath);
        await AssertHeadingAsync(Text(language, "Ochrona danych osobowych", "Personal data protection"));
        await AssertTitleAsync(Text(language, "Ochrona danych osobowych", "Personal data protection"));
        await AssertVisibleTextAsync("Miasto Przykładowe");
        Assert.Equal(1, await Page.Locator("main a[href='mailto:iod@miasto-przykladowe.example']").CountAsync());
    }

    [BrowserTheory]
    [InlineData("pl")]
    [InlineData("en")]
    public async Task About_page_states_the_licence_and_where_the_source_is(string language)
    {
        await GoToAsync("/");
        await UseLanguageAsync(language);
        await ClickLinkAsync(Text(language, "O serwisie i kod źródłowy", "About this service and source code"), within: "footer");
        Assert.Equal("/o-serwisie", CurrentPath);
        await AssertHeadingAsync(Text(language, "O serwisie", "About this service"));
        await AssertTitleAsync(Text(language, "O serwisie", "About this service"));
        await AssertVisibleTextAsync("AGPL-3.0-or-later");
        await AssertVisibleTextAsync(Text(language, "Kod źródłowy", "Source code"));
    }

    [BrowserTheory]
    [InlineData("pl")]
    [InlineData("en")]
    public async Task Unknown_address_shows_a_helpful_not_found_page_with_the_layout(string language)
    {
        await GoToAsync("/tej-strony-nie-ma", status: 404);
        await UseLanguageAsync(language, status: 404);
        Assert.Equal("/tej-strony-nie-ma", CurrentPath);
        await AssertHeadingAsync(Text(language, "Nie znaleziono strony", "Page not found"));
        await AssertTitleAsync(Text(language, "Nie znaleziono strony", "Page not found"));
        await AssertVisibleTextAsync(Text(language, "Kod błędu: 404.", "Error code: 404."));
        // The way out works.
        await ClickLinkAsync(Text(language, "Strona główna", "Home page"), within: "main");
        Assert.Equal("/", CurrentPath);
        await AssertLanguageAsync(language);
    }

    [BrowserTheory]
    [InlineData("pl")]
    [InlineData("en")]
    public async Task Sign_in_page_lists_the_demo_accounts(string language)
    {
        await GoToAsync("/");
        await UseLanguageAsync(language);
        await ClickLinkAsync(Text(language, "Zaloguj się", "Sign in"), within: "header");
        Assert.StartsWith("/konto/logowanie", CurrentPath, StringComparison.Ordinal);
        await AssertHeadingAsync(Text(language, "Logowanie", "Sign in"));
        await AssertTitleAsync(Text(language, "Logowanie", "Sign in"));
        // Fields are found by their visible labels, as a screen reader announces them.
        Assert.Equal("email", await Page.GetByLabel(Text(language, "Adres e-mail", "E-mail address"), new() { Exact = true }).GetAttributeAsync("type"));
        Assert.Equal("password", await Page.GetByLabel(Text(language, "Hasło", "Password"), new() { Exact = true }).GetAttributeAsync("type"));

        var demo = Page.GetByRole(AriaRole.Region, new() { Name = Text(language, "Konta demonstracyjne", "Demo accounts") });
        Assert.True(await demo.IsVisibleAsync(), "The demo accounts section must be a named region.");
        var rows = await demo.Locator("tbody tr").AllInnerTextsAsync();
        foreach (var account in new[] { "mieszkanka", "urzednik", "admin", "platforma" })
        {
            Assert.Contains(rows, r => r.Contains($"{account}@miasto-przykladowe.example", StringComparison.Ordinal));
        }
        Assert.Contains(rows, r => r.Contains(Text(language, "urzędnik", "official"), StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();
}
