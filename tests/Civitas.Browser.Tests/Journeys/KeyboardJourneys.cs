using Civitas.Browser.Tests.Infrastructure;
using Civitas.Platform.Identity;
using Civitas.Testing;

namespace Civitas.Browser.Tests.Journeys;

/// <summary>Journeys done with the keyboard alone (WCAG 2.1.1, 2.4.1, 2.4.3, 2.4.7): no mouse,
/// no clicks, only Tab, Shift+Tab, Enter and typing.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardJourneys(BrowserFixture fixture) : BrowserTest(fixture)
{
    [BrowserFact]
    public async Task Official_uses_the_skip_link_switches_to_English_and_signs_in_with_the_keyboard_alone()
    {
        var tenant = await App.DemoTenantAsync();
        var department = await App.DepartmentAsync(tenant, "Wydział Współpracy z Organizacjami Pozarządowymi");
        var official = await App.CreateUserAsync(UniqueEmail("klawiatura"), "Krystyna Klawiaturowa", tenant, TenantRole.Official, department, twoFactor: true);

        await GoToAsync("/");

        // 1. The first Tab reaches the skip link, shown on screen with a focus indicator.
        var first = await PressTabAsync();
        Assert.True(first.IsLink("Przejdź do treści") && first.Href == "#main", $"The first focusable element must be the skip link, found {first}.");
        AssertFocusVisible(first);

        // 2. Enter on it moves the focus to <main>, so the next Tab continues in the content.
        await Page.Keyboard.PressAsync("Enter");
        var main = await FocusedAsync();
        Assert.True(main is { Tag: "main", Id: "main" }, $"After the skip link the focus must be on <main id=\"main\">, found {main?.ToString() ?? "the document body"}.");
        var afterMain = await PressTabAsync();
        Assert.True(await Page.EvaluateAsync<bool>("() => document.getElementById('main').contains(document.activeElement)"),
            $"Tab after the skip link must stay in the main content, went to {afterMain}.");

        // 3. Back up to the language link (Shift+Tab passes the header in reverse order) and press Enter.
        var backwards = await TabToAsync(f => f.IsLink("English"), "The English link", backwards: true);
        AssertOrder(backwards.Select(f => f.Text).Reverse().ToList(), "English", "Wysoki kontrast", "Większy tekst", "Zaloguj się", "Załóż konto");
        await FollowAsync(() => Page.Keyboard.PressAsync("Enter"));
        await AssertLanguageAsync("en");
        Assert.Equal("/", CurrentPath);

        // 4. The new page starts from the top: skip link, home link, then the header in reading order.
        var forwards = await TabToAsync(f => f.IsLink("Sign in"), "The Sign in link");
        AssertOrder(forwards.Select(f => f.Text).ToList(), "Skip to content", "Miasto Przykładowe Cooperation with non-governmental organisations", "Polski", "High contrast", "Larger text", "Sign in");
        await FollowAsync(() => Page.Keyboard.PressAsync("Enter"));
        await AssertHeadingAsync("Sign in");

        // 5. The form: Tab to the e-mail field, type, Tab to the password, type, Enter submits.
        await TabToAsync(f => f.Id == "Input_Email", "The e-mail field");
        await TypeAsync(official.Email);
        var password = await PressTabAsync();
        Assert.True(password.Id == "Input_Password", $"Tab after the e-mail field must reach the password, went to {password}.");
        AssertFocusVisible(password);
        await TypeAsync(official.Password);
        await FollowAsync(() => Page.Keyboard.PressAsync("Enter"));
        Assert.StartsWith("/konto/logowanie-2fa", CurrentPath, StringComparison.Ordinal);
        await AssertHeadingAsync("Two-step verification");

        // 6. The code: Tab to the field, type the code from the authenticator, Enter.
        await TabToAsync(f => f.Id == "Input_Code", "The code field");
        await TypeAsync(CurrentTotp(official));
        await FollowAsync(() => Page.Keyboard.PressAsync("Enter"));
        Assert.Equal("/", CurrentPath);

        // 7. The official's menu is reachable by Tab; Enter opens the desk.
        await TabToAsync(f => f.IsLink("Official's desk"), "The Official's desk link");
        await FollowAsync(() => Page.Keyboard.PressAsync("Enter"));
        Assert.Equal("/urzad", CurrentPath);
        await AssertHeadingAsync("Official's desk");
        await AssertLanguageAsync("en");
    }

    [BrowserTheory]
    [InlineData("pl")]
    [InlineData("en")]
    public async Task Administrator_adds_a_department_with_the_keyboard_alone_and_is_led_to_the_missing_name(string language)
    {
        var tenant = await App.DemoTenantAsync();
        var admin = await App.CreateUserAsync(UniqueEmail("admin-klawiatura"), "Kamil Klawiszowy", tenant, TenantRole.TenantAdmin, twoFactor: true);
        var department = $"Wydział Kultury {Guid.NewGuid().ToString("N")[..6]}";
        var departments = Text(language, "Wydziały", "Departments");

        await GoToAsync("/");
        await UseLanguageAsync(language);
        await SignInAsync(admin, returnUrl: "/admin");
        Assert.Equal("/admin", CurrentPath);

        // 1. From the top of the page, Tab reaches the administration menu; Enter opens the departments.
        var toMenu = await TabToAsync(f => f.IsLink(departments), "The Departments link of the administration menu");
        Assert.True(await Page.EvaluateAsync<bool>("() => !!document.activeElement.closest('header nav')"), $"The first {departments} link reached must be the header's administration menu, found {toMenu[^1]}.");
        await FollowAsync(() => Page.Keyboard.PressAsync("Enter"));
        Assert.Equal("/admin/wydzialy", CurrentPath);

        // 2. On to the "add" link in the content.
        await TabToAsync(f => f.IsLink(Text(language, "Dodaj wydział", "Add a department")), "The Add a department link");
        await FollowAsync(() => Page.Keyboard.PressAsync("Enter"));
        Assert.Equal("/admin/wydzialy/nowy", CurrentPath);
        await AssertHeadingAsync(Text(language, "Nowy wydział", "New department"));

        // 3. Submitted empty with Space on the button: the focus lands on the error summary, which is read out first.
        var submit = Text(language, "Dodaj wydział", "Add department");
        await TabToAsync(f => f.Tag == "button" && f.Text == submit, "The submit button");
        await FollowAsync(() => Page.Keyboard.PressAsync("Space"));
        Assert.Equal("/admin/wydzialy/nowy", CurrentPath);
        await AssertErrorSummaryAsync("Input_Name");
        var summary = await FocusedAsync();
        Assert.True(summary is { Tag: "div" } && await Page.EvaluateAsync<bool>("() => document.activeElement.classList.contains('error-summary')"),
            $"After the refused submission the focus must be on the error summary, found {summary?.ToString() ?? "the document body"}.");
        AssertFocusVisible(summary!);

        // 4. Tab reaches the summary's link; Enter moves the focus into the field it names.
        var link = await PressTabAsync();
        Assert.True(link.Tag == "a" && link.Href == "#Input_Name", $"Tab from the error summary must reach its link to the name field, went to {link}.");
        AssertFocusVisible(link);
        await Page.Keyboard.PressAsync("Enter");
        var field = await FocusedAsync();
        Assert.True(field?.Id == "Input_Name", $"The summary's link must move the focus to the name field, found {field?.ToString() ?? "the document body"}.");
        AssertFocusVisible(field!);

        // 5. Type the name and the short name, back up with Shift+Tab to check the name, then submit with Enter.
        await TypeAsync(department);
        var shortName = await PressTabAsync();
        Assert.True(shortName.Id == "Input_ShortName", $"Tab after the name must reach the short name, went to {shortName}.");
        await TypeAsync("WK");
        var back = await PressTabAsync(backwards: true);
        Assert.True(back.Id == "Input_Name", $"Shift+Tab from the short name must return to the name, went to {back}.");
        Assert.Equal(department, await Page.Locator("#Input_Name").InputValueAsync());
        await FollowAsync(() => Page.Keyboard.PressAsync("Enter"));

        Assert.Equal("/admin/wydzialy", CurrentPath);
        await AssertStatusAsync(Text(language, $"Dodano wydział „{department}”.", $"Department “{department}” added."));
        Assert.True(await Page.EvaluateAsync<bool>("() => document.activeElement.matches('.status[role=status]')"), "After the save the focus must be on the status message.");
        var row = await Page.Locator("main table tbody tr").Filter(new Microsoft.Playwright.LocatorFilterOptions { HasText = department }).InnerTextAsync();
        Assert.Contains("WK", row, StringComparison.Ordinal);
        await AssertLanguageAsync(language);
    }

    /// <summary>The texts appear in <paramref name="focusOrder"/> in this relative order (others may come between).</summary>
    private static void AssertOrder(IReadOnlyList<string> focusOrder, params string[] expected)
    {
        var at = 0;
        foreach (var text in focusOrder)
        {
            if (at < expected.Length && text == expected[at]) at++;
        }
        Assert.True(at == expected.Length,
            $"Focus order must pass {string.Join(" → ", expected)} in this order; it went: {string.Join(" → ", focusOrder)}");
    }
}
