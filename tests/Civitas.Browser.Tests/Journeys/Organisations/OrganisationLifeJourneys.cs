using System.Text.RegularExpressions;
using Civitas.Browser.Tests.Infrastructure;
using Civitas.Platform.Identity;
using Civitas.Testing;
using Microsoft.Playwright;

namespace Civitas.Browser.Tests.Journeys.Organisations;

/// <summary>Issue 3, "Done when" 1: an organisation from registration to the public directory and the
/// map. A resident registers it with the form filled from the KRS (the recorded answer of the real
/// register), an official checks it against the KRS and verifies it, the representative invites an
/// editor by e-mail (read from the SMTP catcher), the editor accepts and completes the profile, and
/// anyone finds it in the directory, on its profile page and on the map with its accessible list.</summary>
[Collection(OrganisationsBrowserCollection.Name)]
public sealed partial class OrganisationLifeJourneys(OrganisationsBrowserFixture fixture) : BrowserTest(fixture)
{
    // Two real organisations of ../shared/data/krs, one per language (an organisation is registered
    // once per portal, and both runs share the app). The import journeys leave these two out.
    [BrowserTheory]
    [InlineData("pl", "0000159405", "\"ECHO\" - FUNDACJA POMOCY NIEPEŁNOSPRAWNYM", "Foundation", "SANOK", "49,5557", "22,2058", "7", "niepelnosprawnym", "działalność na rzecz osób niepełnosprawnych")]
    [InlineData("en", "0000431452", "\"MEDIATORZY POLSCY\"", "Association", "RZESZÓW", "50.0413", "21.9990", "1b", "mediatorzy", "free legal aid and legal awareness")]
    public async Task Organisation_is_registered_verified_given_an_editor_who_completes_the_profile_and_appears_in_the_directory_and_on_the_map(
        string language, string krs, string name, string legalForm, string city, string latitude, string longitude, string sphere, string search, string sphereName)
    {
        var tenant = await App.DemoTenantAsync();
        var department = await App.DepartmentAsync(tenant, "Wydział Współpracy z Organizacjami Pozarządowymi");
        var founder = await App.CreateUserAsync(UniqueEmail("zalozycielka"), "Zofia Założycielska");
        var official = await App.CreateUserAsync(UniqueEmail("weryfikacja"), "Urszula Weryfikująca", tenant, TenantRole.Official, department, twoFactor: true);
        var editor = await App.CreateUserAsync(UniqueEmail("redaktor"), "Edward Redaktor");

        // 1. The founder registers the organisation; the KRS button fills the form from the register.
        await GoToAsync("/");
        await UseLanguageAsync(language);
        await SignInAsync(founder);
        await ClickLinkAsync(Text(language, "Moje organizacje", "My organisations"), within: "header");
        await AssertHeadingAsync(Text(language, "Moje organizacje", "My organisations"));
        await ClickLinkAsync(Text(language, "Zarejestruj organizację", "Register an organisation"), within: "main");
        Assert.Equal("/organizacje/nowa", CurrentPath);
        await AssertTitleAsync(Text(language, "Zarejestruj organizację", "Register an organisation"));

        await FillAsync(Text(language, "Numer KRS", "KRS number"), krs);
        await ClickButtonAsync(Text(language, "Pobierz dane z KRS", "Fill in from the KRS"));
        await AssertStatusAsync(Text(language, "Wypełniliśmy formularz danymi z KRS", "We filled the form with data from the KRS"));
        Assert.Equal(name, await Field(Text(language, "Pełna nazwa", "Full name")).InputValueAsync());
        Assert.Equal(legalForm, await Field(Text(language, "Forma prawna", "Legal form")).InputValueAsync());
        Assert.Equal(city, await Field(Text(language, "Miejscowość", "Town or village")).InputValueAsync());
        Assert.True(await Field(Text(language, "Ma status organizacji pożytku publicznego (OPP)", "Holds public-benefit organisation status (OPP)")).IsCheckedAsync(), "Both organisations have the OPP status in the KRS.");

        // What the register does not know: the sphere of activity and the location (typed, as without the map).
        await Page.Locator($"[id='Input_Spheres_{sphere}']").CheckAsync();
        await FillAsync(Text(language, "Szerokość geograficzna", "Latitude"), latitude);
        await FillAsync(Text(language, "Długość geograficzna", "Longitude"), longitude);
        await ClickButtonAsync(Text(language, "Zarejestruj organizację", "Register the organisation"));
        Assert.Matches(ProfileEditPath(), CurrentPath);
        var organisationId = ProfileEditPath().Match(CurrentPath).Groups[1].Value;
        await AssertStatusAsync(Text(language, $"Zarejestrowano organizację „{name}”.", $"The organisation “{name}” is registered."));
        await SignOutAsync(language);

        // 2. An official finds it among those waiting, compares it with the KRS and verifies it.
        await SignInAsync(official);
        await ClickLinkAsync(Text(language, "Organizacje", "Organisations"), within: ".work-nav");
        await AssertHeadingAsync(Text(language, "Organizacje w samorządzie", "Organisations of this local government"));
        await ClickLinkAsync(Text(language, "Do weryfikacji", "To verify"), within: "main");
        await ClickLinkAsync(name, within: "main table");
        Assert.Equal($"/urzad/organizacje/{organisationId}", CurrentPath);
        await ClickButtonAsync(Text(language, "Sprawdź w KRS", "Check in the KRS"));
        var comparison = await Page.Locator("main table.compare").InnerTextAsync();
        Assert.Contains(name, comparison, StringComparison.Ordinal);
        await ClickButtonAsync(Text(language, "Zweryfikuj na podstawie odpisu z KRS", "Verify from the KRS extract"));
        await AssertStatusAsync(Text(language, "Organizacja została zweryfikowana.", "The organisation is verified."));
        Assert.Contains(Text(language, "Zweryfikowana przez urząd", "Verified by the office"), await Page.Locator("main .status-line").InnerTextAsync(), StringComparison.Ordinal);
        await SignOutAsync(language);

        // 3. The representative invites an editor.
        await SignInAsync(founder);
        await ClickLinkAsync(Text(language, "Moje organizacje", "My organisations"), within: "header");
        var row = Page.Locator("main table tbody tr").Filter(new LocatorFilterOptions { HasText = name });
        Assert.Contains(Text(language, "Zweryfikowana przez urząd", "Verified by the office"), await row.InnerTextAsync(), StringComparison.Ordinal);
        await FollowAsync(() => row.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = Text(language, "Osoby", "People"), Exact = true }).ClickAsync());
        await AssertHeadingAsync(Text(language, $"Osoby w organizacji: {name}", $"People in the organisation: {name}"));
        await FillAsync(Text(language, "Adres e-mail", "E-mail address"), editor.Email);
        await Field(Text(language, "Rola", "Role")).SelectOptionAsync("Editor");
        await SubmitAsync(Text(language, "Wyślij zaproszenie", "Send the invitation"));
        await AssertStatusAsync(Text(language, $"Wysłaliśmy zaproszenie na adres {editor.Email}.", $"We sent an invitation to {editor.Email}."));
        Assert.Contains(editor.Email, await Page.Locator("main section[aria-labelledby='invite-title'] ul").InnerTextAsync(), StringComparison.Ordinal);
        await SignOutAsync(language);

        // 4. The editor opens the link of the e-mail, signs in, accepts, and completes the profile.
        var mail = await WaitForMailAsync(editor.Email);
        Assert.Equal($"Zaproszenie do organizacji „{name}” / Invitation to “{name}”", mail.Subject);
        Assert.Contains(Text(language, "w roli: Redaktor", "as: Editor"), mail.Text, StringComparison.Ordinal);
        await OpenLinkFromMailAsync(mail, "/moje-organizacje/zaproszenie/");
        Assert.StartsWith("/konto/logowanie?returnurl=%2fmoje-organizacje%2fzaproszenie%2f", CurrentPath, StringComparison.OrdinalIgnoreCase);
        await FillAsync(Text(language, "Adres e-mail", "E-mail address"), editor.Email);
        await FillAsync(Text(language, "Hasło", "Password"), editor.Password);
        await SubmitAsync(Text(language, "Zaloguj się", "Sign in"));
        Assert.StartsWith("/moje-organizacje/zaproszenie/", CurrentPath, StringComparison.Ordinal);
        await AssertHeadingAsync(Text(language, "Zaproszenie do organizacji", "Invitation to an organisation"));
        await AssertVisibleTextAsync(Text(language, $"Organizacja „{name}” zaprasza Cię do działania na portalu w roli: Redaktor.", $"The organisation “{name}” invites you to act on the portal as: Editor."));
        await SubmitAsync(Text(language, "Przyjmij zaproszenie", "Accept the invitation"));
        Assert.Equal("/moje-organizacje", CurrentPath);
        await AssertStatusAsync(Text(language, "Przyjęto zaproszenie.", "The invitation is accepted."));
        await ClickLinkAsync(Text(language, "Edytuj profil", "Edit profile"), within: "main table");
        Assert.Equal($"/moje-organizacje/{organisationId}/profil", CurrentPath);
        await FillAsync(Text(language, "Opis działalności", "Description of activities"),
            Text(language, "Prowadzimy **warsztaty dla mieszkańców** i doradztwo.", "We run **workshops for residents** and give advice."));
        await FillAsync(Text(language, "Strona internetowa", "Website"), "organizacja-z-krs.pl");
        await SubmitAsync(Text(language, "Zapisz", "Save"));
        await AssertStatusAsync(Text(language, "Zapisano profil organizacji.", "The organisation's profile is saved."));
        await SignOutAsync(language);

        // 5. Anyone finds it in the directory (searching without Polish letters), on its profile and on the map.
        await ClickLinkAsync(Text(language, "Organizacje", "Organisations"), within: "header");
        Assert.Equal("/organizacje", CurrentPath);
        await FillAsync(Text(language, "Szukaj", "Search"), search);
        await Field(Text(language, "Tylko zweryfikowane przez urząd", "Only verified by the office")).CheckAsync();
        await SubmitAsync(Text(language, "Szukaj", "Search"));
        await AssertVisibleTextAsync(Text(language, "Znaleziono organizacji: 1", "Organisations found: 1"));
        var entry = Page.Locator("main .org-list > li");
        Assert.Equal(1, await entry.CountAsync());
        var listed = await entry.InnerTextAsync();
        Assert.Contains(Text(language, "Zweryfikowana przez urząd", "Verified by the office"), listed, StringComparison.Ordinal);
        Assert.Contains(sphereName, listed, StringComparison.Ordinal);

        await ClickLinkAsync(Text(language, "Pokaż te organizacje na mapie", "Show these organisations on the map"), within: "main");
        Assert.StartsWith("/mapa?", CurrentPath, StringComparison.Ordinal);
        Assert.Contains(name, await Page.Locator("main section[aria-labelledby='map-list'] .org-list").InnerTextAsync(), StringComparison.Ordinal);
        // The map itself (drawn by script, without tiles): one marker, announced in the status line,
        // reached with Tab and opened with Enter; its pop-up names the organisation and links to its profile.
        var mapStatus = Page.Locator("[data-map-status]");
        await Assertions.Expect(mapStatus).ToHaveTextAsync(Text(language, "Na mapie: 1 organizacji.", "On the map: 1 organisations."));
        Assert.Equal(Text(language, "Przybliż mapę", "Zoom in"), await Page.Locator(".leaflet-control-zoom-in").GetAttributeAsync("aria-label"));
        var marker = Page.Locator(".leaflet-marker-icon");
        await Assertions.Expect(marker).ToHaveCountAsync(1);
        await TabToAsync(f => f.Tag == "img", "The organisation's marker on the map");
        Assert.True(await marker.EvaluateAsync<bool>("m => m === document.activeElement"), "The image focused must be the marker.");
        await Page.Keyboard.PressAsync("Enter");
        var popupLink = Page.Locator(".leaflet-popup-content a");
        await Assertions.Expect(popupLink).ToHaveTextAsync(name);
        Assert.True(await popupLink.EvaluateAsync<bool>("a => a === document.activeElement"), "The pop-up's link must take the focus, so the keyboard continues there.");
        // axe checks the pop-up as a person sees it: after Leaflet's fade-in, not half-transparent.
        await Page.WaitForFunctionAsync("() => getComputedStyle(document.querySelector('.leaflet-popup')).opacity === '1'");
        await CheckPageAsync();
        await FollowAsync(() => popupLink.ClickAsync());
        Assert.Matches(@"^/organizacje/[a-z0-9-]+$", CurrentPath);
        await AssertHeadingAsync(name);
        await AssertTitleAsync(name);
        Assert.Equal(Text(language, "warsztaty dla mieszkańców", "workshops for residents"), await Page.Locator("main .description strong").InnerTextAsync());
        Assert.Equal("https://organizacja-z-krs.pl", await Page.Locator("main a[href^='https://organizacja-z-krs.pl']").GetAttributeAsync("href"));
        Assert.Contains(Text(language, "Zweryfikowana przez urząd", "Verified by the office"), await Page.Locator("main .status-line").InnerTextAsync(), StringComparison.Ordinal);
        await AssertLanguageAsync(language);
    }

    private Task<IResponse> SignOutAsync(string language)
        => FollowAsync(() => Page.Locator("header").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = Text(language, "Wyloguj", "Sign out"), Exact = true }).ClickAsync());

    [GeneratedRegex(@"^/moje-organizacje/([0-9a-f-]{36})/profil$")]
    private static partial Regex ProfileEditPath();
}
