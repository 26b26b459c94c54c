using Civitas.Browser.Tests.Infrastructure;
using Civitas.Platform.Identity;
using Civitas.Testing;

namespace Civitas.Browser.Tests.Journeys;

/// <summary>An official whose account has no second factor yet is stopped on the way to the office
/// desk and sets up an authenticator app: the QR code with its text alternative, the key to type by
/// hand, a wrong code refused, the right one accepted, the recovery codes shown once.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TwoFactorEnrolmentJourneys(BrowserFixture fixture) : BrowserTest(fixture)
{
    [BrowserTheory]
    [InlineData("pl")]
    [InlineData("en")]
    public async Task Official_without_two_step_verification_sets_it_up_on_the_way_to_the_office_desk(string language)
    {
        var tenant = await App.DemoTenantAsync();
        var department = await App.DepartmentAsync(tenant, "Wydział Współpracy z Organizacjami Pozarządowymi");
        var official = await App.CreateUserAsync(UniqueEmail("wdrozenie"), "Wiesława Wdrożeniowa", tenant, TenantRole.Official, department, twoFactor: false);

        await GoToAsync("/");
        await UseLanguageAsync(language);
        // The password alone signs the official in (the public pages need nothing more)…
        await SignInAsync(official);
        Assert.Equal("/", CurrentPath);

        // …but the office desk asks for the second factor first, and keeps the destination.
        await ClickLinkAsync(Text(language, "Pulpit urzędnika", "Official's desk"), within: "header");
        Assert.Equal("/konto/weryfikacja-dwuetapowa?returnUrl=%2Furzad", CurrentPath);
        await AssertHeadingAsync(Text(language, "Włącz weryfikację dwuetapową", "Turn on two-step verification"));
        await AssertTitleAsync(Text(language, "Włącz weryfikację dwuetapową", "Turn on two-step verification"));
        await AssertVisibleTextAsync(Text(language, "Konta urzędniczek, urzędników i administratorów muszą być chronione drugim składnikiem logowania",
            "Accounts of officials and administrators must be protected by a second sign-in factor"));

        // The QR code has a text alternative that points to the key typed by hand.
        var qr = Page.Locator("main .qr img");
        Assert.StartsWith("data:image/png;base64,", await qr.GetAttributeAsync("src"), StringComparison.Ordinal);
        Assert.Equal(Text(language, "Kod QR do zeskanowania aplikacją uwierzytelniającą. Jeśli nie możesz go zeskanować, wpisz w aplikacji klucz podany pod kodem.",
            "QR code to scan with the authenticator app. If you cannot scan it, type the key shown below it into the app."), await qr.GetAttributeAsync("alt"));
        await AssertVisibleTextAsync(Text(language, "Albo wpisz ręcznie klucz", "Or type in this key by hand"));
        var key = (await Page.Locator("#authenticator-key").InnerTextAsync()).Trim();
        Assert.Matches("^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$", key);

        // A code that the key does not produce now is refused, next to the field; the key stays the same.
        await FillAsync(Text(language, "Kod z aplikacji", "Code from the app"), WrongCode(key));
        await ClickButtonAsync(Text(language, "Włącz weryfikację dwuetapową", "Turn on two-step verification"));
        Assert.StartsWith("/konto/weryfikacja-dwuetapowa", CurrentPath, StringComparison.Ordinal);
        await AssertErrorSummaryAsync("Input_Code");
        await AssertFieldErrorAsync("Input_Code", Text(language, "Ten kod nie pasuje.", "That code does not match."));
        Assert.Equal(key, (await Page.Locator("#authenticator-key").InnerTextAsync()).Trim());

        // The code an authenticator app shows for the key read from the page.
        await FillAsync(Text(language, "Kod z aplikacji", "Code from the app"), Totp.Code(key, App.Clock.GetUtcNow()));
        await ClickButtonAsync(Text(language, "Włącz weryfikację dwuetapową", "Turn on two-step verification"));
        Assert.Equal("/konto/kody-odzyskiwania?returnUrl=%2Furzad", CurrentPath);
        await AssertHeadingAsync(Text(language, "Kody odzyskiwania", "Recovery codes"));
        await AssertStatusAsync(Text(language, "Weryfikacja dwuetapowa jest włączona.", "Two-step verification is on."));
        var codes = await Page.Locator("main ul.recovery-codes li").AllInnerTextsAsync();
        Assert.Equal(10, codes.Count);
        Assert.Equal(10, codes.Distinct(StringComparer.Ordinal).Count());
        await AssertVisibleTextAsync(Text(language, "pokazujemy je tylko ten jeden raz", "we show them only this once"));

        // Shown once: the same address again shows no codes.
        await GoToAsync(CurrentPath);
        Assert.Equal(0, await Page.Locator("main ul.recovery-codes").CountAsync());
        await AssertVisibleTextAsync(Text(language, "Kody odzyskiwania pokazujemy tylko raz", "Recovery codes are shown only once"));

        await ClickLinkAsync(Text(language, "Dalej", "Continue"), within: "main");
        Assert.Equal("/urzad", CurrentPath);
        await AssertHeadingAsync(Text(language, "Pulpit urzędnika", "Official's desk"));
        await AssertLanguageAsync(language);
    }

    /// <summary>Six digits that the key does not produce anywhere near now (the app accepts a few
    /// 30-second steps either side).</summary>
    private string WrongCode(string key)
    {
        var now = App.Clock.GetUtcNow();
        var near = Enumerable.Range(-5, 11).Select(i => Totp.Code(key, now.AddSeconds(30 * i))).ToHashSet(StringComparer.Ordinal);
        return Enumerable.Range(0, 10).Select(d => new string((char)('0' + d), 6)).First(c => !near.Contains(c));
    }
}
