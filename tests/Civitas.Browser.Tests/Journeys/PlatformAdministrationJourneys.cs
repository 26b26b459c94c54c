using Civitas.Browser.Tests.Infrastructure;
using Civitas.Testing;
using Microsoft.Playwright;

namespace Civitas.Browser.Tests.Journeys;

/// <summary>The platform administrator adds a local government to the installation and manages the
/// host names its portal answers on.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PlatformAdministrationJourneys(BrowserFixture fixture) : BrowserTest(fixture)
{
    [BrowserTheory]
    [InlineData("pl")]
    [InlineData("en")]
    public async Task Platform_administrator_creates_a_local_government_with_a_host_name_and_adds_another(string language)
    {
        var operatorAccount = await App.CreateUserAsync(UniqueEmail("operator"), "Olgierd Operator", platformAdmin: true, twoFactor: true);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var name = $"Gmina Zielony Gaj {suffix}";
        var slug = $"zielony-gaj-{suffix}";
        var host = $"ngo.zielony-gaj-{suffix}.example";
        var secondHost = $"www.zielony-gaj-{suffix}.example";

        await GoToAsync("/");
        await UseLanguageAsync(language);
        await SignInAsync(operatorAccount, returnUrl: "/platforma/jst");
        Assert.Equal("/platforma/jst", CurrentPath);
        await AssertHeadingAsync(Text(language, "Jednostki samorządu terytorialnego", "Local government units"));
        await AssertTitleAsync(Text(language, "Jednostki samorządu terytorialnego", "Local government units"));
        Assert.Contains("localhost", await Page.Locator("main table").InnerTextAsync(), StringComparison.Ordinal);

        await ClickLinkAsync(Text(language, "Dodaj jednostkę", "Add an authority"), within: "main");
        Assert.Equal("/platforma/jst/nowa", CurrentPath);
        await AssertHeadingAsync(Text(language, "Nowa jednostka samorządu", "New local government unit"));
        await FillAsync(Text(language, "Nazwa jednostki", "Name of the authority"), name);
        await FillAsync(Text(language, "Identyfikator", "Identifier"), slug);
        await Field(Text(language, "Rodzaj jednostki", "Kind of authority")).SelectOptionAsync(new SelectOptionValue { Label = Text(language, "Gmina", "Municipality (gmina)") });
        await Field(Text(language, "Rodzaj gminy", "Type of municipality")).SelectOptionAsync(new SelectOptionValue { Label = Text(language, "Gmina wiejska", "Rural municipality") });
        await FillAsync(Text(language, "Kod TERYT", "TERYT code"), "1206052");
        // A host name of another portal (the demo's) is refused, and names its owner.
        await FillAsync(Text(language, "Adresy portalu (nazwy hostów)", "Portal addresses (host names)"), host + "\nlocalhost");
        await SubmitAsync(Text(language, "Utwórz jednostkę", "Create authority"));
        Assert.Equal("/platforma/jst/nowa", CurrentPath);
        await AssertErrorSummaryAsync("Input_Hosts");
        await AssertFieldErrorAsync("Input_Hosts", "localhost");
        await AssertFieldErrorAsync("Input_Hosts", "Miasto Przykładowe");
        Assert.Equal(name, await Page.Locator("#Input_Name").InputValueAsync());
        Assert.Equal(slug, await Page.Locator("#Input_Slug").InputValueAsync());
        Assert.Equal("1206052", await Page.Locator("#Input_TerytCode").InputValueAsync());

        await FillAsync(Text(language, "Adresy portalu (nazwy hostów)", "Portal addresses (host names)"), host);
        await SubmitAsync(Text(language, "Utwórz jednostkę", "Create authority"));
        Assert.Matches("^/platforma/jst/[0-9a-f-]{36}$", CurrentPath);
        var editPath = CurrentPath;
        await AssertHeadingAsync(name);
        await AssertStatusAsync(Text(language, $"Utworzono jednostkę „{name}” wraz z parametrami prawnymi.", $"Authority “{name}” created with its legal parameters."));
        Assert.Equal(host, await Field(Text(language, "Adresy portalu (nazwy hostów)", "Portal addresses (host names)")).InputValueAsync());

        await ClickLinkAsync(Text(language, "← Wróć do listy jednostek", "← Back to authorities"), within: "main");
        Assert.Equal("/platforma/jst", CurrentPath);
        var row = Page.Locator("main table tbody tr").Filter(new LocatorFilterOptions { HasText = name });
        var rowText = await row.InnerTextAsync();
        Assert.Contains(slug, rowText, StringComparison.Ordinal);
        Assert.Contains(host, rowText, StringComparison.Ordinal);
        Assert.Contains("1206052", rowText, StringComparison.Ordinal);
        Assert.Contains(Text(language, "aktywna", "active"), rowText, StringComparison.Ordinal);

        // Another host name for the same portal.
        await FollowAsync(() => row.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = name, Exact = true }).ClickAsync());
        Assert.Equal(editPath, CurrentPath);
        await FillAsync(Text(language, "Adresy portalu (nazwy hostów)", "Portal addresses (host names)"), host + "\n" + secondHost.ToUpperInvariant());
        await SubmitAsync(Text(language, "Zapisz adresy", "Save addresses"));
        Assert.Equal(editPath, CurrentPath);
        await AssertStatusAsync(Text(language, $"Zapisano adresy portalu jednostki „{name}”.", $"Portal addresses of “{name}” saved."));
        // Stored as host names are compared: lower case, one per line.
        Assert.Equal(host + "\n" + secondHost, await Field(Text(language, "Adresy portalu (nazwy hostów)", "Portal addresses (host names)")).InputValueAsync());

        await ClickLinkAsync(Text(language, "← Wróć do listy jednostek", "← Back to authorities"), within: "main");
        var hosts = await Page.Locator("main table tbody tr").Filter(new LocatorFilterOptions { HasText = name }).Locator("td ul li").AllInnerTextsAsync();
        Assert.Equal([host, secondHost], hosts);
        await AssertLanguageAsync(language);
    }
}
