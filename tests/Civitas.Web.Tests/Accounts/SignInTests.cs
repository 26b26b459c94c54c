using System.Net;
using Civitas.Platform.Identity;
using Civitas.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static Civitas.Web.Tests.Accounts.AccountSteps;

namespace Civitas.Web.Tests.Accounts;

public abstract class SignInTests(AppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;

    private async Task<TestUser> OfficialAsync(bool twoFactor)
    {
        var tenant = await App.DemoTenantAsync();
        var department = await App.DepartmentAsync(tenant, "Wydział Testów Logowania");
        return await App.CreateUserAsync(NewEmail("urzedniczka"), "Urzędniczka Testowa", tenant, TenantRole.Official, department, twoFactor);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_until_15_minutes_have_passed()
    {
        var user = await App.CreateUserAsync(NewEmail("blokada"), "Blokowana Osoba");
        using var client = new TestClient(App);
        for (var i = 1; i <= 4; i++)
        {
            var page = await PageAsync(await SignInAsync(client, user.Email, "Zle-Haslo-" + i));
            Assert.Contains("Nieprawidłowy adres e-mail lub hasło", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        }
        Assert.Equal("/konto/zablokowane", Location(await SignInAsync(client, user.Email, "Zle-Haslo-5")));
        // Locked: even the right password is refused.
        Assert.Equal("/konto/zablokowane", Location(await SignInAsync(client, user.Email, user.Password)));
        var lockout = await client.GetPageAsync("/konto/zablokowane");
        Assert.Contains("15 minut", MainText(lockout), StringComparison.Ordinal);

        App.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal("/konto/zablokowane", Location(await SignInAsync(client, user.Email, user.Password)));
        App.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal("/", Location(await SignInAsync(client, user.Email, user.Password)));
    }

    [Fact]
    public async Task An_unknown_address_and_a_wrong_password_get_the_same_answer()
    {
        var user = await App.CreateUserAsync(NewEmail("znany"), "Znana Osoba");
        using var client = new TestClient(App);
        var wrong = MainText(await PageAsync(await SignInAsync(client, user.Email, "Zupelnie-Inne-Haslo")));
        var unknown = MainText(await PageAsync(await SignInAsync(client, NewEmail("nieznany"), "Zupelnie-Inne-Haslo")));
        Assert.Contains("Nieprawidłowy adres e-mail lub hasło", wrong, StringComparison.Ordinal);
        Assert.Equal(wrong, unknown);
    }

    [Fact]
    public async Task An_unconfirmed_account_cannot_sign_in()
    {
        var user = await App.CreateUserAsync(NewEmail("niepotwierdzona"), "Niepotwierdzona Osoba", confirmed: false);
        using var client = new TestClient(App);
        var page = await PageAsync(await SignInAsync(client, user.Email, user.Password));
        Assert.Contains("nie został jeszcze potwierdzony", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main a[href='/konto/wyslij-ponownie']"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/konto")).StatusCode);
        Assert.Contains("/konto/logowanie?ReturnUrl=", (await client.GetAsync("/konto")).Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_a_local_return_address_is_followed_after_sign_in()
    {
        var user = await App.CreateUserAsync(NewEmail("powrot"), "Powracająca Osoba");
        using var client = new TestClient(App);
        Assert.Equal("/konto/dane", Location(await SignInAsync(client, user.Email, user.Password, "/konto/logowanie?returnUrl=%2Fkonto%2Fdane")));
        using var other = new TestClient(App);
        Assert.Equal("/", Location(await SignInAsync(other, user.Email, user.Password, "/konto/logowanie?returnUrl=https%3A%2F%2Fevil.example%2F")));
        using var third = new TestClient(App);
        Assert.Equal("/", Location(await SignInAsync(third, user.Email, user.Password, "/konto/logowanie?returnUrl=%2F%2Fevil.example")));
    }

    [Fact]
    public async Task Password_reset_works_end_to_end_and_its_link_works_once()
    {
        var user = await App.CreateUserAsync(NewEmail("reset"), "Resetująca Osoba");
        using var client = new TestClient(App);
        var asked = await client.PostFormAsync("/konto/nie-pamietam-hasla", new Dictionary<string, string> { ["Input.Email"] = user.Email });
        Assert.Equal("/konto/sprawdz-poczte?reason=haslo", Location(asked));
        var unknown = await client.PostFormAsync("/konto/nie-pamietam-hasla", new Dictionary<string, string> { ["Input.Email"] = NewEmail("nikt") });
        Assert.Equal("/konto/sprawdz-poczte?reason=haslo", Location(unknown));

        var mail = await MailAsync(App, user.Email, "Ustaw nowe hasło");
        var link = PathOf(MailReader.Link(mail, "/konto/nowe-haslo"));
        var form = await client.GetPageAsync(link);
        Assert.NotNull(form.GetElementById("Input_Password"));

        var weak = await PageAsync(await client.PostFormAsync(link, new Dictionary<string, string> { ["Input.Password"] = "qwerty12345", ["Input.ConfirmPassword"] = "qwerty12345" }));
        Assert.Contains("zbyt popularne", FieldError(weak, "Input.Password"), StringComparison.Ordinal);

        const string newPassword = "Zielony-Rower-Nad-Odra-2026";
        var reset = await client.PostFormAsync(link, new Dictionary<string, string> { ["Input.Password"] = newPassword, ["Input.ConfirmPassword"] = newPassword });
        Assert.Equal("/konto/logowanie", Location(reset));
        Assert.Contains("Hasło zostało zmienione", (await MailAsync(App, user.Email, "Hasło zostało zmienione")).Subject, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(client, user.Email, user.Password)).StatusCode);
        Assert.Equal("/", Location(await SignInAsync(client, user.Email, newPassword)));

        using var again = new TestClient(App);
        var reused = await PageAsync(await again.PostFormAsync(link, new Dictionary<string, string> { ["Input.Password"] = "Czerwony-Kajak-Na-Warcie-99", ["Input.ConfirmPassword"] = "Czerwony-Kajak-Na-Warcie-99" }));
        Assert.Contains("nieprawidłowy, wygasł albo został już użyty", reused.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(reused.QuerySelector("main a[href='/konto/nie-pamietam-hasla']"));
    }

    [Fact]
    public async Task An_official_without_an_authenticator_is_sent_to_enrolment_and_then_reaches_the_office()
    {
        var official = await OfficialAsync(twoFactor: false);
        using var client = new TestClient(App);
        await client.SignInAsync(official);
        var sent = Location(await client.GetAsync("/urzad"));
        Assert.Equal("/konto/weryfikacja-dwuetapowa?returnUrl=%2Furzad", sent);

        var page = await client.GetPageAsync(sent);
        var qr = page.QuerySelector(".qr img")!;
        Assert.StartsWith("data:image/png;base64,", qr.GetAttribute("src"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(qr.GetAttribute("alt")));
        var key = page.GetElementById("authenticator-key")!.TextContent;
        Assert.Matches("^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$", key);
        var otpauth = page.QuerySelector("a[href^='otpauth://totp/']")!.GetAttribute("href")!;
        Assert.Contains("issuer=Civitas", otpauth, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString("Miasto Przykładowe"), otpauth, StringComparison.Ordinal);

        var wrong = await PageAsync(await client.PostFormAsync(sent, new Dictionary<string, string> { ["Input.Code"] = WrongCode(key) }));
        Assert.Contains("nie pasuje", FieldError(wrong, "Input.Code"), StringComparison.Ordinal);

        var enrolled = await client.PostFormAsync(sent, new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, App.Clock.GetUtcNow()) });
        var codesUrl = Location(enrolled);
        Assert.Equal("/konto/kody-odzyskiwania?returnUrl=%2Furzad", codesUrl);
        var codes = (await client.GetPageAsync(codesUrl)).QuerySelectorAll(".recovery-codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, codes.Count);
        Assert.All(codes, c => Assert.Matches("^[A-Z0-9]{5}-[A-Z0-9]{5}$", c));
        // Shown once.
        Assert.Empty((await client.GetPageAsync(codesUrl)).QuerySelectorAll(".recovery-codes code"));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/urzad")).StatusCode);
        // The periodic security-stamp check rebuilds the cookie; the second factor must survive it.
        App.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/urzad")).StatusCode);
        Assert.True(await App.WithScopeAsync(async sp => (await sp.GetRequiredService<UserManager<User>>().FindByIdAsync(official.Id.ToString()))!.TwoFactorEnabled));
    }

    [Fact]
    public async Task An_official_with_an_authenticator_signs_in_with_password_and_code_and_reaches_the_office()
    {
        var official = await OfficialAsync(twoFactor: true);
        using var client = new TestClient(App);
        var first = await SignInAsync(client, official.Email, official.Password, "/konto/logowanie?returnUrl=%2Furzad");
        var codeStep = Location(first);
        Assert.StartsWith("/konto/logowanie-2fa?returnUrl=%2Furzad", codeStep, StringComparison.Ordinal);
        var response = await client.PostFormAsync(codeStep, new Dictionary<string, string> { ["Input.Code"] = Spaced(Totp.Code(official.AuthenticatorKey!, App.Clock.GetUtcNow())) });
        Assert.Equal("/urzad", Location(response));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/urzad")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_authenticator_code_is_refused_next_to_the_field()
    {
        var official = await OfficialAsync(twoFactor: true);
        using var client = new TestClient(App);
        var codeStep = Location(await SignInAsync(client, official.Email, official.Password));
        var page = await PageAsync(await client.PostFormAsync(codeStep, new Dictionary<string, string> { ["Input.Code"] = WrongCode(official.AuthenticatorKey!) }));
        Assert.Contains("nieprawidłowy", FieldError(page, "Input.Code"), StringComparison.Ordinal);
        var letters = await PageAsync(await client.PostFormAsync(codeStep, new Dictionary<string, string> { ["Input.Code"] = "12a456" }));
        Assert.Contains("sześciu cyfr", FieldError(letters, "Input.Code"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/konto")).StatusCode);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var official = await OfficialAsync(twoFactor: true);
        var codes = await App.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            return (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByIdAsync(official.Id.ToString()))!, 10))!.ToList();
        });

        using var client = new TestClient(App);
        var codeStep = Location(await SignInAsync(client, official.Email, official.Password, "/konto/logowanie?returnUrl=%2Furzad"));
        var recoveryLink = (await client.GetPageAsync(codeStep)).QuerySelector("main a[href^='/konto/logowanie-kod-odzyskiwania']")!.GetAttribute("href")!;
        // Typed in lower case with a space instead of the dash: still the same code.
        var typed = codes[0].ToLowerInvariant().Replace('-', ' ');
        Assert.Equal("/urzad", Location(await client.PostFormAsync(recoveryLink, new Dictionary<string, string> { ["Input.RecoveryCode"] = typed })));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/urzad")).StatusCode);

        using var second = new TestClient(App);
        Location(await SignInAsync(second, official.Email, official.Password));
        var again = await PageAsync(await second.PostFormAsync("/konto/logowanie-kod-odzyskiwania", new Dictionary<string, string> { ["Input.RecoveryCode"] = codes[0] }));
        Assert.Contains("już użyty", FieldError(again, "Input.RecoveryCode"), StringComparison.Ordinal);
        Assert.Equal("/", Location(await second.PostFormAsync("/konto/logowanie-kod-odzyskiwania", new Dictionary<string, string> { ["Input.RecoveryCode"] = codes[1] })));
    }

    [Fact]
    public async Task A_sign_in_on_a_remembered_device_must_confirm_with_a_code_before_the_office()
    {
        var official = await OfficialAsync(twoFactor: true);
        using var client = new TestClient(App);
        var codeStep = Location(await SignInAsync(client, official.Email, official.Password));
        Location(await client.PostFormAsync(codeStep, new Dictionary<string, string>
        {
            ["Input.Code"] = Totp.Code(official.AuthenticatorKey!, App.Clock.GetUtcNow()),
            ["Input.RememberMachine"] = "true",
        }));
        Location(await client.PostFormAsync("/", new Dictionary<string, string>(), action: "/konto/wyloguj"));

        // This device is remembered, so the password is enough to sign in…
        Assert.Equal("/", Location(await SignInAsync(client, official.Email, official.Password)));
        // …but not for the office, which asks for the code (step-up).
        var stepUp = Location(await client.GetAsync("/urzad"));
        Assert.Equal("/konto/weryfikacja-dwuetapowa?returnUrl=%2Furzad", stepUp);
        var page = await client.GetPageAsync(stepUp);
        Assert.Null(page.QuerySelector(".qr"));
        Assert.Contains("Potwierdź logowanie kodem", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

        var wrong = await PageAsync(await client.PostFormAsync(stepUp, new Dictionary<string, string> { ["Input.Code"] = WrongCode(official.AuthenticatorKey!) }));
        Assert.Contains("nieprawidłowy", FieldError(wrong, "Input.Code"), StringComparison.Ordinal);
        // The code of the first sign-in was used; a person typing again is in the next step.
        App.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal("/urzad", Location(await client.PostFormAsync(stepUp, new Dictionary<string, string> { ["Input.Code"] = Totp.Code(official.AuthenticatorKey!, App.Clock.GetUtcNow()) })));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/urzad")).StatusCode);
    }

    [Fact]
    public async Task An_authenticator_code_is_accepted_only_once()
    {
        var official = await OfficialAsync(twoFactor: true);
        var code = Totp.Code(official.AuthenticatorKey!, App.Clock.GetUtcNow());
        using var first = new TestClient(App);
        var step = Location(await SignInAsync(first, official.Email, official.Password));
        Assert.Equal("/", Location(await first.PostFormAsync(step, new Dictionary<string, string> { ["Input.Code"] = code })));

        // The same code replayed in another session within its 30 seconds is refused (RFC 6238 §5.2).
        using var second = new TestClient(App);
        var again = Location(await SignInAsync(second, official.Email, official.Password));
        var refused = await PageAsync(await second.PostFormAsync(again, new Dictionary<string, string> { ["Input.Code"] = code }));
        Assert.Contains("nieprawidłowy", FieldError(refused, "Input.Code"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_resident_who_opens_the_office_gets_access_denied_with_403()
    {
        var resident = await App.CreateUserAsync(NewEmail("mieszkaniec"), "Zwykły Mieszkaniec");
        using var client = new TestClient(App);
        await client.SignInAsync(resident);
        var denied = Location(await client.GetAsync("/urzad"));
        Assert.Contains("/konto/brak-dostepu", denied, StringComparison.Ordinal);
        var page = await client.GetPageAsync(new Uri(new Uri("http://localhost"), denied).PathAndQuery, HttpStatusCode.Forbidden);
        Assert.Equal("Brak dostępu", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task The_sign_in_page_lists_the_demo_accounts_and_their_password_in_demo_mode()
    {
        using var client = new TestClient(App);
        var page = await client.GetPageAsync("/konto/logowanie");
        var demo = page.QuerySelector("section[aria-labelledby='demo-accounts']")!;
        Assert.Contains("mieszkanka@miasto-przykladowe.example", demo.TextContent, StringComparison.Ordinal);
        Assert.Contains("urzednik@miasto-przykladowe.example", demo.TextContent, StringComparison.Ordinal);
        Assert.Contains("Demo-Przyklad-2026", demo.TextContent, StringComparison.Ordinal);
        Assert.Contains("Jan Urzędnik", demo.TextContent, StringComparison.Ordinal);
        Assert.Equal("/", Location(await SignInAsync(client, "mieszkanka@miasto-przykladowe.example", "Demo-Przyklad-2026")));
    }

    [Fact]
    public async Task Sign_out_is_a_post_and_ends_the_session()
    {
        var user = await App.CreateUserAsync(NewEmail("wyloguj"), "Wylogowująca Osoba");
        using var client = new TestClient(App);
        await client.SignInAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/konto")).StatusCode);
        Assert.Equal("/", Location(await client.GetAsync("/konto/wyloguj")));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/konto")).StatusCode);
        Assert.Equal("/", Location(await client.PostFormAsync("/konto", new Dictionary<string, string>(), action: "/konto/wyloguj")));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/konto")).StatusCode);
    }

    private string WrongCode(string key)
    {
        var now = App.Clock.GetUtcNow();
        var valid = new[] { -30, 0, 30 }.Select(s => Totp.Code(key, now.AddSeconds(s))).ToHashSet();
        return Enumerable.Range(0, 10).Select(i => new string((char)('0' + i), 6)).First(c => !valid.Contains(c));
    }

    private static string Spaced(string code) => code[..3] + " " + code[3..];
}

public sealed class SignInTests_Sqlite(SqliteAppFixture f) : SignInTests(f), IClassFixture<SqliteAppFixture>;

public sealed class SignInTests_Postgres(PostgresAppFixture f) : SignInTests(f), IClassFixture<PostgresAppFixture>;
