using System.Text.RegularExpressions;
using Civitas.Browser.Tests.Infrastructure;
using Civitas.Platform.Data;
using Civitas.Platform.Identity;
using Civitas.Platform.Tenancy;
using Civitas.Platform.Web;
using Civitas.Testing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Civitas.Browser.Tests.Journeys;

/// <summary>The tenant administrator's pages, each reached from the administration menu as an
/// administrator (signed in with a one-time code) reaches them: departments, people and roles, the
/// local government's settings with the accessibility statement, legal parameters, the audit log;
/// and the legal parameters as an official sees them, read only.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AdministrationJourneys(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string ExistingDepartment = "Wydział Współpracy z Organizacjami Pozarządowymi";

    [BrowserTheory]
    [InlineData("pl")]
    [InlineData("en")]
    public async Task Administrator_adds_a_department_gives_and_removes_an_official_role_and_finds_it_all_in_the_audit_log(string language)
    {
        var tenant = await App.DemoTenantAsync();
        await App.DepartmentAsync(tenant, ExistingDepartment);
        var admin = await App.CreateUserAsync(UniqueEmail("admin"), "Adela Administracyjna", tenant, TenantRole.TenantAdmin, twoFactor: true);
        var candidate = await App.CreateUserAsync(UniqueEmail("kandydat"), "Konrad Kandydacki");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var department = $"Wydział Sportu {suffix}";
        var renamed = $"Wydział Sportu i Turystyki {suffix}";

        await GoToAsync("/");
        await UseLanguageAsync(language);
        await SignInAsync(admin, returnUrl: "/admin");
        await AssertHeadingAsync(Text(language, "Administracja", "Administration"));
        var cards = await Page.Locator("main ul.cards a").AllInnerTextsAsync();
        foreach (var page in new[] { Text(language, "Wydziały", "Departments"), Text(language, "Osoby i role", "People and roles"), Text(language, "Ustawienia JST", "Local government settings"), Text(language, "Parametry prawne", "Legal parameters"), Text(language, "Dziennik zdarzeń", "Audit log") })
        {
            Assert.Contains(page, cards);
        }

        // Departments: a name already taken (in other letter case) is refused, then a new one is added and renamed.
        await ClickLinkAsync(Text(language, "Wydziały", "Departments"), within: "main");
        Assert.Equal("/admin/wydzialy", CurrentPath);
        await AssertHeadingAsync(Text(language, "Wydziały", "Departments"));
        await AssertTitleAsync(Text(language, "Wydziały", "Departments"));
        await ClickLinkAsync(Text(language, "Dodaj wydział", "Add a department"), within: "main");
        Assert.Equal("/admin/wydzialy/nowy", CurrentPath);
        await AssertHeadingAsync(Text(language, "Nowy wydział", "New department"));
        await FillAsync(Text(language, "Nazwa wydziału", "Department name"), ExistingDepartment.ToLowerInvariant());
        await FillAsync(Text(language, "Skrót (opcjonalnie)", "Short name (optional)"), "WST");
        await SubmitAsync(Text(language, "Dodaj wydział", "Add department"));
        await AssertErrorSummaryAsync("Input_Name");
        await AssertFieldErrorAsync("Input_Name", Text(language, "już istnieje", "already exists"));
        Assert.Equal("WST", await Page.Locator("#Input_ShortName").InputValueAsync());

        await FillAsync(Text(language, "Nazwa wydziału", "Department name"), department);
        await SubmitAsync(Text(language, "Dodaj wydział", "Add department"));
        Assert.Equal("/admin/wydzialy", CurrentPath);
        await AssertStatusAsync(Text(language, $"Dodano wydział „{department}”.", $"Department “{department}” added."));

        await ClickLinkAsync(department, within: "main table");
        Assert.Matches("^/admin/wydzialy/[0-9a-f-]{36}$", CurrentPath);
        await AssertHeadingAsync(Text(language, "Edycja wydziału", "Edit department"));
        Assert.Equal(department, await Field(Text(language, "Nazwa wydziału", "Department name")).InputValueAsync());
        await FillAsync(Text(language, "Nazwa wydziału", "Department name"), renamed);
        await FillAsync(Text(language, "Adres e-mail wydziału (opcjonalnie)", "Department e-mail address (optional)"), "sport@miasto-przykladowe.example");
        await SubmitAsync(Text(language, "Zapisz", "Save"));
        Assert.Equal("/admin/wydzialy", CurrentPath);
        await AssertStatusAsync(Text(language, $"Zapisano zmiany wydziału „{renamed}”.", $"Changes to department “{renamed}” saved."));
        var row = Page.Locator("main table tbody tr").Filter(new LocatorFilterOptions { HasText = renamed });
        Assert.Contains("sport@miasto-przykladowe.example", await row.InnerTextAsync(), StringComparison.Ordinal);

        // People and roles: an existing account found by its address becomes an official of the new department.
        await ClickLinkAsync(Text(language, "Osoby i role", "People and roles"), within: "header");
        Assert.Equal("/admin/osoby", CurrentPath);
        await AssertHeadingAsync(Text(language, "Osoby i role", "People and roles"));
        await FillAsync(Text(language, "Adres e-mail konta", "Account e-mail address"), candidate.Email);
        await Field(Text(language, "Rola", "Role")).SelectOptionAsync(new SelectOptionValue { Label = Text(language, "Urzędnik", "Official") });
        await SubmitAsync(Text(language, "Nadaj rolę", "Give role"));
        await AssertErrorSummaryAsync("Input_DepartmentId");
        await AssertFieldErrorAsync("Input_DepartmentId", Text(language, "Wybierz wydział, do którego należy urzędnik.", "Choose the department the official belongs to."));
        Assert.Equal(candidate.Email, await Page.Locator("#Input_Email").InputValueAsync());

        await Field(Text(language, "Wydział", "Department")).SelectOptionAsync(new SelectOptionValue { Label = $"{renamed} (WST)" });
        await SubmitAsync(Text(language, "Nadaj rolę", "Give role"));
        Assert.Equal("/admin/osoby", CurrentPath);
        await AssertStatusAsync(Text(language, $"Nadano rolę: Urzędnik — {candidate.Email}.", $"Role given: Official — {candidate.Email}."));

        await FillAsync(Text(language, "Szukaj osoby (imię, nazwisko lub e-mail)", "Find a person (name or e-mail)"), candidate.Email);
        await SubmitAsync(Text(language, "Szukaj", "Search"));
        Assert.Equal("/admin/osoby?q=" + Uri.EscapeDataString(candidate.Email), CurrentPath);
        var rows = await Page.Locator("main table tbody tr").AllInnerTextsAsync();
        var found = Assert.Single(rows);
        Assert.Contains("Konrad Kandydacki", found, StringComparison.Ordinal);
        Assert.Contains(renamed, found, StringComparison.Ordinal);
        // The button says whose role it removes (its visually hidden part), so a screen reader can tell the rows apart.
        var remove = Page.Locator("main table").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { NameRegex = NameWithHiddenPart(Text(language, "Odbierz rolę", "Remove role"), Text(language, $"Konrad Kandydacki, Urzędnik, {renamed}", $"Konrad Kandydacki, Official, {renamed}")) });
        await FollowAsync(() => remove.ClickAsync());
        Assert.Equal("/admin/osoby", CurrentPath);
        await AssertStatusAsync(Text(language, "Odebrano rolę: Urzędnik — Konrad Kandydacki.", "Role removed: Official — Konrad Kandydacki."));

        // The audit log: the changes just made are there, newest first, and the filter by action finds the creations.
        await ClickLinkAsync(Text(language, "Dziennik zdarzeń", "Audit log"), within: "header");
        Assert.Equal("/admin/dziennik", CurrentPath);
        await AssertHeadingAsync(Text(language, "Dziennik zdarzeń", "Audit log"));
        var log = await Page.Locator("main table tbody").InnerTextAsync();
        Assert.Contains(renamed, log, StringComparison.Ordinal);
        Assert.Contains("Adela Administracyjna", log, StringComparison.Ordinal);
        var newest = await Page.Locator("main table tbody tr").First.InnerTextAsync();
        Assert.Contains(Text(language, "Usunięcie", "Deleted"), newest, StringComparison.Ordinal);
        Assert.Contains(Text(language, "Rola osoby", "Role assignment"), newest, StringComparison.Ordinal);

        await Field(Text(language, "Czynność", "Action")).SelectOptionAsync(new SelectOptionValue { Label = Text(language, "Utworzenie", "Created") });
        await Field(Text(language, "Rodzaj danych", "Kind of record")).SelectOptionAsync(new SelectOptionValue { Label = Text(language, "Wydział", "Department") });
        await SubmitAsync(Text(language, "Pokaż", "Show"));
        Assert.Contains("Action=Created", CurrentPath, StringComparison.Ordinal);
        var actions = await Page.Locator("main table tbody tr td:nth-child(3)").AllInnerTextsAsync();
        Assert.NotEmpty(actions);
        Assert.All(actions, a => Assert.StartsWith(Text(language, "Utworzenie", "Created"), a, StringComparison.Ordinal));
        var created = Page.Locator("main table tbody tr").Filter(new LocatorFilterOptions { HasText = department });
        Assert.Equal(1, await created.CountAsync());
        Assert.Contains("Adela Administracyjna", await created.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await Page.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = Text(language, "Wyczyść filtry", "Clear filters"), Exact = true }).CountAsync());
    }

    [BrowserTheory]
    [InlineData("pl")]
    [InlineData("en")]
    public async Task Administrator_is_refused_a_colour_without_contrast_then_changes_the_colour_and_the_accessibility_statement(string language)
    {
        var tenant = await App.DemoTenantAsync();
        var admin = await App.CreateUserAsync(UniqueEmail("ustawienia"), "Urszula Ustawieniowa", tenant, TenantRole.TenantAdmin, twoFactor: true);
        var contact = $"Halina Dostępna {Guid.NewGuid().ToString("N")[..6]}";
        const string NonAccessible = "Mapa punktów nieodpłatnej pomocy prawnej nie ma jeszcze opisu tekstowego.";

        // The journey changes the demo portal that the other journeys of the collection use: put it back afterwards.
        var original = await ReadSettingsAsync(tenant.Id);
        try
        {
            // The statement as the public sees it before the change (the anonymous page is cached).
            await GoToAsync("/deklaracja-dostepnosci");
            await UseLanguageAsync(language);
            Assert.DoesNotContain(contact, await Page.Locator("#a11y-osoba").InnerTextAsync(), StringComparison.Ordinal);

            await SignInAsync(admin, returnUrl: "/admin/ustawienia");
            Assert.Equal("/admin/ustawienia", CurrentPath);
            await AssertHeadingAsync(Text(language, "Ustawienia JST", "Local government settings"));
            await AssertTitleAsync(Text(language, "Ustawienia JST", "Local government settings"));

            // A light blue under white text has a contrast of 3.47:1, below the 4.5:1 of WCAG 1.4.3.
            await FillAsync(Text(language, "Kolor główny", "Main colour"), "#3d8fd1");
            await FillAsync(Text(language, "Osoba do kontaktu w sprawach dostępności (opcjonalnie)", "Contact person for accessibility (optional)"), contact);
            await FillAsync(Text(language, "Treści niedostępne (opcjonalnie)", "Content that is not accessible (optional)"), NonAccessible);
            await SubmitAsync(Text(language, "Zapisz", "Save"));
            await AssertErrorSummaryAsync("Input_PrimaryColor");
            await AssertFieldErrorAsync("Input_PrimaryColor", Text(language,
                "Kontrast tego koloru z białym tekstem wynosi 3,47:1, a wymagane jest co najmniej 4,5:1",
                "The contrast of this colour with white text is 3.47:1, but at least 4.5:1 is required"));
            Assert.Equal("#3d8fd1", await Page.Locator("#Input_PrimaryColor").InputValueAsync());
            Assert.Equal(contact, await Page.Locator("#Input_AccessibilityContactName").InputValueAsync());
            Assert.Equal(NonAccessible, await Page.Locator("#Input_NonAccessibleContent").InputValueAsync());
            Assert.NotEqual("rgb(61, 143, 209)", await HeaderBackgroundAsync());

            // A dark green (7.83:1) is accepted and the whole portal shows it at once.
            await FillAsync(Text(language, "Kolor główny", "Main colour"), "#0b5e3c");
            await SubmitAsync(Text(language, "Zapisz", "Save"));
            Assert.Equal("/admin/ustawienia", CurrentPath);
            await AssertStatusAsync(Text(language, "Zapisano ustawienia.", "Settings saved."));
            Assert.Equal("rgb(11, 94, 60)", await HeaderBackgroundAsync());
            Assert.Equal(contact, await Page.Locator("#Input_AccessibilityContactName").InputValueAsync());

            // Signed out, the public statement (no longer the cached copy) shows the new data.
            await ClickButtonAsync(Text(language, "Wyloguj", "Sign out"));
            Assert.Equal("rgb(11, 94, 60)", await HeaderBackgroundAsync());
            await ClickLinkAsync(Text(language, "Deklaracja dostępności", "Accessibility statement"), within: "footer");
            Assert.Equal("/deklaracja-dostepnosci", CurrentPath);
            Assert.Equal(contact, (await Page.Locator("#a11y-osoba").InnerTextAsync()).Trim());
            await AssertVisibleTextAsync(NonAccessible);
            Assert.Equal("pl", await Page.GetByText(NonAccessible).GetAttributeAsync("lang"));
        }
        finally
        {
            await RestoreSettingsAsync(tenant.Id, original);
        }
    }

    [BrowserTheory]
    [InlineData("pl")]
    [InlineData("en")]
    public async Task Administrator_schedules_a_new_version_of_a_legal_parameter_that_an_official_sees_read_only(string language)
    {
        var tenant = await App.DemoTenantAsync();
        var department = await App.DepartmentAsync(tenant, ExistingDepartment);
        var admin = await App.CreateUserAsync(UniqueEmail("parametry"), "Patrycja Parametrowa", tenant, TenantRole.TenantAdmin, twoFactor: true);
        var official = await App.CreateUserAsync(UniqueEmail("czytelnik"), "Czesław Czytelnik", tenant, TenantRole.Official, department, twoFactor: true);
        // A parameter of its own per language: the table shows the nearest scheduled version of each.
        var (key, value) = language == "en" ? ("grants.small_grant_max_duration_days", "120") : ("grants.small_grant_max_amount", "20000");
        var rowId = "#param-" + key.Replace('.', '-');
        var reason = $"Nowelizacja art. 19a UDPP ({Guid.NewGuid().ToString("N")[..6]})";

        await GoToAsync("/");
        await UseLanguageAsync(language);
        await SignInAsync(admin, returnUrl: "/admin/parametry-prawne");
        Assert.Equal("/admin/parametry-prawne", CurrentPath);
        await AssertHeadingAsync(Text(language, "Parametry prawne", "Legal parameters"));
        var parameterRow = Page.Locator(rowId);
        var description = (await parameterRow.Locator("th").InnerTextAsync()).Replace(key, "", StringComparison.Ordinal).Trim();
        await FollowAsync(() => parameterRow.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { NameRegex = NameWithHiddenPart(Text(language, "Nowa wersja", "New version"), description) }).ClickAsync());
        Assert.Equal($"/admin/parametry-prawne/{key}/nowa-wersja", CurrentPath);
        await AssertHeadingAsync(Text(language, "Nowa wersja parametru prawnego", "New version of a legal parameter"));

        // In force from the same day next year (today at the earliest, which the date field states).
        var today = DateOnly.ParseExact(await Field(Text(language, "Obowiązuje od dnia", "In force from")).GetAttributeAsync("min") ?? "", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var from = today.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await FillAsync(Text(language, "Nowa wartość", "New value"), value);
        await FillAsync(Text(language, "Obowiązuje od dnia", "In force from"), from);
        await FillAsync(Text(language, "Powód zmiany", "Reason for the change"), reason);
        await Field(Text(language, "Wartość sprawdzono w obowiązującym tekście przepisu", "The value has been checked against the current text of the provision")).CheckAsync();
        await SubmitAsync(Text(language, "Zapisz nową wersję", "Save new version"));
        Assert.Equal("/admin/parametry-prawne", CurrentPath);
        await AssertStatusAsync(Text(language, $"Zapisano nową wersję parametru „{description}” obowiązującą od {from}.", $"New version of “{description}” saved, in force from {from}."));
        Assert.Contains(Text(language, $"Od {from}: ", $"From {from}: "), await parameterRow.InnerTextAsync(), StringComparison.Ordinal);

        // The history keeps the first version and adds the new one with its reason.
        var history = await OpenHistoryAsync(language, description);
        Assert.Contains(history, r => r.Contains(Text(language, "wartość początkowa", "initial value"), StringComparison.Ordinal));
        Assert.Contains(history, r => r.StartsWith(from, StringComparison.Ordinal) && r.Contains(reason, StringComparison.Ordinal));

        // An official sees the same parameters and the scheduled change, with nothing to edit.
        await ClickButtonAsync(Text(language, "Wyloguj", "Sign out"));
        await SignInAsync(official, returnUrl: "/urzad");
        await ClickLinkAsync(Text(language, "Parametry prawne", "Legal parameters"), within: "header");
        Assert.Equal("/urzad/parametry-prawne", CurrentPath);
        await AssertHeadingAsync(Text(language, "Parametry prawne", "Legal parameters"));
        Assert.Contains(Text(language, $"Od {from}: ", $"From {from}: "), await Page.Locator(rowId).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await Page.Locator("main a[href*='/admin/']").CountAsync());
        Assert.Equal(0, await Page.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = Text(language, "Nowa wersja", "New version") }).CountAsync());
        Assert.Equal(0, await Page.Locator("main form").CountAsync());
        Assert.Contains(history.Single(r => r.StartsWith(from, StringComparison.Ordinal)), await OpenHistoryAsync(language, description));
    }

    [BrowserTheory]
    [InlineData("pl")]
    [InlineData("en")]
    public async Task Administrator_adds_a_department_with_JavaScript_switched_off(string language)
    {
        var tenant = await App.DemoTenantAsync();
        var admin = await App.CreateUserAsync(UniqueEmail("admin-bez-js"), "Bożena Bezskryptowa", tenant, TenantRole.TenantAdmin, twoFactor: true);
        var department = $"Wydział Oświaty {Guid.NewGuid().ToString("N")[..6]}";
        await UseBrowserWithoutJavaScriptAsync();

        await GoToAsync("/");
        await UseLanguageAsync(language);
        await SignInAsync(admin, returnUrl: "/admin/wydzialy");
        await ClickLinkAsync(Text(language, "Dodaj wydział", "Add a department"), within: "main");
        Assert.Equal("/admin/wydzialy/nowy", CurrentPath);

        await FillAsync(Text(language, "Adres e-mail wydziału (opcjonalnie)", "Department e-mail address (optional)"), "oswiata(at)miasto-przykladowe.example");
        await SubmitAsync(Text(language, "Dodaj wydział", "Add department"));
        await AssertErrorSummaryAsync("Input_Name", "Input_Email");
        await AssertFieldErrorAsync("Input_Name", Text(language, "jest wymagane", "is required"));
        await AssertFieldErrorAsync("Input_Email", Text(language, "nie zawiera poprawnego adresu e-mail", "is not a valid e-mail address"));
        Assert.Equal("oswiata(at)miasto-przykladowe.example", await Page.Locator("#Input_Email").InputValueAsync());

        await FillAsync(Text(language, "Nazwa wydziału", "Department name"), department);
        await FillAsync(Text(language, "Adres e-mail wydziału (opcjonalnie)", "Department e-mail address (optional)"), "oswiata@miasto-przykladowe.example");
        await SubmitAsync(Text(language, "Dodaj wydział", "Add department"));
        Assert.Equal("/admin/wydzialy", CurrentPath);
        await AssertStatusAsync(Text(language, $"Dodano wydział „{department}”.", $"Department “{department}” added."));
        Assert.Contains("oswiata@miasto-przykladowe.example", await Page.Locator("main table tbody tr").Filter(new LocatorFilterOptions { HasText = department }).InnerTextAsync(), StringComparison.Ordinal);
    }

    /// <summary>Opens the version history of a parameter (a disclosure) and returns its rows.</summary>
    private async Task<IReadOnlyList<string>> OpenHistoryAsync(string language, string description)
    {
        var details = Page.Locator("main details").Filter(new LocatorFilterOptions { Has = Page.Locator("summary", new PageLocatorOptions { HasText = description }) });
        await details.Locator("summary").ClickAsync();
        Assert.Equal("", await details.GetAttributeAsync("open"));
        await CheckPageAsync();
        var rows = await details.Locator("tbody tr").AllInnerTextsAsync();
        Assert.True(rows.Count >= 2, $"The history of {description} should have at least two versions ({Text(language, "pl", "en")}).");
        return rows;
    }

    /// <summary>The accessible name of a control whose visible text is followed by a visually hidden
    /// ": what it acts on" (Chromium adds a space before the hidden, absolutely positioned part).</summary>
    private static Regex NameWithHiddenPart(string visible, string hidden)
        => new($"^{Regex.Escape(visible)} ?: {Regex.Escape(hidden)}$");

    private Task<string> HeaderBackgroundAsync()
        => Page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.site-header')).backgroundColor");

    private sealed record SettingsSnapshot(string PrimaryColor, string? ContactName, string? NonAccessibleContent);

    private Task<SettingsSnapshot> ReadSettingsAsync(Guid tenantId)
        => App.WithScopeAsync(sp => sp.GetRequiredService<PlatformDb>().Tenants.AsNoTracking().Where(t => t.Id == tenantId)
            .Select(t => new SettingsSnapshot(t.PrimaryColor, t.AccessibilityContactName, t.NonAccessibleContent)).SingleAsync());

    private Task RestoreSettingsAsync(Guid tenantId, SettingsSnapshot original) => App.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<PlatformDb>();
        var tenant = await db.Tenants.SingleAsync(t => t.Id == tenantId);
        tenant.PrimaryColor = original.PrimaryColor;
        tenant.AccessibilityContactName = original.ContactName;
        tenant.NonAccessibleContent = original.NonAccessibleContent;
        await db.SaveChangesAsync();
        // What the settings page does after a save: the portal shows the change at once.
        sp.GetRequiredService<ITenantStore>().Invalidate();
        await sp.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(AnonymousPageCachePolicy.TenantTag(tenantId), CancellationToken.None);
    });
}
