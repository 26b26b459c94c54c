using System.Net;
using Civitas.Platform.Data;
using Civitas.Platform.Identity;
using Civitas.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Civitas.Web.Tests.Accounts.AccountSteps;

namespace Civitas.Web.Tests.Accounts;

public abstract class RegistrationTests(AppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;

    [Fact]
    public async Task A_person_registers_confirms_the_address_from_the_email_and_signs_in()
    {
        using var client = new TestClient(App);
        var email = NewEmail("rejestracja");
        var page = await client.GetPageAsync("/konto/rejestracja");
        Assert.Contains("/prywatnosc", page.QuerySelector("section.notice")!.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("Miasto Przykładowe", page.QuerySelector("section.notice")!.TextContent, StringComparison.Ordinal);

        var response = await RegisterAsync(client, email, name: "Zofia Rejestrująca");
        Assert.Equal("/konto/sprawdz-poczte?reason=rejestracja", Location(response));

        var tenant = await App.DemoTenantAsync();
        var user = await App.WithScopeAsync(sp => sp.GetRequiredService<PlatformDb>().Users.AsNoTracking().SingleAsync(u => u.Email == email));
        Assert.False(user.EmailConfirmed);
        Assert.Equal("Zofia Rejestrująca", user.DisplayName);
        // Databases keep less precision than the clock.
        Assert.Equal(App.Clock.GetUtcNow(), user.CreatedAt, TimeSpan.FromMilliseconds(1));
        Assert.Equal(App.Clock.GetUtcNow(), user.PrivacyNoticeAcceptedAt!.Value, TimeSpan.FromMilliseconds(1));
        Assert.Equal(tenant.Id, user.RegisteredInTenantId);
        Assert.Equal("pl", user.PreferredCulture);
        Assert.Equal(1, await QueuedMailsToAsync(App, email));

        // Not yet confirmed: the right password is not enough.
        var early = await PageAsync(await SignInAsync(client, email, TestData.Password));
        Assert.Contains("nie został jeszcze potwierdzony", MainText(early), StringComparison.Ordinal);
        Assert.NotNull(early.QuerySelector("main a[href='/konto/wyslij-ponownie']"));

        var mail = await MailAsync(App, email, "Potwierdź adres e-mail");
        Assert.Contains("Miasto Przykładowe", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Zofia Rejestrująca", mail.Text, StringComparison.Ordinal);
        var link = MailReader.Link(mail, "/konto/potwierdz");
        Assert.StartsWith("http://localhost/konto/potwierdz?userId=" + user.Id, link, StringComparison.Ordinal);

        var confirmed = await client.GetAsync(PathOf(link));
        Assert.Equal("/konto/logowanie", Location(confirmed));
        var login = await client.GetPageAsync("/konto/logowanie");
        Assert.Contains("potwierdzony", login.QuerySelector(".status")!.TextContent, StringComparison.Ordinal);

        Assert.Equal("/", Location(await SignInAsync(client, email, TestData.Password)));
        var account = await client.GetPageAsync("/konto");
        Assert.Contains(email, MainText(account), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Identity_saves_the_account_with_the_same_context_the_confirmation_email_is_queued_in()
    {
        // The registration page relies on this to commit the account and its e-mail atomically.
        await App.WithScopeAsync(sp =>
        {
            var store = sp.GetRequiredService<IUserStore<User>>();
            var context = store.GetType().GetProperty("Context")!.GetValue(store);
            Assert.Same(sp.GetRequiredService<PlatformDb>(), context);
            Assert.Same(store, sp.GetRequiredService<UserManager<User>>().GetType().BaseType!
                .GetProperty("Store", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!.GetValue(sp.GetRequiredService<UserManager<User>>()));
            return Task.CompletedTask;
        });
    }

    [Theory]
    [InlineData("malformed-email", "Input.Email", "nie zawiera poprawnego adresu e-mail")]
    [InlineData("short-password", "Input.Password", "co najmniej 10 znaków")]
    [InlineData("common-password", "Input.Password", "zbyt popularne")]
    [InlineData("mismatch", "Input.ConfirmPassword", "muszą być takie same")]
    [InlineData("no-consent", "Input.AcceptPrivacy", "informacją o przetwarzaniu danych osobowych")]
    public async Task Bad_registration_input_is_shown_next_to_its_field_and_creates_nothing(string kind, string field, string message)
    {
        using var client = new TestClient(App);
        var address = kind == "malformed-email" ? "to-nie-jest-adres" : NewEmail(kind);
        var response = kind switch
        {
            "short-password" => await RegisterAsync(client, address, password: "Krotk1e!"),
            "common-password" => await RegisterAsync(client, address, password: "password1234"),
            "mismatch" => await RegisterAsync(client, address, confirm: TestData.Password + "x"),
            "no-consent" => await RegisterAsync(client, address, accept: false),
            _ => await RegisterAsync(client, address),
        };
        var page = await PageAsync(response);
        Assert.Contains(message, FieldError(page, field), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#" + field.Replace('.', '_') + "']"));
        // What the person typed is still there (nothing lost), except the passwords.
        Assert.Equal(address, page.GetElementById("Input_Email")!.GetAttribute("value"));
        Assert.Equal("Anna Testowa", page.GetElementById("Input_DisplayName")!.GetAttribute("value"));
        Assert.False(await UserExistsAsync(App, address));
        Assert.Equal(0, await QueuedMailsToAsync(App, address));
    }

    [Fact]
    public async Task Every_mistake_of_a_registration_is_reported_at_once_in_the_order_of_the_fields()
    {
        using var client = new TestClient(App);
        var page = await PageAsync(await RegisterAsync(client, "to-nie-jest-adres", password: "Krotk1e!", confirm: "Inne1234!", accept: false));
        var links = page.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#Input_Email", "#Input_Password", "#Input_ConfirmPassword", "#Input_AcceptPrivacy"], links.Distinct().ToList());
    }

    [Fact]
    public async Task Registering_an_address_that_already_has_an_account_is_refused_next_to_the_email_field()
    {
        var existing = await App.CreateUserAsync(NewEmail("istnieje"), "Ktoś Już Jest");
        using var client = new TestClient(App);
        var page = await PageAsync(await RegisterAsync(client, existing.Email, password: "Inne-Dlugie-Zdanie-42"));
        Assert.Contains("już istnieje", FieldError(page, "Input.Email"), StringComparison.Ordinal);
        Assert.Equal(0, await QueuedMailsToAsync(App, existing.Email));
        var count = await App.WithScopeAsync(sp => sp.GetRequiredService<PlatformDb>().Users.CountAsync(u => u.Email == existing.Email));
        Assert.Equal(1, count);
    }

    [Fact]
    public async Task A_registration_post_without_the_antiforgery_token_is_refused_with_400()
    {
        using var client = new TestClient(App);
        var email = NewEmail("bez-tokenu");
        var response = await client.PostWithoutTokenAsync("/konto/rejestracja", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.DisplayName"] = "Bez Tokenu",
            ["Input.Password"] = TestData.Password,
            ["Input.ConfirmPassword"] = TestData.Password,
            ["Input.AcceptPrivacy"] = "true",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await UserExistsAsync(App, email));
    }

    [Fact]
    public async Task An_invalid_or_expired_confirmation_link_says_so_and_offers_a_new_one()
    {
        using var client = new TestClient(App);
        var email = NewEmail("wygasly");
        Location(await RegisterAsync(client, email));
        var link = MailReader.Link(await MailAsync(App, email, "Potwierdź"), "/konto/potwierdz");

        var garbage = await client.GetPageAsync($"/konto/potwierdz?userId={Guid.NewGuid()}&code=nonsens");
        Assert.Contains("nieprawidłowy lub wygasł", garbage.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(garbage.QuerySelector("main a[href='/konto/wyslij-ponownie']"));

        App.Clock.Advance(TimeSpan.FromHours(49));
        var expired = await client.GetPageAsync(PathOf(link));
        Assert.Contains("nieprawidłowy lub wygasł", expired.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

        // A new link works.
        Assert.Equal("/konto/sprawdz-poczte?reason=ponownie", Location(await client.PostFormAsync("/konto/wyslij-ponownie", new Dictionary<string, string> { ["Input.Email"] = email })));
        await App.DispatchOutboxAsync();
        var fresh = MailReader.ReadAll(App.MailPickupDirectory).Where(m => m.To.Contains(email, StringComparison.Ordinal)).Select(m => MailReader.Link(m, "/konto/potwierdz")).First(l => l != link);
        Assert.Equal("/konto/logowanie", Location(await client.GetAsync(PathOf(fresh))));
    }

    [Fact]
    public async Task Asking_for_a_new_confirmation_link_answers_the_same_for_unknown_and_confirmed_addresses()
    {
        var confirmed = await App.CreateUserAsync(NewEmail("potwierdzony"), "Już Potwierdzona");
        var unknown = NewEmail("nieznany");
        using var client = new TestClient(App);
        foreach (var email in new[] { confirmed.Email, unknown })
        {
            Assert.Equal("/konto/sprawdz-poczte?reason=ponownie", Location(await client.PostFormAsync("/konto/wyslij-ponownie", new Dictionary<string, string> { ["Input.Email"] = email })));
            Assert.Equal(0, await QueuedMailsToAsync(App, email));
        }
    }

    [Fact]
    public async Task With_the_English_cookie_the_pages_and_the_confirmation_email_are_in_English()
    {
        using var client = new TestClient(App);
        await client.GetAsync("/jezyk/en?returnUrl=/");
        var form = await client.GetPageAsync("/konto/rejestracja");
        Assert.Equal("en", form.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Create an account", form.QuerySelector("h1")!.TextContent);

        var bad = await PageAsync(await RegisterAsync(client, NewEmail("english"), accept: false));
        Assert.Contains("Tick the box", FieldError(bad, "Input.AcceptPrivacy"), StringComparison.Ordinal);

        var email = NewEmail("english");
        Location(await RegisterAsync(client, email, name: "Jane Tester"));
        var mail = await MailAsync(App, email, "Confirm your e-mail address");
        Assert.Contains("Hello Jane Tester", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Miasto Przykładowe", mail.Subject, StringComparison.Ordinal);
        Assert.Equal("en", await App.WithScopeAsync(sp => sp.GetRequiredService<PlatformDb>().Users.Where(u => u.Email == email).Select(u => u.PreferredCulture).SingleAsync()));
    }

    [Fact]
    public async Task The_cleanup_job_deletes_a_never_confirmed_account_after_7_days_and_keeps_a_confirmed_one()
    {
        using var client = new TestClient(App);
        var unconfirmed = NewEmail("porzucone");
        Location(await RegisterAsync(client, unconfirmed));
        var confirmed = await App.CreateUserAsync(NewEmail("aktywne"), "Aktywna Osoba");

        App.Clock.Advance(TimeSpan.FromDays(6));
        await App.RunScheduledJobsAsync();
        Assert.True(await UserExistsAsync(App, unconfirmed));

        App.Clock.Advance(TimeSpan.FromDays(2));
        var ran = await App.RunScheduledJobsAsync();
        Assert.Contains("platform.unconfirmed-accounts-cleanup", ran);
        Assert.False(await UserExistsAsync(App, unconfirmed));
        Assert.True(await UserExistsAsync(App, confirmed.Email));
    }
}

public sealed class RegistrationTests_Sqlite(SqliteAppFixture f) : RegistrationTests(f), IClassFixture<SqliteAppFixture>;

public sealed class RegistrationTests_Postgres(PostgresAppFixture f) : RegistrationTests(f), IClassFixture<PostgresAppFixture>;
