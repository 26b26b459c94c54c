using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Civitas.Browser.Tests.Infrastructure;
using Civitas.Organisations.Contracts;
using Civitas.Platform.Calendar;
using Civitas.Platform.Identity;
using Civitas.Platform.Tenancy;
using Civitas.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Civitas.Browser.Tests.Journeys.Grants;

/// <summary>
/// Issue 4, "Done when" 1 (first part), the browser story of an open competition (art. 11–18 UDPP): an
/// official announces a competition through the announcement form; the representative of a demo
/// organisation (Maria Przedstawicielska, Klub Żeglarski „Łódź”) starts a JOINT offer with the sports club
/// „Przykładowia”, fills every part of the 2018 template, watches the live sums change while typing the
/// costs (htmx, no page load), submits, reads the confirmation number and downloads the PDF; the clock passes
/// the offer deadline and the scheduled job opens the formal check; the official asks for a correction of
/// V.A; the organisation corrects that part and submits the corrected version; the official accepts it. Then
/// (GrantsStoryResults.cs) the committee is composed, its members sign the impartiality declaration (one is
/// refused the offer for a declared conflict) and score it, the sheet ranks it, the meeting is closed and the
/// protocol downloaded, the decision is recorded from the proposal and the results are published: on the
/// competition page, in the register's Atom feed and in the JSON API.
/// Polish and English; axe on every page; in the English run the offer is edited and submitted with the
/// keyboard alone. One method per stage.
/// </summary>
[Collection(GrantsStoryCollection.Name)]
public sealed partial class GrantsStoryJourneys(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string SailingClub = "Klub Żeglarski „Łódź” w Mieście Przykładowym";
    private const string SportsClubKrs = "0000900018";
    private const string SportsClub = "Klub Sportowy „Przykładowia”";
    private const string OfferTitle = "Żagle i boisko — zajęcia sportowe dla dzieci z osiedla Północ";

    /// <summary>What the stages pass on to each other.</summary>
    private sealed partial class Story
    {
        public required string Language { get; init; }
        public required TestUser Official { get; init; }
        public required TestUser Representative { get; init; }
        public required DateOnly Today { get; init; }
        public Guid Competition { get; set; }
        public DateOnly DeadlineDay { get; set; }
        public Guid Offer { get; set; }
        public string Confirmation { get; set; } = "";
        public DateOnly TaskStart { get; set; }
        public DateOnly TaskEnd { get; set; }
    }

    [BrowserTheory]
    [InlineData("pl")]
    [InlineData("en")]
    public async Task Official_announces_organisations_submit_a_joint_offer_the_committee_scores_it_and_the_results_are_published(string language)
    {
        var story = await ArrangeAsync(language);
        await OfficialAnnouncesTheCompetitionAsync(story);
        // The English run edits and submits the offer with the keyboard alone.
        await RepresentativeSubmitsAJointOfferAsync(story, keyboardOnly: language == "en");
        await OfferDeadlinePassesAsync(story);
        await OfficialRequestsACorrectionAsync(story);
        await OrganisationCorrectsTheRequestedPartAsync(story);
        await OfficialAcceptsTheCorrectedOfferAsync(story);
        await OfficialComposesTheCommitteeAndStartsTheEvaluationAsync(story);
        await MembersDeclareImpartialityAndScoreAsync(story);
        await ChairProposesRecordsTheMeetingAndTakesTheProtocolAsync(story);
        await OfficialDecidesAndPublishesTheResultsAsync(story);
        await ResultsArePublicAsync(story);
    }

    private async Task<Story> ArrangeAsync(string language)
    {
        var tenant = await App.DemoTenantAsync();
        var department = await App.DepartmentAsync(tenant, "Wydział Sportu i Rekreacji");
        var official = await App.CreateUserAsync(UniqueEmail("konkursy"), "Krystyna Konkursowa", tenant, TenantRole.Official, department, twoFactor: true);
        var password = App.Services.GetRequiredService<IOptions<DemoOptions>>().Value.Password;
        var representative = new TestUser(Guid.Empty, "przedstawicielka@miasto-przykladowe.example", "Maria Przedstawicielska", password, null);
        return new Story { Language = language, Official = official, Representative = representative, Today = WarsawTime.DateOf(App.Clock.GetUtcNow()) };
    }

    private string T(Story s, string polish, string english) => Text(s.Language, polish, english);

    // ---- Stage 1: the announcement ---------------------------------------------------------

    private async Task OfficialAnnouncesTheCompetitionAsync(Story s)
    {
        await GoToAsync("/");
        await UseLanguageAsync(s.Language);
        await SignInAsync(s.Official, "/urzad/konkursy/nowy");
        await AssertHeadingAsync(T(s, "Nowy konkurs", "New competition"));
        await TypeIntoAsync("Input_Title", "Sport i żeglarstwo dla dzieci — zajęcia całoroczne");
        await PressAsync("button[type=submit]");
        s.Competition = Guid.Parse(Regex.Match(CurrentPath, "/urzad/konkursy/([0-9a-f-]{36})/ogloszenie").Groups[1].Value);

        // Rows are added with submit buttons (no JavaScript needed): a task, a criterion, two checklist items.
        await PressAsync("button[value='add-task']");
        await PressAsync("button[value='add-criterion']");
        await PressAsync("button[value='add-checklist']");
        await PressAsync("button[value='add-checklist']");

        var from = s.Today.AddDays(40);
        var to = new DateOnly(from.Year, 12, 31);
        s.DeadlineDay = s.Today.AddDays(22);
        s.TaskStart = from;
        s.TaskEnd = from.AddDays(60) is var e && e <= to ? e : to;
        await TypeIntoAsync("Input_Tasks_0__Title", "Całoroczne zajęcia sportowe dla dzieci i młodzieży");
        await ChooseAsync("Input_Tasks_0__SphereCode", "17");
        await TypeIntoAsync("Input_Tasks_0__Funds", "50 000");
        await TypeIntoAsync("Input_GrantRules", "Dotacje przyznaje Prezydent Miasta w formie wsparcia realizacji zadania (art. 11 ust. 1 pkt 1 ustawy).");
        await TypeIntoAsync("Input_MinOwnContributionPercent", "10");
        await TypeIntoAsync("Input_MaxAdminCostPercent", "10");
        await TypeIntoAsync("Input_MaxGrantPerOffer", "20 000");
        await DateAsync("Input_EligibleCostsFrom", from);
        await DateAsync("Input_EligibleCostsTo", to);
        await TickAsync("Input_JointOffersAllowed");
        await TickAsync("form-" + ((int)OrganisationLegalForm.SportsClub).ToString(CultureInfo.InvariantCulture));
        await TickAsync("form-" + ((int)OrganisationLegalForm.Association).ToString(CultureInfo.InvariantCulture));
        await TypeIntoAsync("Input_ChecklistItems_0_", "Oferta złożona w terminie przez podmiot uprawniony");
        await TypeIntoAsync("Input_ChecklistItems_1_", "Kalkulacja kosztów kompletna i spójna z harmonogramem");
        await DateAsync("Input_ImplementationFrom", from);
        await DateAsync("Input_ImplementationTo", to);
        await TypeIntoAsync("Input_ImplementationConditions", "Zajęcia prowadzą osoby z uprawnieniami trenera lub instruktora.");
        await DateAsync("Input_DeadlineDate", s.DeadlineDay);
        await TypeIntoAsync("Input_DeadlineTime", "12:00");
        await DateAsync("Input_BipPublishedOn", s.Today);
        await DateAsync("Input_NoticeBoardPublishedOn", s.Today);
        await DateAsync("Input_WebsitePublishedOn", s.Today);
        await TypeIntoAsync("Input_SelectionProcedure", "Oferty ocenia komisja konkursowa (art. 15 ust. 2a ustawy).");
        await DateAsync("Input_SelectionDate", s.DeadlineDay.AddDays(14));
        await TypeIntoAsync("Input_Criteria_0__Name", "Możliwość realizacji zadania przez oferenta");
        await TypeIntoAsync("Input_Criteria_0__MaxPoints", "10");
        await PressAsync("button[formaction='?handler=Announce']");
        await AssertStatusAsync(T(s, "Konkurs ogłoszono.", "The competition has been announced."));
        await SignOutAsync();
    }

    // ---- Stage 2: the joint offer ------------------------------------------------------------

    private async Task RepresentativeSubmitsAJointOfferAsync(Story s, bool keyboardOnly)
    {
        await SignInAsync(s.Representative, $"/konkursy/{s.Competition}/nowa-oferta");
        KeyboardOnly = keyboardOnly;
        try
        {
            var lead = Page.Locator("main input[name='Input.OrganisationId']");
            var ids = await lead.EvaluateAllAsync<string[]>("rs => rs.map(r => r.id)");
            var sailingId = await Page.Locator("main label", new PageLocatorOptions { HasText = SailingClub }).GetAttributeAsync("for");
            await TickAsync(sailingId!, ids[0]);
            await TickAsync("Input_TaskId", "Input_TaskId");
            await PressAsync("button[type=submit]:not([formaction])");
            s.Offer = Guid.Parse(Regex.Match(CurrentPath, "/oferty/([0-9a-f-]{36})").Groups[1].Value);

            // II: the partner found by its KRS number, the contact person.
            await TypeIntoAsync("PartnerKrs", SportsClubKrs);
            await PressAsync("button[formaction*='handler=AddPartner']");
            Assert.Contains(SportsClub, await Page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
            await TypeIntoAsync("Offerors_ContactName", "Anna Nowak");
            await TypeIntoAsync("Offerors_ContactPhone", "+48 600 100 200");
            await TypeIntoAsync("Offerors_ContactEmail", "anna.nowak@klub-lodz.example");
            await SaveSectionAsync(s, "II");

            // III: the task, two actions (one per offeror), the results.
            await OpenAsync($"/oferty/{s.Offer}?sekcja=III");
            await PressAsync("button[formaction*='handler=AddRow&list=actions']");
            await PressAsync("button[formaction*='handler=AddRow&list=actions']");
            await TypeIntoAsync("Description_Title", OfferTitle);
            await DateAsync("Description_StartDate", s.TaskStart);
            await DateAsync("Description_EndDate", s.TaskEnd);
            await TypeIntoAsync("Description_Summary", "Klub Żeglarski prowadzi zajęcia na zalewie, Klub Sportowy „Przykładowia” treningi w hali; 60 dzieci w wieku 9–14 lat.");
            await TypeIntoAsync("Description_Actions_0__Name", "Zajęcia żeglarskie");
            await TypeIntoAsync("Description_Actions_0__Description", "Dwa razy w tygodniu z instruktorem");
            await TypeIntoAsync("Description_Actions_0__TargetGroup", "dzieci 9–14 lat");
            await TypeIntoAsync("Description_Actions_0__PlannedPeriod", "cały okres zadania");
            await ChooseAsync("Description_Actions_0__OfferorId", "Klub Żeglarski");
            await TypeIntoAsync("Description_Actions_1__Name", "Treningi piłki ręcznej");
            await TypeIntoAsync("Description_Actions_1__Description", "Trzy razy w tygodniu w hali sportowej");
            await TypeIntoAsync("Description_Actions_1__TargetGroup", "dzieci 9–14 lat");
            await TypeIntoAsync("Description_Actions_1__PlannedPeriod", "cały okres zadania");
            await ChooseAsync("Description_Actions_1__OfferorId", "Klub Sportowy");
            await TypeIntoAsync("Description_ResultsNarrative", "60 dzieci regularnie uprawia sport; 20 dołącza do sekcji klubowych.");
            await SaveSectionAsync(s, "III");

            // IV: the offerors' profile.
            await OpenAsync($"/oferty/{s.Offer}?sekcja=IV");
            await TypeIntoAsync("Profile_PreviousActivity", "Oba kluby od lat szkolą dzieci i młodzież z Miasta Przykładowego.");
            await TypeIntoAsync("Profile_Resources", "Przystań z 12 łodziami, hala sportowa, czterech trenerów.");
            await SaveSectionAsync(s, "IV");

            // V.A: the cost lines; the sums follow the typing without a page load.
            await OpenAsync($"/oferty/{s.Offer}?sekcja=VA");
            await PressAsync("button[formaction*='handler=AddRow&list=lines']");
            await PressAsync("button[formaction*='handler=AddRow&list=lines']");
            await PressAsync("button[formaction*='handler=AddRow&list=admin']");
            await Page.EvaluateAsync("() => { window.storyPageMarker = 'same page'; }");
            await TypeIntoAsync("Costs_Lines_0__Name", "Wynagrodzenie instruktorów żeglarstwa");
            await TypeIntoAsync("Costs_Lines_0__Unit", "godz.");
            await TypeIntoAsync("Costs_Lines_0__UnitCost", "75");
            await TypeLiveAsync("Costs_Lines_0__Quantity", "80");
            await AssertSumsAsync(s, Money(s, 6_000m));
            await ChooseAsync("Costs_Lines_1__ActionNumber", "2");
            await TypeIntoAsync("Costs_Lines_1__Name", "Wynagrodzenie trenerów");
            await TypeIntoAsync("Costs_Lines_1__Unit", "godz.");
            await TypeIntoAsync("Costs_Lines_1__UnitCost", "70");
            await TypeLiveAsync("Costs_Lines_1__Quantity", "100");
            await AssertSumsAsync(s, Money(s, 13_000m));
            await TypeIntoAsync("Costs_Lines_2__Name", "Koordynacja i księgowość");
            await TypeIntoAsync("Costs_Lines_2__Unit", "mies.");
            await TypeIntoAsync("Costs_Lines_2__UnitCost", "400");
            await TypeLiveAsync("Costs_Lines_2__Quantity", "3");
            await AssertSumsAsync(s, Money(s, 14_200m));
            Assert.Equal("same page", await Page.EvaluateAsync<string>("() => window.storyPageMarker"));
            await CheckPageAsync();
            await SaveSectionAsync(s, "V.A");

            // V.B: the sources.
            await OpenAsync($"/oferty/{s.Offer}?sekcja=VB");
            await TypeIntoAsync("Sources_Grant", "12000");
            await TypeIntoAsync("Sources_OwnFinancial", "1000");
            await TypeIntoAsync("Sources_BeneficiaryFees", "0");
            await TypeIntoAsync("Sources_NonFinancialPersonal", "1200");
            await TypeIntoAsync("Sources_NonFinancialInKind", "0");
            await SaveSectionAsync(s, "V.B");

            // V.C: the split between the offerors (lead first).
            await OpenAsync($"/oferty/{s.Offer}?sekcja=VC");
            await TypeIntoAsync("Split_Rows_0__Amount", "6600");
            await TypeIntoAsync("Split_Rows_1__Amount", "7600");
            await SaveSectionAsync(s, "V.C");

            // VI: unpaid activity, who does what.
            await OpenAsync($"/oferty/{s.Offer}?sekcja=VI");
            await TickAsync("Other_PaidMode", "Other_PaidMode");
            await TypeIntoAsync("Other_DivisionOfWork", "Klub Żeglarski „Łódź” koordynuje zadanie i prowadzi zajęcia żeglarskie; Klub Sportowy „Przykładowia” prowadzi treningi w hali.");
            await SaveSectionAsync(s, "VI");

            // VII: the statements.
            await OpenAsync($"/oferty/{s.Offer}?sekcja=VII");
            await TickAsync("Statements_WithinStatutoryActivity");
            await TickAsync("Statements_FeesOnlyInPaidActivity");
            await TickAsync("Statements_TaxArrears", "Statements_TaxArrears");
            await TickAsync("Statements_SocialSecurityArrears", "Statements_SocialSecurityArrears");
            await TickAsync("Statements_DataMatchRegister");
            await TickAsync("Statements_InformationTrue");
            await TickAsync("Statements_DataSubjectsInformed");
            await SaveSectionAsync(s, "VII");

            // The summary: every part complete, the confirmation ticked, submitted.
            await OpenAsync($"/oferty/{s.Offer}/podsumowanie");
            await TickAsync("Input_Confirm");
            await PressAsync("button[type=submit]");
        }
        finally
        {
            KeyboardOnly = false;
        }

        Assert.EndsWith("/potwierdzenie", new Uri(Page.Url).AbsolutePath, StringComparison.Ordinal);
        s.Confirmation = (await Page.Locator("main .confirmation-number").InnerTextAsync()).Trim();
        Assert.Matches("^OF-[0-9]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$", s.Confirmation);
        var offerors = await Page.Locator("main dl.facts").InnerTextAsync();
        Assert.Contains(SailingClub, offerors, StringComparison.Ordinal);
        Assert.Contains(SportsClub, offerors, StringComparison.Ordinal);
        Assert.Matches("([0-9a-f]{4,} ?){8,}", await Page.Locator("main code.checksum").InnerTextAsync());

        var pdf = await DownloadAsync(() => Page.Locator($"main a[href='/oferty/{s.Offer}/pdf']").ClickAsync());
        var path = await pdf.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        var text = await PdfTextAsync(path);
        Assert.Contains(OfferTitle, text, StringComparison.Ordinal);
        Assert.Contains(s.Confirmation, text, StringComparison.Ordinal);
        await SignOutAsync();
    }

    // ---- Stage 3: the deadline --------------------------------------------------------------

    private async Task OfferDeadlinePassesAsync(Story s)
    {
        App.Clock.Set(WarsawTime.ToUtc(s.DeadlineDay, new TimeOnly(12, 5)));
        // The scheduler's job closes the offer period: the official finds the competition in the formal check.
        await App.RunScheduledJobsAsync();
    }

    // ---- Stage 4: the formal check asks for a correction -------------------------------------

    private async Task OfficialRequestsACorrectionAsync(Story s)
    {
        await SignInAsync(s.Official, $"/urzad/konkursy/{s.Competition}");
        Assert.Contains(T(s, "ocena formalna", "formal check"), await Page.Locator("main .status-line").InnerTextAsync(), StringComparison.Ordinal);
        await OpenAsync($"/urzad/konkursy/{s.Competition}/oferty");
        var row = Page.Locator("main tbody tr", new PageLocatorOptions { HasText = s.Confirmation });
        Assert.Contains(SportsClub, await row.InnerTextAsync(), StringComparison.Ordinal);
        await FollowAsync(() => row.Locator($"a[href='/urzad/konkursy/{s.Competition}/ocena-formalna/{s.Offer}']").ClickAsync());
        await TickAsync("Input_Items_0__Met");
        await TickAsync("Input_Items_1__Met_no");
        await Page.Locator("main input[name='Input.Outcome'][value='CorrectionRequested']").CheckAsync();
        await Page.Locator("main input[name='Input.Sections'][value='Costs']").CheckAsync();
        await TypeIntoAsync("Input_Reasons", "W części V.A brakuje kosztu wynajmu hali sportowej, w której odbywają się treningi (działanie 2).");
        await PressAsync("button[type=submit]");
        var listed = await Page.Locator("main tbody tr", new PageLocatorOptions { HasText = s.Confirmation }).InnerTextAsync();
        Assert.Contains(T(s, "Wezwanie do uzupełnienia braków", "Correction requested"), listed, StringComparison.Ordinal);
        await SignOutAsync();
    }

    // ---- Stage 5: the organisation corrects V.A ------------------------------------------------

    private async Task OrganisationCorrectsTheRequestedPartAsync(Story s)
    {
        await SignInAsync(s.Representative, $"/oferty/{s.Offer}?sekcja=VA");
        Assert.Contains("wynajmu hali sportowej", await Page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        // The hall is paid from the trainers' line: its hours become the hall's, the totals stay the same.
        await TypeIntoAsync("Costs_Lines_1__Name", "Wynagrodzenie trenerów wraz z wynajmem hali sportowej");
        await TypeIntoAsync("Costs_Lines_1__Unit", "godz. zajęć w hali");
        await SaveSectionAsync(s, "V.A");
        await GoToAsync($"/oferty/{s.Offer}/podsumowanie");
        await TickAsync("Input_Confirm");
        await PressAsync("button[type=submit]");
        Assert.Contains(T(s, "korekta po wezwaniu", "correction after a request"), await Page.Locator("main dl.facts").InnerTextAsync(), StringComparison.Ordinal);
        s.Confirmation = (await Page.Locator("main .confirmation-number").InnerTextAsync()).Trim();
        await SignOutAsync();
    }

    // ---- Stage 6: the office accepts the corrected offer ----------------------------------------

    private async Task OfficialAcceptsTheCorrectedOfferAsync(Story s)
    {
        await SignInAsync(s.Official, $"/urzad/konkursy/{s.Competition}/ocena-formalna/{s.Offer}");
        Assert.Contains("Wynagrodzenie trenerów wraz z wynajmem hali sportowej", await PdfOfReviewedOfferAsync(s), StringComparison.Ordinal);
        await TickAsync("Input_Items_0__Met");
        await TickAsync("Input_Items_1__Met");
        await TickAsync("Input_Outcome");
        await PressAsync("button[type=submit]");
        var listed = await Page.Locator("main tbody tr", new PageLocatorOptions { HasText = s.Confirmation }).InnerTextAsync();
        Assert.Contains(T(s, "Spełnia wymogi formalne", "Formally correct"), listed, StringComparison.Ordinal);
    }

    private async Task<string> PdfOfReviewedOfferAsync(Story s)
    {
        var pdf = await DownloadAsync(() => Page.Locator($"main a[href='/urzad/konkursy/{s.Competition}/oferty/{s.Offer}/pdf']").First.ClickAsync());
        return await PdfTextAsync(await pdf.PathAsync());
    }

    // ---- Helpers ---------------------------------------------------------------------------------

    private async Task SignOutAsync()
        => await FollowAsync(() => Page.Locator("header form[action='/konto/wyloguj'] button").ClickAsync());

    /// <summary>Saves the part shown and checks the page says so.</summary>
    private async Task SaveSectionAsync(Story s, string number)
    {
        const string save = "button.button[type=submit]:not([formaction])";
        if (KeyboardOnly)
        {
            // Tab to the button (leaving the last field fires its change), let the autosave settle, press Enter.
            await TabToButtonAsync(save);
            await WaitForAutosaveToSettleAsync();
            await FollowAsync(() => Page.Keyboard.PressAsync("Enter"));
        }
        else
        {
            await Page.EvaluateAsync("() => document.activeElement && document.activeElement.blur && document.activeElement.blur()");
            await WaitForAutosaveToSettleAsync();
            await PressAsync(save);
        }
        Assert.Contains(T(s, $"Zapisano część {number} oferty.", $"Part {number} of the offer saved."), await Page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    /// <summary>Types into a field of the costs one key at a time, so the live sums (htmx, on input) follow.</summary>
    private async Task TypeLiveAsync(string id, string value)
    {
        if (KeyboardOnly)
        {
            await TypeIntoAsync(id, value);
            return;
        }
        var field = Page.Locator($"[id='{id}']");
        await field.FillAsync("");
        await field.PressSequentiallyAsync(value, new LocatorPressSequentiallyOptions { Delay = 50 });
    }

    /// <summary>Waits until the sums region (aria-live) shows <paramref name="total"/> as the costs.</summary>
    private async Task AssertSumsAsync(Story s, string total)
    {
        var expected = T(s, $"Koszty: {total} zł", $"Costs: {total} zł");
        var sums = Page.Locator("#sums");
        Assert.Equal("polite", await sums.GetAttributeAsync("aria-live"));
        var watch = Stopwatch.StartNew();
        var text = "";
        while (watch.Elapsed < TimeSpan.FromSeconds(15))
        {
            text = Normalize(await sums.InnerTextAsync());
            if (text.Contains(expected, StringComparison.Ordinal)) return;
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"The live sums never showed \"{expected}\"; they show \"{text}\".");
    }

    /// <summary>The autosave (htmx, 500 ms after a change, on leaving a field) must not race the explicit save:
    /// once the last field is left, wait until no autosave is pending or running.</summary>
    private async Task WaitForAutosaveToSettleAsync()
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(15))
        {
            var busy = await Page.EvaluateAsync<bool>("() => !!document.querySelector('.htmx-request')");
            if (!busy && watch.Elapsed > TimeSpan.FromMilliseconds(1200)) return;
            await Task.Delay(100);
        }
    }

    private static string Money(Story s, decimal amount)
        => Normalize(amount.ToString("N2", CultureInfo.GetCultureInfo(s.Language == "en" ? "en" : "pl")));

    private static string Normalize(string text) => Regex.Replace(text.Replace('\u00a0', ' ').Replace('\u202f', ' '), @"\s+", " ").Trim();

    private static async Task<string> PdfTextAsync(string path)
    {
        var start = new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", path, "-"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start.");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return Normalize(output);
    }
}
