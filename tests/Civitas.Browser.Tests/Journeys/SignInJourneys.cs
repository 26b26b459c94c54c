using Civitas.Browser.Tests.Infrastructure;
using Civitas.Platform.Identity;
using Civitas.Testing;

namespace Civitas.Browser.Tests.Journeys;

/// <summary>Officials and administrators sign in with a password and a code from their
/// authenticator app (the two-step sign-in is required for them) and reach their desks.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignInJourneys(BrowserFixture fixture) : BrowserTest(fixture)
{
    [BrowserTheory]
    [InlineData("pl")]
    [InlineData("en")]
    public async Task Official_signs_in_with_a_one_time_code_and_reaches_the_office_desk(string language)
    {
        var tenant = await App.DemoTenantAsync();
        var department = await App.DepartmentAsync(tenant, "Wydział Współpracy z Organizacjami Pozarządowymi");
        var official = await App.CreateUserAsync(UniqueEmail("urzednik"), "Urszula Urzędniczka", tenant, TenantRole.Official, department, twoFactor: true);

        await GoToAsync("/");
        await UseLanguageAsync(language);
        await SignInThroughTheHeaderAsync(official, language);

        // Back on the page the sign-in started from, signed in, with the official's menu.
        Assert.Equal("/", CurrentPath);
        await AssertVisibleTextAsync(Text(language, "Zalogowano: Urszula Urzędniczka", "Signed in: Urszula Urzędniczka"));
        await ClickLinkAsync(Text(language, "Pulpit urzędnika", "Official's desk"), within: "header");
        Assert.Equal("/urzad", CurrentPath);
        await AssertHeadingAsync(Text(language, "Pulpit urzędnika", "Official's desk"));
        await AssertTitleAsync(Text(language, "Pulpit urzędnika", "Official's desk"));
        await AssertLanguageAsync(language);
    }

    [BrowserTheory]
    [InlineData("pl")]
    [InlineData("en")]
    public async Task Tenant_administrator_signs_in_with_a_one_time_code_and_reaches_administration(string language)
    {
        var tenant = await App.DemoTenantAsync();
        var admin = await App.CreateUserAsync(UniqueEmail("admin"), "Adam Administrator", tenant, TenantRole.TenantAdmin, twoFactor: true);

        await GoToAsync("/");
        await UseLanguageAsync(language);
        // Straight to the sign-in page with the address to return to, as an administrator's bookmark does.
        await SignInAsync(admin, returnUrl: "/admin");

        Assert.Equal("/admin", CurrentPath);
        await AssertHeadingAsync(Text(language, "Administracja", "Administration"));
        await AssertTitleAsync(Text(language, "Administracja", "Administration"));
        await AssertLanguageAsync(language);
        // The administration menu is there, and its first link is the page itself.
        Assert.Equal("page", await Page.Locator("header nav").GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = Text(language, "Administracja", "Administration"), Exact = true }).GetAttributeAsync("aria-current"));
    }

    [BrowserFact]
    public async Task Official_signs_in_and_reaches_the_desk_with_JavaScript_switched_off()
    {
        var tenant = await App.DemoTenantAsync();
        var department = await App.DepartmentAsync(tenant, "Wydział Współpracy z Organizacjami Pozarządowymi");
        var official = await App.CreateUserAsync(UniqueEmail("bez-js"), "Bogdan Bezskryptowy", tenant, TenantRole.Official, department, twoFactor: true);
        await UseBrowserWithoutJavaScriptAsync();

        await GoToAsync("/");
        // The page's own scripts (htmx, site.js) did not run; axe and this check run from outside.
        Assert.False(await Page.EvaluateAsync<bool>("() => typeof window.htmx !== 'undefined'"), "Page scripts ran although JavaScript is switched off.");
        await SignInThroughTheHeaderAsync(official, "pl");
        await ClickLinkAsync("Pulpit urzędnika", within: "header");
        Assert.Equal("/urzad", CurrentPath);
        await AssertHeadingAsync("Pulpit urzędnika");
    }

    /// <summary>From any page: the header's sign-in link, the password form, the code form.</summary>
    private async Task SignInThroughTheHeaderAsync(TestUser user, string language)
    {
        await ClickLinkAsync(Text(language, "Zaloguj się", "Sign in"), within: "header");
        await AssertHeadingAsync(Text(language, "Logowanie", "Sign in"));
        await Page.GetByLabel(Text(language, "Adres e-mail", "E-mail address"), new() { Exact = true }).FillAsync(user.Email);
        await Page.GetByLabel(Text(language, "Hasło", "Password"), new() { Exact = true }).FillAsync(user.Password);
        await FollowAsync(() => Page.Locator("main").GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = Text(language, "Zaloguj się", "Sign in"), Exact = true }).ClickAsync());

        Assert.StartsWith("/konto/logowanie-2fa", CurrentPath, StringComparison.Ordinal);
        await AssertHeadingAsync(Text(language, "Weryfikacja dwuetapowa", "Two-step verification"));
        await Page.GetByLabel(Text(language, "Kod z aplikacji", "Code from the app"), new() { Exact = true }).FillAsync(CurrentTotp(user));
        await ClickButtonAsync(Text(language, "Potwierdź", "Confirm"));
    }
}
