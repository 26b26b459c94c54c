using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Civitas.Browser.Tests.Infrastructure;
using Civitas.Platform.Calendar;
using Civitas.Testing;
using Microsoft.Playwright;

namespace Civitas.Browser.Tests.Journeys.Grants;

// Issue 4, "Done when" 1 (second part): after the accepted formal correction the official composes the
// committee and starts the evaluation; the members sign the impartiality declaration (one declares a conflict
// with the partner of the offer and is refused it with the reason) and score it; the sheet ranks it, the chair's
// proposal is saved, the meeting is recorded and closed, the protocol downloaded (PDF and DOCX); the official
// records the decision prefilled from the proposal and publishes the results, which appear on the public
// competition page, in the Atom feed of the register and in the JSON API.
public sealed partial class GrantsStoryJourneys
{
    private const string CommitteeMemberName = "Tomasz Społeczny";
    private const string ExpertName = "Ewa Ekspercka-Żółtowska";
    private const string ConflictedMemberName = "Jerzy Wyłączony";
    // A demo organisation that takes no part in the story's competition (Centrum Wolontariatu), so it may nominate a member (art. 15 ust. 2b pkt 2 UDPP).
    private const string NominatingOrganisationKrs = "0000900015";
    private const string MeetingPlace = "Sala sesyjna Urzędu Miasta, ul. Główna 1";
    private const decimal ProposedAmount = 11_500m;

    private sealed partial class Story
    {
        public TestUser? Member { get; set; }
        public TestUser? Expert { get; set; }
        public TestUser? ConflictedMember { get; set; }
    }

    // ---- Stage 7: the committee is composed, the evaluation starts ------------------------------------

    private async Task OfficialComposesTheCommitteeAndStartsTheEvaluationAsync(Story s)
    {
        // Accounts as a person gets them by signing up; the committee finds them by their e-mail address.
        s.Member = await App.CreateUserAsync(UniqueEmail("komisja"), CommitteeMemberName);
        s.Expert = await App.CreateUserAsync(UniqueEmail("ekspert"), ExpertName);
        s.ConflictedMember = await App.CreateUserAsync(UniqueEmail("wylaczony"), ConflictedMemberName);

        // The official is still signed in after accepting the offer.
        await GoToAsync($"/urzad/konkursy/{s.Competition}");
        await OpenAsync($"/urzad/konkursy/{s.Competition}/komisja");
        await AssertHeadingAsync(T(s, "Komisja konkursowa", "Competition committee"));

        // The official first: the first voting member becomes the chair.
        await AppointAsync(s, s.Official, "Input_Kind");
        await AppointAsync(s, s.Member, "Input_Kind_NominatedByOrganisation", NominatingOrganisationKrs);
        await AppointAsync(s, s.Expert, "Input_Kind_Expert");
        await AppointAsync(s, s.ConflictedMember, "Input_Kind");
        var chairRow = Page.Locator("main tbody tr", new PageLocatorOptions { HasText = s.Official.DisplayName });
        Assert.Contains(T(s, "przewodniczący", "chair"), (await chairRow.InnerTextAsync()).ToLowerInvariant(), StringComparison.Ordinal);
        Assert.Equal(4, await Page.Locator("main section[aria-labelledby='members-title'] tbody tr").CountAsync());

        await PressAsync($"form[action*='handler=Start'] button[type=submit]");
        await AssertStatusAsync(T(s, "Ocena formalna zakończona", "The formal check is over"));
        await SignOutAsync();
    }

    private async Task AppointAsync(Story s, TestUser person, string kind, string? nominatedBy = null)
    {
        await TypeIntoAsync("Input_Email", person.Email);
        await TickAsync(kind);
        if (nominatedBy is not null) await TypeIntoAsync("Input_NominatingOrganisation", nominatedBy);
        await PressAsync("form[action*='handler=Add'] button[type=submit]");
        await AssertStatusAsync(T(s, $"Dodano do składu komisji: {person.Email}.", $"Added to the committee: {person.Email}."));
        Assert.Equal(1, await Page.Locator("main section[aria-labelledby='members-title'] tbody th", new PageLocatorOptions { HasText = person.DisplayName }).CountAsync());
    }

    // ---- Stage 8: declarations and scores ----------------------------------------------------------------

    private async Task MembersDeclareImpartialityAndScoreAsync(Story s)
    {
        // Points in tenths; the voting members' average is 8.50, the expert's 7.50 is shown apart.
        await MemberScoresAsync(s, s.Official, "8", "Oba kluby mają kadrę z uprawnieniami i własną bazę sportową.");
        await MemberScoresAsync(s, s.Member!, "9", "Doświadczenie w pracy z dziećmi z osiedla, realny harmonogram.");
        await MemberScoresAsync(s, s.Expert!, T(s, "7,5", "7.5"), "Koszt godziny zajęć w hali powinien być wyodrębniony.");

        // The fourth member declares a conflict with the partner of the offer (KPA art. 24 § 1 pkt 1): the offer
        // is listed without a link, and opening it by its address is refused with the reason.
        await SignInAsync(s.ConflictedMember!, "/komisja");
        await OpenAsync($"/komisja/konkursy/{s.Competition}");
        var conflict = await Page.Locator("main label", new PageLocatorOptions { HasText = SportsClub }).GetAttributeAsync("for");
        await TickAsync(conflict!);
        await TickAsync("Input_Confirm");
        await PressAsync("button[type=submit]");
        await AssertStatusAsync(T(s, "Zapisano oświadczenie.", "The declaration has been saved."));
        Assert.Contains(SportsClub, await Page.Locator("main section[aria-labelledby='declaration-title'] ul").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await Page.Locator($"main a[href='/komisja/konkursy/{s.Competition}/oferty/{s.Offer}']").CountAsync());
        await GoToAsync($"/komisja/konkursy/{s.Competition}/oferty/{s.Offer}", status: 403);
        await AssertHeadingAsync(T(s, "Nie możesz otworzyć tej oferty", "You may not open this offer"));
        var reason = await Page.Locator("main [role='alert']").InnerTextAsync();
        Assert.Contains("art. 24 KPA", reason, StringComparison.Ordinal);
        Assert.DoesNotContain(OfferTitle, await Page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await SignOutAsync();
    }

    private async Task MemberScoresAsync(Story s, TestUser member, string points, string justification)
    {
        await SignInAsync(member, "/komisja");
        await OpenAsync($"/komisja/konkursy/{s.Competition}");
        // No offer before the declaration (art. 15 ust. 2f UDPP).
        Assert.Equal(0, await Page.Locator($"main a[href='/komisja/konkursy/{s.Competition}/oferty/{s.Offer}']").CountAsync());
        await TickAsync("Input_Confirm");
        await PressAsync("button[type=submit]");
        await AssertStatusAsync(T(s, "Zapisano oświadczenie.", "The declaration has been saved."));

        await OpenAsync($"/komisja/konkursy/{s.Competition}/oferty/{s.Offer}");
        Assert.Contains(OfferTitle, await Page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await TypeIntoAsync("Input_Scores_0__Points", points);
        await TypeIntoAsync("Input_Scores_0__Justification", justification);
        await PressAsync("button[type=submit]");
        await AssertStatusAsync(T(s, $"Zapisano ocenę oferty {s.Confirmation}.", $"Your scores for offer {s.Confirmation} have been saved."));
        var row = Page.Locator("main tbody tr", new PageLocatorOptions { HasText = s.Confirmation });
        Assert.Equal(T(s, "oceniona", "scored"), (await row.Locator(".badge").InnerTextAsync()).Trim());
        await SignOutAsync();
    }

    // ---- Stage 9: the sheet, the proposal, the meeting, the protocol ---------------------------------------

    private async Task ChairProposesRecordsTheMeetingAndTakesTheProtocolAsync(Story s)
    {
        var culture = CultureInfo.GetCultureInfo(s.Language == "en" ? "en" : "pl");
        await SignInAsync(s.Official, $"/urzad/konkursy/{s.Competition}");
        await OpenAsync($"/urzad/konkursy/{s.Competition}/arkusz");
        var row = Page.Locator("main tbody tr", new PageLocatorOptions { HasText = s.Confirmation }).First;
        var cells = await row.Locator("td, th").AllInnerTextsAsync();
        Assert.Equal("1", cells[0].Trim());                                      // the ranking
        Assert.Equal(8.5m.ToString("0.00", culture), Normalize(cells[2]));       // average of the voting members
        Assert.Equal(8.5m.ToString("0.00", culture), Normalize(cells[3]));       // total
        var experts = await Page.Locator("main section[aria-labelledby='experts-title']").InnerTextAsync();
        Assert.Contains(7.5m.ToString("0.00", culture), experts, StringComparison.Ordinal);

        await TypeIntoAsync("Input_Amounts_0__Amount", "11500");
        await PressAsync("button[type=submit]");
        await AssertStatusAsync(T(s, "Zapisano proponowane kwoty.", "The proposed amounts have been saved."));
        var funds = Normalize(await Page.Locator("main #funds").InnerTextAsync());
        Assert.Contains($"{Money(s, ProposedAmount)} zł", funds, StringComparison.Ordinal);
        Assert.Contains($"{Money(s, 50_000m - ProposedAmount)} zł", funds, StringComparison.Ordinal);

        await GoToAsync($"/urzad/konkursy/{s.Competition}");
        await OpenAsync($"/urzad/konkursy/{s.Competition}/protokol");
        await DateAsync("Input_HeldOn", WarsawTime.DateOf(App.Clock.GetUtcNow()));
        await TypeIntoAsync("Input_Place", MeetingPlace);
        foreach (var present in new[] { s.Official.DisplayName, CommitteeMemberName, ExpertName })
        {
            var id = await Page.Locator("main label", new PageLocatorOptions { HasText = present }).GetAttributeAsync("for");
            await TickAsync(id!);
        }
        await TypeIntoAsync("Input_VotesFor", "2");
        await TypeIntoAsync("Input_VotesAgainst", "0");
        await TypeIntoAsync("Input_VotesAbstaining", "0");
        await TypeIntoAsync("Input_Remarks", "Komisja jednogłośnie rekomenduje dofinansowanie oferty wspólnej w proponowanej kwocie.");
        await PressAsync("button[formaction*='handler=Close']");
        await AssertStatusAsync(T(s, "Posiedzenie zamknięto", "The meeting is closed"));

        var pdf = await DownloadAsync(() => Page.Locator($"main a[href='/urzad/konkursy/{s.Competition}/protokol?handler=Pdf']").ClickAsync());
        var path = await pdf.PathAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(await File.ReadAllBytesAsync(path), 0, 4));
        var text = await PdfTextAsync(path);
        // The protocol is Polish whatever the language of the page; pdftotext must find its letters.
        Assert.Contains("Protokół", text, StringComparison.Ordinal);
        Assert.Contains(CommitteeMemberName, text, StringComparison.Ordinal);
        Assert.Contains(ExpertName, text, StringComparison.Ordinal);
        Assert.Contains(MeetingPlace, text, StringComparison.Ordinal);
        Assert.Contains(SailingClub, text, StringComparison.Ordinal);

        var docx = await Page.APIRequest.GetAsync($"/urzad/konkursy/{s.Competition}/protokol?handler=Docx");
        Assert.Equal(200, docx.Status);
        Assert.StartsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Headers["content-type"], StringComparison.Ordinal);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString(await docx.BodyAsync(), 0, 2));
        await SignOutAsync();
    }

    // ---- Stage 10: the decision and the publication of the results -----------------------------------------

    private async Task OfficialDecidesAndPublishesTheResultsAsync(Story s)
    {
        var culture = CultureInfo.GetCultureInfo(s.Language == "en" ? "en" : "pl");
        await SignInAsync(s.Official, $"/urzad/konkursy/{s.Competition}");
        await OpenAsync($"/urzad/konkursy/{s.Competition}/decyzja");
        // Prefilled from the committee's proposal (art. 15 ust. 2a UDPP: the committee gives its opinion).
        Assert.True(await Page.Locator("main #Input_Lines_0__Funded").IsCheckedAsync());
        Assert.Equal(ProposedAmount.ToString("0.00", culture), await Page.Locator("main #Input_Lines_0__Amount").InputValueAsync());
        await TypeIntoAsync("Input_SignatoryName", "Aleksandra Prezydencka");
        await TypeIntoAsync("Input_SignatoryFunction", "Prezydent Miasta Przykładowego");
        await PressAsync("form:not([action*='handler=Publish']) .actions button[type=submit]");
        await AssertStatusAsync(T(s, "Zapisano rozstrzygnięcie konkursu.", "The decision has been recorded."));

        await TickAsync("Publish_Confirm");
        await PressAsync("form[action*='handler=Publish'] button[type=submit]");
        await AssertStatusAsync(T(s, "Ogłoszono wyniki konkursu.", "The results have been published."));
        await SignOutAsync();
    }

    // ---- Stage 11: the results in public --------------------------------------------------------------------

    private async Task ResultsArePublicAsync(Story s)
    {
        // The competition page, anonymous (and output-cached: the publication evicted the cached copy).
        await GoToAsync($"/konkursy/{s.Competition}");
        var results = Normalize(await Page.Locator("main section[aria-labelledby='results-title']").InnerTextAsync());
        Assert.Contains(SailingClub, results, StringComparison.Ordinal);
        Assert.Contains(SportsClub, results, StringComparison.Ordinal);
        Assert.Contains(s.Confirmation, results, StringComparison.Ordinal);
        Assert.Contains($"{Money(s, ProposedAmount)} zł", results, StringComparison.Ordinal);

        // The JSON API: the offer and its amount.
        var api = await Page.APIRequest.GetAsync($"/api/v1/competitions/{s.Competition}/results");
        Assert.Equal(200, api.Status);
        using var json = JsonDocument.Parse(await api.TextAsync());
        var funded = json.RootElement.GetProperty("funded");
        Assert.Equal(1, funded.GetArrayLength());
        Assert.Equal(s.Offer, funded[0].GetProperty("offerId").GetGuid());
        Assert.Equal(s.Confirmation, funded[0].GetProperty("confirmationNumber").GetString());
        Assert.Equal(ProposedAmount, funded[0].GetProperty("amount").GetDecimal());
        Assert.Contains(SailingClub, funded[0].GetProperty("offerors").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal(0, json.RootElement.GetProperty("notFunded").GetArrayLength());
        var number = json.RootElement.GetProperty("number").GetString();
        var title = json.RootElement.GetProperty("title").GetString();

        // The register's Atom feed: the PublicationRequested event reaches the publishing module through the outbox.
        await App.DispatchOutboxAsync();
        var expected = T(s, $"Wyniki otwartego konkursu ofert nr {number}: {title}", $"Results of the open competition for offers no. {number}: {title}");
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var titles = new List<string>();
        for (var attempt = 0; attempt < 50 && !titles.Contains(expected); attempt++)
        {
            if (attempt > 0) await Task.Delay(200);
            var feed = await Page.APIRequest.GetAsync("/publikacje/feed.atom");
            Assert.Equal(200, feed.Status);
            titles = XDocument.Parse(await feed.TextAsync()).Root!.Elements(atom + "entry").Select(e => (string)e.Element(atom + "title")!).ToList();
        }
        Assert.Contains(expected, titles);
    }
}
