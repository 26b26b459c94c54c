using System.Text.Json;
using Civitas.Browser.Tests.Infrastructure;
using Civitas.Platform.Data;
using Civitas.Platform.Identity;
using Civitas.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Browser.Tests.Journeys;

/// <summary>"My account": changing the password, two-step verification settings, downloading
/// one's personal data (RODO art. 15 and 20) and deleting the account (RODO art. 17).</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountSelfServiceJourneys(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string NewPassword = "Srebrny-Ksiezyc-Nad-Odra-9";

    [BrowserTheory]
    [InlineData("pl")]
    [InlineData("en")]
    public async Task Resident_changes_the_password_downloads_the_personal_data_and_deletes_the_account(string language)
    {
        var resident = await App.CreateUserAsync(UniqueEmail("mieszkanka"), "Marianna Mieszkańska");

        await GoToAsync("/");
        await UseLanguageAsync(language);
        await SignInAsync(resident);
        await ClickLinkAsync(Text(language, "Moje konto", "My account"), within: "header");
        Assert.Equal("/konto", CurrentPath);
        await AssertHeadingAsync(Text(language, "Moje konto", "My account"));
        var accountNav = Text(language, "nav[aria-label='Ustawienia konta']", "nav[aria-label='Account settings']");

        // Password: the current one must be right, then the new one works.
        await ClickLinkAsync(Text(language, "Hasło", "Password"), within: accountNav);
        Assert.Equal("/konto/haslo", CurrentPath);
        await AssertHeadingAsync(Text(language, "Zmień hasło", "Change password"));
        Assert.Equal("page", await Page.Locator(accountNav).Locator("a[href='/konto/haslo']").GetAttributeAsync("aria-current"));
        await FillAsync(Text(language, "Obecne hasło", "Current password"), "Nie-To-Haslo-Wcale-1");
        await FillAsync(Text(language, "Nowe hasło", "New password"), NewPassword);
        await FillAsync(Text(language, "Powtórz hasło", "Repeat the password"), NewPassword);
        await SubmitAsync(Text(language, "Zmień hasło", "Change password"));
        await AssertErrorSummaryAsync("Input_CurrentPassword");
        await AssertFieldErrorAsync("Input_CurrentPassword", Text(language, "Nieprawidłowe hasło.", "Incorrect password."));

        await FillAsync(Text(language, "Obecne hasło", "Current password"), resident.Password);
        await FillAsync(Text(language, "Nowe hasło", "New password"), NewPassword);
        await FillAsync(Text(language, "Powtórz hasło", "Repeat the password"), NewPassword);
        await SubmitAsync(Text(language, "Zmień hasło", "Change password"));
        Assert.Equal("/konto", CurrentPath);
        await AssertStatusAsync(Text(language, "Hasło zostało zmienione.", "Your password has been changed."));
        // Told by e-mail too, in case it was not them.
        await WaitForMailAsync(resident.Email, m => m.Subject.StartsWith(Text(language, "Hasło zostało zmienione", "Your password has been changed"), StringComparison.Ordinal));

        // Personal data: a JSON file with what the platform holds about the person.
        await ClickLinkAsync(Text(language, "Pobierz moje dane", "Download my data"), within: accountNav);
        Assert.Equal("/konto/dane", CurrentPath);
        await AssertHeadingAsync(Text(language, "Pobierz moje dane", "Download my data"));
        var download = await DownloadAsync(() => Page.Locator("main").GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = Text(language, "Pobierz plik JSON", "Download JSON file"), Exact = true }).ClickAsync());
        Assert.Matches(@"^civitas-dane-osobowe-\d{4}-\d{2}-\d{2}\.json$", download.SuggestedFilename);
        using (var json = JsonDocument.Parse(await File.ReadAllTextAsync(await download.PathAsync())))
        {
            var values = StringValues(json.RootElement).ToList();
            Assert.Contains(resident.Email, values);
            Assert.Contains("Marianna Mieszkańska", values);
            // The secrets are not personal data and would be a key to the account.
            Assert.DoesNotContain("PasswordHash", json.RootElement.GetRawText(), StringComparison.OrdinalIgnoreCase);
        }
        Assert.Equal("/konto/dane", CurrentPath);

        // Deletion: refused until the person ticks that it cannot be undone.
        await ClickLinkAsync(Text(language, "Usuń konto", "Delete account"), within: accountNav);
        Assert.Equal("/konto/usun", CurrentPath);
        await AssertHeadingAsync(Text(language, "Usuń konto", "Delete account"));
        await AssertVisibleTextAsync(Text(language, "art. 17 RODO", "Article 17 GDPR"));
        await FillAsync(Text(language, "Hasło", "Password"), NewPassword);
        await SubmitAsync(Text(language, "Usuń konto na zawsze", "Delete account permanently"));
        Assert.Equal("/konto/usun", CurrentPath);
        await AssertErrorSummaryAsync("Input_Confirm");
        await AssertFieldErrorAsync("Input_Confirm", Text(language, "Zaznacz to pole, aby potwierdzić", "Tick this box to confirm"));
        Assert.True(await UserExistsAsync(resident.Email), "The account must still exist after a refused deletion.");

        await FillAsync(Text(language, "Hasło", "Password"), NewPassword);
        await Field(Text(language, "Rozumiem, że usunięcia konta nie można cofnąć", "I understand that deleting the account cannot be undone")).CheckAsync();
        await SubmitAsync(Text(language, "Usuń konto na zawsze", "Delete account permanently"));
        Assert.Equal("/", CurrentPath);
        await AssertStatusAsync(Text(language, "Twoje konto zostało usunięte.", "Your account has been deleted."));
        // Signed out: the header offers the sign-in again.
        Assert.Equal(1, await Page.Locator("header").GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = Text(language, "Zaloguj się", "Sign in"), Exact = true }).CountAsync());
        Assert.False(await UserExistsAsync(resident.Email), "The account must be gone.");
        await AssertLanguageAsync(language);
    }

    [BrowserTheory]
    [InlineData("pl")]
    [InlineData("en")]
    public async Task Official_generates_new_recovery_codes_and_is_told_why_two_step_verification_stays_on(string language)
    {
        var tenant = await App.DemoTenantAsync();
        var department = await App.DepartmentAsync(tenant, "Wydział Współpracy z Organizacjami Pozarządowymi");
        var official = await App.CreateUserAsync(UniqueEmail("kody"), "Kazimierz Kodowy", tenant, TenantRole.Official, department, twoFactor: true);

        await GoToAsync("/");
        await UseLanguageAsync(language);
        await SignInAsync(official, returnUrl: "/konto");
        Assert.Equal("/konto", CurrentPath);
        await AssertVisibleTextAsync(Text(language, "Urzędniczka / urzędnik – Wydział Współpracy z Organizacjami Pozarządowymi", "Official – Wydział Współpracy z Organizacjami Pozarządowymi"));
        await ClickLinkAsync(Text(language, "Weryfikacja dwuetapowa", "Two-step verification"), within: Text(language, "nav[aria-label='Ustawienia konta']", "nav[aria-label='Account settings']"));
        Assert.Equal("/konto/dwuetapowe", CurrentPath);
        await AssertHeadingAsync(Text(language, "Weryfikacja dwuetapowa", "Two-step verification"));
        await AssertVisibleTextAsync(Text(language, "Niewykorzystane kody odzyskiwania: 0.", "Unused recovery codes: 0."));

        // Switching it off is not offered to an official, and the page says why.
        await AssertVisibleTextAsync(Text(language,
            "Nie można wyłączyć weryfikacji dwuetapowej, bo pełnisz w portalu funkcję urzędniczki / urzędnika albo administratorki / administratora.",
            "Two-step verification cannot be turned off, because you are an official or an administrator on a portal."));
        Assert.Equal(0, await Page.Locator("main").GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = Text(language, "Wyłącz weryfikację dwuetapową", "Turn off two-step verification") }).CountAsync());

        await SubmitAsync(Text(language, "Wygeneruj nowe kody", "Generate new codes"));
        Assert.Equal("/konto/kody-odzyskiwania?returnUrl=%2Fkonto%2Fdwuetapowe", CurrentPath);
        await AssertHeadingAsync(Text(language, "Kody odzyskiwania", "Recovery codes"));
        Assert.Equal(10, await Page.Locator("main ul.recovery-codes li").CountAsync());
        await ClickLinkAsync(Text(language, "Dalej", "Continue"), within: "main");
        Assert.Equal("/konto/dwuetapowe", CurrentPath);
        await AssertVisibleTextAsync(Text(language, "Niewykorzystane kody odzyskiwania: 10.", "Unused recovery codes: 10."));
    }

    private static IEnumerable<string> StringValues(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => [e.GetString()!],
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => StringValues(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().SelectMany(StringValues),
        _ => [],
    };

    private Task<bool> UserExistsAsync(string email)
        => App.WithScopeAsync(sp => sp.GetRequiredService<PlatformDb>().Users.AnyAsync(u => u.Email == email));
}
