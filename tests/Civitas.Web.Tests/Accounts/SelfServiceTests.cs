using System.Net;
using System.Text.Json;
using Civitas.Platform.Audit;
using Civitas.Platform.Data;
using Civitas.Platform.Identity;
using Civitas.Platform.Outbox;
using Civitas.Platform.Tenancy;
using Civitas.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Civitas.Web.Tests.Accounts.AccountSteps;

namespace Civitas.Web.Tests.Accounts;

/// <summary>"My account": name and language, password, two-factor settings, RODO export and deletion.</summary>
public abstract class SelfServiceTests(AppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;

    private async Task<TenantInfo> OtherTenantAsync() => await App.CreateTenantAsync("gmina-sasiednia", "Gmina Sąsiednia", "sasiednia.localhost");

    private Task AssignAsync(TenantInfo tenant, Guid userId, TenantRole role) => App.WithScopeAsync(async sp =>
    {
        sp.GetRequiredService<ITenantContext>().Set(tenant);
        var db = sp.GetRequiredService<PlatformDb>();
        db.RoleAssignments.Add(new RoleAssignment { UserId = userId, Role = role, AssignedAt = App.Clock.GetUtcNow() });
        await db.SaveChangesAsync();
    });

    [Fact]
    public async Task My_account_shows_my_roles_here_and_saves_my_name_and_language()
    {
        var tenant = await App.DemoTenantAsync();
        var department = await App.DepartmentAsync(tenant, "Wydział Kont");
        var user = await App.CreateUserAsync(NewEmail("konto"), "Stare Nazwisko", tenant, TenantRole.Official, department);
        await AssignAsync(await OtherTenantAsync(), user.Id, TenantRole.TenantAdmin);
        using var client = new TestClient(App);
        await client.SignInAsync(user);

        var page = await client.GetPageAsync("/konto");
        var facts = page.QuerySelector("dl.facts")!.TextContent;
        Assert.Contains(user.Email, facts, StringComparison.Ordinal);
        Assert.Contains("Urzędniczka / urzędnik – Wydział Kont", facts, StringComparison.Ordinal);
        // Roles of another JST are not roles on this portal.
        Assert.DoesNotContain("Administratorka / administrator portalu", facts, StringComparison.Ordinal);

        var empty = await PageAsync(await client.PostFormAsync("/konto", new Dictionary<string, string> { ["Input.DisplayName"] = " ", ["Input.PreferredCulture"] = "pl" }));
        Assert.Contains("jest wymagane", FieldError(empty, "Input.DisplayName"), StringComparison.Ordinal);

        var saved = await client.PostFormAsync("/konto", new Dictionary<string, string> { ["Input.DisplayName"] = "Nowe Nazwisko", ["Input.PreferredCulture"] = "en" });
        Assert.Equal("/konto", Location(saved));
        var after = await client.GetPageAsync("/konto");
        Assert.Equal("en", after.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Your changes have been saved", after.QuerySelector(".status")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Nowe Nazwisko", after.QuerySelector(".account-name")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("en", await App.WithScopeAsync(sp => sp.GetRequiredService<PlatformDb>().Users.Where(u => u.Id == user.Id).Select(u => u.PreferredCulture).SingleAsync()));

        // On a new device the stored language applies after sign-in.
        using var other = new TestClient(App);
        await other.SignInAsync(user);
        Assert.Equal("en", (await other.GetPageAsync("/")).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one_and_sends_a_notice()
    {
        var user = await App.CreateUserAsync(NewEmail("zmiana"), "Zmieniająca Hasło");
        using var client = new TestClient(App);
        await client.SignInAsync(user);
        const string newPassword = "Zielony-Rower-Nad-Odra-2026";

        var wrong = await PageAsync(await client.PostFormAsync("/konto/haslo", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = "Nie-To-Haslo-123",
            ["Input.NewPassword"] = newPassword,
            ["Input.ConfirmPassword"] = newPassword,
        }));
        Assert.Contains("Nieprawidłowe hasło", FieldError(wrong, "Input.CurrentPassword"), StringComparison.Ordinal);
        Assert.Equal(0, await QueuedMailsToAsync(App, user.Email));

        Assert.Equal("/konto", Location(await client.PostFormAsync("/konto/haslo", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = user.Password,
            ["Input.NewPassword"] = newPassword,
            ["Input.ConfirmPassword"] = newPassword,
        })));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/konto")).StatusCode);
        Assert.Contains(user.DisplayName, (await MailAsync(App, user.Email, "Hasło zostało zmienione")).Text, StringComparison.Ordinal);

        using var fresh = new TestClient(App);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(fresh, user.Email, user.Password)).StatusCode);
        Assert.Equal("/", Location(await SignInAsync(fresh, user.Email, newPassword)));
    }

    [Fact]
    public async Task A_resident_turns_two_factor_on_renews_recovery_codes_and_turns_it_off()
    {
        var user = await App.CreateUserAsync(NewEmail("mieszkanka-2fa"), "Mieszkanka Ostrożna");
        using var client = new TestClient(App);
        await client.SignInAsync(user);
        var settings = await client.GetPageAsync("/konto/dwuetapowe");
        var enable = settings.QuerySelector("main a[href^='/konto/weryfikacja-dwuetapowa']")!.GetAttribute("href")!;

        var enrol = await client.GetPageAsync(enable);
        var key = enrol.GetElementById("authenticator-key")!.TextContent;
        var codesUrl = Location(await client.PostFormAsync(enable, new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, App.Clock.GetUtcNow()) }));
        var first = (await client.GetPageAsync(codesUrl)).QuerySelectorAll(".recovery-codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, first.Count);

        var on = await client.GetPageAsync("/konto/dwuetapowe");
        Assert.Contains("Niewykorzystane kody odzyskiwania: 10", MainText(on), StringComparison.Ordinal);
        var renewed = Location(await client.PostFormAsync("/konto/dwuetapowe", new Dictionary<string, string>(), action: "handler=RecoveryCodes"));
        var second = (await client.GetPageAsync(renewed)).QuerySelectorAll(".recovery-codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, second.Count);
        Assert.Empty(first.Intersect(second));

        Assert.Equal("/konto/dwuetapowe", Location(await client.PostFormAsync("/konto/dwuetapowe", new Dictionary<string, string>(), action: "handler=Disable")));
        var off = await client.GetPageAsync("/konto/dwuetapowe");
        Assert.Contains("wyłączona", off.QuerySelector(".status")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(off.QuerySelector("main .badge-warn"));

        // The password alone is enough again.
        using var fresh = new TestClient(App);
        Assert.Equal("/", Location(await SignInAsync(fresh, user.Email, user.Password)));
    }

    [Fact]
    public async Task An_official_cannot_turn_two_factor_off_and_is_told_why()
    {
        var tenant = await App.DemoTenantAsync();
        var official = await App.CreateUserAsync(NewEmail("urzednik-2fa"), "Urzędnik Chroniony", tenant, TenantRole.Official, twoFactor: true);
        using var client = new TestClient(App);
        await client.SignInAsync(official);
        var page = await client.GetPageAsync("/konto/dwuetapowe");
        Assert.Null(page.QuerySelector("form[action*='handler=Disable']"));
        Assert.Contains("Nie można wyłączyć weryfikacji dwuetapowej", MainText(page), StringComparison.Ordinal);

        // Posting anyway (an old tab, a crafted request) is refused the same way.
        var token = page.QuerySelector("form[action*='handler=RecoveryCodes'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await client.Http.PostAsync(new Uri("/konto/dwuetapowe?handler=Disable", UriKind.Relative),
            new FormUrlEncodedContent([new KeyValuePair<string, string>("__RequestVerificationToken", token)]));
        var refused = await PageAsync(response);
        Assert.Contains("Nie można wyłączyć weryfikacji dwuetapowej", refused.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.True(await App.WithScopeAsync(sp => sp.GetRequiredService<PlatformDb>().Users.Where(u => u.Id == official.Id).Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    [Fact]
    public async Task The_data_export_holds_my_account_roles_everywhere_and_my_audit_entries_but_no_secrets()
    {
        var tenant = await App.DemoTenantAsync();
        var department = await App.DepartmentAsync(tenant, "Wydział Eksportu");
        var user = await App.CreateUserAsync(NewEmail("eksport"), "Eksportująca Dane", tenant, TenantRole.Official, department, twoFactor: true);
        await AssignAsync(await OtherTenantAsync(), user.Id, TenantRole.TenantAdmin);
        using var client = new TestClient(App);
        await client.SignInAsync(user);

        var response = await client.PostFormAsync("/konto/dane", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        var json = await response.Content.ReadAsStringAsync();
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;

        Assert.Equal(user.Email, root.GetProperty("account").GetProperty("email").GetString());
        Assert.Equal("Eksportująca Dane", root.GetProperty("account").GetProperty("displayName").GetString());
        Assert.True(root.GetProperty("account").GetProperty("twoFactorEnabled").GetBoolean());
        var roles = root.GetProperty("roleAssignments").EnumerateArray().Select(r => (r.GetProperty("portal").GetString(), r.GetProperty("role").GetString(), r.GetProperty("department").GetString())).ToList();
        Assert.Contains(("Miasto Przykładowe", "Official", "Wydział Eksportu"), roles);
        Assert.Contains(("Gmina Sąsiednia", "TenantAdmin", null), roles);
        Assert.Contains(root.GetProperty("auditEntries").EnumerateArray(), a => a.GetProperty("action").GetString() == "PersonalDataExported");

        var secrets = await App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDb>();
            var u = await db.Users.AsNoTracking().SingleAsync(x => x.Id == user.Id);
            var tokens = await db.UserTokens.AsNoTracking().Where(t => t.UserId == user.Id).Select(t => t.Value).ToListAsync();
            return new[] { u.PasswordHash!, u.SecurityStamp!, u.ConcurrencyStamp! }.Concat(tokens.Where(t => t is not null).Select(t => t!)).ToList();
        });
        Assert.All(secrets, s => Assert.DoesNotContain(s, json, StringComparison.Ordinal));
        Assert.DoesNotContain("passwordHash", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("securityStamp", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(user.AuthenticatorKey!, json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_my_account_removes_it_and_my_roles_everywhere_and_keeps_the_audit_trail()
    {
        var other = await OtherTenantAsync();
        var user = await App.CreateUserAsync(NewEmail("usuwam"), "Usuwająca Konto");
        await AssignAsync(other, user.Id, TenantRole.Official);
        using var client = new TestClient(App);
        await client.SignInAsync(user);

        var noConfirm = await PageAsync(await client.PostFormAsync("/konto/usun", new Dictionary<string, string> { ["Input.Password"] = user.Password }));
        Assert.Contains("Zaznacz to pole", FieldError(noConfirm, "Input.Confirm"), StringComparison.Ordinal);
        var wrongPassword = await PageAsync(await client.PostFormAsync("/konto/usun", new Dictionary<string, string> { ["Input.Password"] = "Nie-To-Haslo-123", ["Input.Confirm"] = "true" }));
        Assert.Contains("Hasło jest nieprawidłowe", FieldError(wrongPassword, "Input.Password"), StringComparison.Ordinal);
        Assert.True(await UserExistsAsync(App, user.Email));

        Assert.Equal("/", Location(await client.PostFormAsync("/konto/usun", new Dictionary<string, string> { ["Input.Password"] = user.Password, ["Input.Confirm"] = "true" })));
        var home = await client.GetPageAsync("/");
        Assert.Contains("konto zostało usunięte", home.QuerySelector(".status")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Null(home.QuerySelector(".account-name"));

        Assert.False(await UserExistsAsync(App, user.Email));
        var (roles, audit, deletedEvent) = await App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDb>();
            var roles = await db.RoleAssignments.IgnoreQueryFilters([TenantFilter.Name]).CountAsync(r => r.UserId == user.Id);
            var audit = await db.AuditEntries.AsNoTracking().Where(a => a.ActorId == user.Id).ToListAsync();
            var evt = await db.OutboxMessages.CountAsync(m => m.Type == OutboxTypeName.Of(typeof(AccountDeleted)) && m.Payload.Contains(user.Id.ToString()));
            return (roles, audit, evt);
        });
        Assert.Equal(0, roles);
        Assert.Equal(1, deletedEvent);
        Assert.Contains(audit, a => a.Action == "AccountDeleted");
        // The removed role of the other JST is on that JST's record.
        Assert.Contains(audit, a => a.Action == "Deleted" && a.EntityType == nameof(RoleAssignment) && a.TenantId == other.Id);

        using var again = new TestClient(App);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(again, user.Email, user.Password)).StatusCode);
    }

    [Fact]
    public async Task The_last_administrator_of_a_portal_cannot_delete_the_account_and_is_told_what_to_do()
    {
        var lonely = await App.CreateTenantAsync("gmina-samotna", "Gmina Samotna", "samotna.localhost");
        var admin = await App.CreateUserAsync(NewEmail("jedyny-admin"), "Jedyna Administratorka", lonely, TenantRole.TenantAdmin);
        using var client = new TestClient(App);
        await client.SignInAsync(admin);
        var page = await PageAsync(await client.PostFormAsync("/konto/usun", new Dictionary<string, string> { ["Input.Password"] = admin.Password, ["Input.Confirm"] = "true" }));
        var message = page.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("Gmina Samotna", message, StringComparison.Ordinal);
        Assert.Contains("nadaj rolę administratora innej osobie", message, StringComparison.Ordinal);
        Assert.True(await UserExistsAsync(App, admin.Email));

        // With a second administrator there, it works.
        await App.CreateUserAsync(NewEmail("drugi-admin"), "Drugi Administrator", lonely, TenantRole.TenantAdmin);
        Assert.Equal("/", Location(await client.PostFormAsync("/konto/usun", new Dictionary<string, string> { ["Input.Password"] = admin.Password, ["Input.Confirm"] = "true" })));
        Assert.False(await UserExistsAsync(App, admin.Email));
    }

    [Theory]
    [InlineData("pl")]
    [InlineData("en")]
    public async Task Every_account_page_is_complete_in_both_languages(string culture)
    {
        var user = await App.CreateUserAsync(NewEmail("jezyk-" + culture), "Osoba Dwujęzyczna");
        using var anonymous = new TestClient(App);
        using var signedIn = new TestClient(App);
        await anonymous.GetAsync("/jezyk/" + culture);
        await signedIn.GetAsync("/jezyk/" + culture);
        await signedIn.SignInAsync(user);
        var pages = new List<(TestClient Client, string Url)>();
        foreach (var url in new[]
        {
            "/konto/logowanie", "/konto/rejestracja", "/konto/sprawdz-poczte?reason=rejestracja", "/konto/sprawdz-poczte?reason=haslo",
            "/konto/sprawdz-poczte?reason=ponownie", "/konto/potwierdz?userId=x&code=y", "/konto/wyslij-ponownie", "/konto/nie-pamietam-hasla",
            "/konto/nowe-haslo", $"/konto/nowe-haslo?userId={Guid.NewGuid()}&code=YWJj", "/konto/zablokowane",
        })
        {
            pages.Add((anonymous, url));
        }
        foreach (var url in new[] { "/konto", "/konto/haslo", "/konto/dwuetapowe", "/konto/dane", "/konto/usun", "/konto/kody-odzyskiwania", "/konto/weryfikacja-dwuetapowa" })
        {
            pages.Add((signedIn, url));
        }
        foreach (var (client, url) in pages)
        {
            var page = await client.GetPageAsync(url);
            Assert.Equal(culture, page.DocumentElement.GetAttribute("lang"));
            // A missing text shows up as its resource key ("Register.Title").
            var text = MainText(page) + " " + string.Join(' ', page.QuerySelectorAll("main [alt], main [aria-label]").Select(e => e.GetAttribute("alt") ?? e.GetAttribute("aria-label")));
            Assert.DoesNotMatch(@"\b[A-Z][A-Za-z0-9]+(\.[A-Z][A-Za-z0-9]+)+\b", text);
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("h1")?.TextContent), url);
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("title")?.TextContent), url);
        }
    }

    [Fact]
    public async Task Account_pages_need_a_signed_in_person()
    {
        using var client = new TestClient(App);
        foreach (var url in new[] { "/konto", "/konto/haslo", "/konto/dwuetapowe", "/konto/dane", "/konto/usun", "/konto/kody-odzyskiwania", "/konto/weryfikacja-dwuetapowa" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/konto/logowanie?ReturnUrl=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }
}

public sealed class SelfServiceTests_Sqlite(SqliteAppFixture f) : SelfServiceTests(f), IClassFixture<SqliteAppFixture>;

public sealed class SelfServiceTests_Postgres(PostgresAppFixture f) : SelfServiceTests(f), IClassFixture<PostgresAppFixture>;
