using Civitas.Browser.Tests.Infrastructure;
using Civitas.Testing;
using Microsoft.Playwright;

namespace Civitas.Browser.Tests.Journeys;

/// <summary>A resident creates an account: the form with the data-protection notice (RODO art. 13),
/// mistakes shown in the error summary and next to each field with nothing typed lost, the
/// confirmation e-mail read from the real SMTP catcher, its link, the first sign-in, the account page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RegistrationJourneys(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Name = "Zofia Źdźbło-Łęcka";

    [BrowserTheory]
    [InlineData("pl")]
    [InlineData("en")]
    public async Task Resident_registers_corrects_the_mistakes_confirms_the_address_from_the_email_and_signs_in(string language)
    {
        var email = UniqueEmail("rejestracja");
        var typo = email.Replace('@', '.');

        await GoToAsync("/");
        await UseLanguageAsync(language);
        await ClickLinkAsync(Text(language, "Załóż konto", "Create an account"), within: "header");
        Assert.Equal("/konto/rejestracja", CurrentPath);
        await AssertHeadingAsync(Text(language, "Załóż konto", "Create an account"));
        await AssertTitleAsync(Text(language, "Załóż konto", "Create an account"));
        await AssertPrivacyNoticeAsync(language);

        // Everything wrong at once: an address without "@", a short password, a repetition that
        // differs, the notice not acknowledged.
        await FillAsync(Text(language, "Adres e-mail", "E-mail address"), typo);
        await FillAsync(Text(language, "Imię i nazwisko", "Full name"), Name);
        await FillAsync(Text(language, "Hasło", "Password"), "Krótkie1");
        await FillAsync(Text(language, "Powtórz hasło", "Repeat the password"), "Krótkie2");
        await ClickButtonAsync(Text(language, "Załóż konto", "Create account"));

        Assert.Equal("/konto/rejestracja", CurrentPath);
        await AssertErrorSummaryAsync("Input_Email", "Input_Password", "Input_ConfirmPassword", "Input_AcceptPrivacy");
        Assert.True(await Page.EvaluateAsync<bool>("() => document.activeElement.classList.contains('error-summary')"),
            "After a refused submission the focus must be on the error summary, so that it is read out first.");
        await AssertFieldErrorAsync("Input_Email", Text(language, "nie zawiera poprawnego adresu e-mail", "is not a valid e-mail address"));
        await AssertFieldErrorAsync("Input_Password", Text(language, "co najmniej 10 znaków", "at least 10 characters"));
        await AssertFieldErrorAsync("Input_ConfirmPassword", Text(language, "muszą być takie same", "must match"));
        await AssertFieldErrorAsync("Input_AcceptPrivacy", Text(language, "Zaznacz, że zapoznałaś się", "Tick the box to confirm"));
        await AssertNoFieldErrorAsync("Input_DisplayName");
        // Nothing typed is lost (passwords excepted: a browser never gets them back from the server).
        Assert.Equal(typo, await Page.Locator("#Input_Email").InputValueAsync());
        Assert.Equal(Name, await Page.Locator("#Input_DisplayName").InputValueAsync());

        // The summary's links move the focus to the field itself, not only the view.
        await Page.Locator(".error-summary a[href='#Input_Email']").ClickAsync();
        Assert.Equal("Input_Email", (await FocusedAsync())?.Id);
        await Page.Locator(".error-summary a[href='#Input_AcceptPrivacy']").ClickAsync();
        Assert.Equal("Input_AcceptPrivacy", (await FocusedAsync())?.Id);

        await FillAsync(Text(language, "Adres e-mail", "E-mail address"), email);
        await FillAsync(Text(language, "Hasło", "Password"), TestData.Password);
        await FillAsync(Text(language, "Powtórz hasło", "Repeat the password"), TestData.Password);
        await Field(Text(language, "Zapoznałam się / zapoznałem się z informacją o przetwarzaniu danych osobowych", "I have read the information on how my personal data is processed")).CheckAsync();
        await ClickButtonAsync(Text(language, "Załóż konto", "Create account"));

        Assert.Equal("/konto/sprawdz-poczte?reason=rejestracja", CurrentPath);
        await AssertHeadingAsync(Text(language, "Sprawdź skrzynkę e-mail", "Check your e-mail"));
        await AssertVisibleTextAsync(Text(language, "Konto zostało założone.", "Your account has been created."));

        // The message, as the SMTP server received it, in the language the person registered in.
        var mail = await WaitForMailAsync(email);
        Assert.Equal(Text(language, "Potwierdź adres e-mail – Miasto Przykładowe", "Confirm your e-mail address – Miasto Przykładowe"), mail.Subject);
        Assert.Contains(Text(language, $"Dzień dobry, {Name},", $"Hello {Name},"), mail.Text, StringComparison.Ordinal);
        await OpenLinkFromMailAsync(mail, "/konto/potwierdz");

        Assert.Equal("/konto/logowanie", CurrentPath);
        await AssertStatusAsync(Text(language, "Adres e-mail został potwierdzony", "Your e-mail address has been confirmed"));
        await FillAsync(Text(language, "Adres e-mail", "E-mail address"), email);
        await FillAsync(Text(language, "Hasło", "Password"), TestData.Password);
        await SubmitAsync(Text(language, "Zaloguj się", "Sign in"));
        Assert.Equal("/", CurrentPath);
        await AssertVisibleTextAsync(Text(language, "Zalogowano: ", "Signed in: ") + Name);

        await ClickLinkAsync(Text(language, "Moje konto", "My account"), within: "header");
        Assert.Equal("/konto", CurrentPath);
        await AssertHeadingAsync(Text(language, "Moje konto", "My account"));
        Assert.Contains(email, await Page.Locator("main dl.facts").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(Name, await Field(Text(language, "Imię i nazwisko", "Full name")).InputValueAsync());
        Assert.Equal(language, await Field(Text(language, "Język portalu i wiadomości", "Language of the portal and e-mails")).InputValueAsync());
        await AssertLanguageAsync(language);
    }

    [BrowserTheory]
    [InlineData("pl")]
    [InlineData("en")]
    public async Task Resident_registers_and_confirms_the_address_with_JavaScript_switched_off(string language)
    {
        var email = UniqueEmail("rejestracja-bez-js");
        await UseBrowserWithoutJavaScriptAsync();

        await GoToAsync("/konto/rejestracja");
        await UseLanguageAsync(language);
        Assert.Equal("/konto/rejestracja", CurrentPath);
        await AssertPrivacyNoticeAsync(language);

        await FillAsync(Text(language, "Adres e-mail", "E-mail address"), email);
        await FillAsync(Text(language, "Imię i nazwisko", "Full name"), Name);
        await FillAsync(Text(language, "Hasło", "Password"), TestData.Password);
        await FillAsync(Text(language, "Powtórz hasło", "Repeat the password"), TestData.Password + "!");
        await ClickButtonAsync(Text(language, "Załóż konto", "Create account"));

        await AssertErrorSummaryAsync("Input_ConfirmPassword", "Input_AcceptPrivacy");
        await AssertFieldErrorAsync("Input_ConfirmPassword", Text(language, "muszą być takie same", "must match"));
        await AssertFieldErrorAsync("Input_AcceptPrivacy", Text(language, "Zaznacz, że zapoznałaś się", "Tick the box to confirm"));
        Assert.Equal(email, await Page.Locator("#Input_Email").InputValueAsync());
        Assert.Equal(Name, await Page.Locator("#Input_DisplayName").InputValueAsync());
        // Without scripts the summary's links are plain in-page links: the browser itself moves to the field.
        await Page.Locator(".error-summary a[href='#Input_ConfirmPassword']").ClickAsync();
        Assert.EndsWith("#Input_ConfirmPassword", Page.Url, StringComparison.Ordinal);
        Assert.Equal("Input_ConfirmPassword", (await FocusedAsync())?.Id);

        await FillAsync(Text(language, "Hasło", "Password"), TestData.Password);
        await FillAsync(Text(language, "Powtórz hasło", "Repeat the password"), TestData.Password);
        await Field(Text(language, "Zapoznałam się / zapoznałem się z informacją o przetwarzaniu danych osobowych", "I have read the information on how my personal data is processed")).CheckAsync();
        await ClickButtonAsync(Text(language, "Załóż konto", "Create account"));
        Assert.Equal("/konto/sprawdz-poczte?reason=rejestracja", CurrentPath);

        await OpenLinkFromMailAsync(await WaitForMailAsync(email), "/konto/potwierdz");
        Assert.Equal("/konto/logowanie", CurrentPath);
        await AssertStatusAsync(Text(language, "Adres e-mail został potwierdzony", "Your e-mail address has been confirmed"));
    }

    /// <summary>RODO art. 13: who the controller is, why, how long, the rights, and the full notice, before the person gives any data.</summary>
    private async Task AssertPrivacyNoticeAsync(string language)
    {
        var notice = Page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = Text(language, "Informacja o przetwarzaniu danych osobowych", "Information on the processing of personal data"), Exact = true });
        Assert.True(await notice.IsVisibleAsync(), "The data-protection notice must be a named region of the form.");
        var text = await notice.InnerTextAsync();
        Assert.Contains(Text(language, "Administratorem Twoich danych osobowych jest Miasto Przykładowe.", "The controller of your personal data is Miasto Przykładowe."), text, StringComparison.Ordinal);
        Assert.Contains(Text(language, "art. 6 ust. 1 lit. b RODO", "Article 6(1)(b) GDPR"), text, StringComparison.Ordinal);
        Assert.Contains(Text(language, "usuniemy automatycznie po 7 dniach", "deleted automatically after 7 days"), text, StringComparison.Ordinal);
        Assert.Equal("/prywatnosc", await notice.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = Text(language, "Pełna informacja o ochronie danych osobowych", "Full information on personal data protection") }).GetAttributeAsync("href"));
    }
}
