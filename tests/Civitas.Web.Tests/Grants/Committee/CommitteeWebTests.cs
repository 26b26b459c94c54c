using System.Diagnostics;
using System.Net;
using Civitas.Grants.Domain.Competitions;
using Civitas.Platform.Calendar;
using Civitas.Platform.Identity;
using Civitas.Testing;
using Civitas.Web.Tests.Grants.FormalCheck;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Web.Tests.Grants.Committee;

/// <summary>The committee's work through the pages: declaration, opening and scoring offers, the sheet, the meeting and the protocol.</summary>
public abstract class CommitteeWebTests(AppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;

    private static string Text(AngleSharp.Dom.IElement? e) => (e?.TextContent ?? "").Replace('\u00a0', ' ').Replace('\u202f', ' ');

    [Fact]
    public async Task Member_signs_the_declaration_before_seeing_any_offer_and_every_opening_is_audited()
    {
        var w = await CommitteeKit.WorldAsync(App);
        using var client = new TestClient(App);
        await client.SignInAsync(w.Member);

        var before = await client.GetPageAsync(w.MemberUrl);
        var main = Text(before.QuerySelector("main"));
        Assert.Contains("Oświadczenie o bezstronności", main, StringComparison.Ordinal);
        Assert.Contains("art. 24", main, StringComparison.Ordinal);
        Assert.DoesNotContain(w.ConfirmationA, main, StringComparison.Ordinal);
        var redirected = await client.GetAsync(w.OfferUrl(w.OfferA));
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Equal(w.MemberUrl, redirected.Headers.Location!.OriginalString);
        Assert.Equal(0, await CommitteeKit.OpeningsAsync(App, w, w.Member, w.OfferA));

        // Signing without ticking the statement is refused next to the checkbox.
        var unconfirmed = await CommitteeKit.PostAsync(client, w.MemberUrl, []);
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        var refused = TestClient.Parse(await unconfirmed.Content.ReadAsStringAsync());
        Assert.Contains("Zaznacz oświadczenie", Text(refused.QuerySelector("#Input_Confirm-error") ?? refused.QuerySelector(".error-summary")), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await CommitteeKit.SignAsync(client, w)).StatusCode);
        var after = await client.GetPageAsync(w.MemberUrl);
        Assert.Contains(w.ConfirmationA, Text(after.QuerySelector("main")), StringComparison.Ordinal);

        var offer = await client.GetPageAsync(w.OfferUrl(w.OfferA));
        Assert.Contains("Lato na łące", Text(offer.QuerySelector("main")), StringComparison.Ordinal);
        Assert.NotNull(offer.QuerySelector("fieldset legend"));
        await client.GetPageAsync(w.OfferUrl(w.OfferA));
        Assert.Equal(2, await CommitteeKit.OpeningsAsync(App, w, w.Member, w.OfferA));
    }

    [Fact]
    public async Task Member_in_conflict_with_an_offeror_can_neither_open_nor_score_the_offer()
    {
        var w = await CommitteeKit.WorldAsync(App);
        using var client = new TestClient(App);
        await client.SignInAsync(w.Member);
        Assert.Equal(HttpStatusCode.Redirect, (await CommitteeKit.SignAsync(client, w, w.OrgB)).StatusCode);

        var list = await client.GetPageAsync(w.MemberUrl);
        var row = list.QuerySelectorAll("tbody tr").Single(r => Text(r).Contains(w.ConfirmationB, StringComparison.Ordinal));
        Assert.Contains("konflikt", Text(row), StringComparison.Ordinal);
        Assert.Null(row.QuerySelector("a"));

        var response = await client.GetAsync(w.OfferUrl(w.OfferB));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var page = TestClient.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("Zgłosiłeś konflikt z oferentem", Text(page.QuerySelector("main")), StringComparison.Ordinal);
        Assert.DoesNotContain("Lato na łące", Text(page.QuerySelector("main")), StringComparison.Ordinal);
        Assert.Equal(0, await CommitteeKit.OpeningsAsync(App, w, w.Member, w.OfferB));

        // A forged score (token from the member's own page) is refused as well.
        var forged = await CommitteeKit.PostAsync(client, w.OfferUrl(w.OfferB), [new("Input.Scores[0].CriterionId", w.Criterion.ToString()), new("Input.Scores[0].Points", "5"), new("Input.Scores[0].Justification", "x")], list);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Empty(await CommitteeKit.ScoresAsync(App, w));
    }

    [Fact]
    public async Task Scores_are_checked_next_to_the_field_and_the_sheet_averages_voting_members_only()
    {
        var w = await CommitteeKit.WorldAsync(App);
        using var member = new TestClient(App);
        await member.SignInAsync(w.Member);
        await CommitteeKit.SignAsync(member, w);

        var tooHigh = await CommitteeKit.ScoreAsync(member, w, w.OfferA, "10,5", "Bardzo dobrze");
        Assert.Equal(HttpStatusCode.OK, tooHigh.StatusCode);
        var page = TestClient.Parse(await tooHigh.Content.ReadAsStringAsync());
        Assert.Contains("od 0 do 10", Text(page.QuerySelector("#Input_Scores_0__Points-error")), StringComparison.Ordinal);
        var unjustified = TestClient.Parse(await (await CommitteeKit.ScoreAsync(member, w, w.OfferA, "8", " ")).Content.ReadAsStringAsync());
        Assert.Contains("Uzasadnij", Text(unjustified.QuerySelector("#Input_Scores_0__Justification-error")), StringComparison.Ordinal);
        Assert.Empty(await CommitteeKit.ScoresAsync(App, w));

        Assert.Equal(HttpStatusCode.Redirect, (await CommitteeKit.ScoreAsync(member, w, w.OfferA, "7", "Dobry zespół.")).StatusCode);
        // The member changes their mind before the meeting closes.
        Assert.Equal(HttpStatusCode.Redirect, (await CommitteeKit.ScoreAsync(member, w, w.OfferA, "8", "Dobry zespół i zaplecze.")).StatusCode);
        foreach (var (who, points) in new[] { (w.Chair, "6,5"), (w.Expert, "1") })
        {
            using var c = new TestClient(App);
            await c.SignInAsync(who);
            await CommitteeKit.SignAsync(c, w);
            Assert.Equal(HttpStatusCode.Redirect, (await CommitteeKit.ScoreAsync(c, w, w.OfferA, points, "Uzasadnienie oceny.")).StatusCode);
        }
        var scores = await CommitteeKit.ScoresAsync(App, w);
        Assert.Equal(3, scores.Count);
        Assert.Contains(scores, s => s.Points == 8m && s.Justification == "Dobry zespół i zaplecze.");
        Assert.All(scores, s => Assert.Equal(w.Task, s.TaskId)); // the sheet sums a task's scores by this column

        using var official = new TestClient(App);
        await official.SignInAsync(w.Official);
        var sheet = await official.GetPageAsync(w.SheetUrl);
        var rows = sheet.QuerySelectorAll("table.data")[0].QuerySelectorAll("tbody tr").ToList();
        var first = Text(rows[0]);
        Assert.Contains(w.ConfirmationA, first, StringComparison.Ordinal);
        Assert.Contains("7,25", first, StringComparison.Ordinal); // (8 + 6.5) / 2; the expert's 1 is not counted
        Assert.Contains("1,00", Text(sheet.QuerySelector("section[aria-labelledby=experts-title]")), StringComparison.Ordinal);

        // Proposed amounts: above the request refused next to the field, a valid one saved and the funds left updated.
        var inputs = sheet.QuerySelectorAll("input[name$='.OfferId']").Select(i => i.GetAttribute("value")!).ToList();
        var indexA = inputs.IndexOf(w.OfferA.ToString());
        var fields = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < inputs.Count; i++)
        {
            fields.Add(new($"Input.Amounts[{i}].OfferId", inputs[i]));
            fields.Add(new($"Input.Amounts[{i}].Amount", i == indexA ? "8000,01" : ""));
        }
        var refused = TestClient.Parse(await (await CommitteeKit.PostAsync(official, w.SheetUrl, fields, sheet)).Content.ReadAsStringAsync());
        Assert.Contains("wnioskowanej dotacji", Text(refused.QuerySelector($"#Input_Amounts_{indexA}__Amount-error")), StringComparison.Ordinal);
        fields[indexA * 2 + 1] = new($"Input.Amounts[{indexA}].Amount", "7500");
        Assert.Equal(HttpStatusCode.Redirect, (await CommitteeKit.PostAsync(official, w.SheetUrl, fields, sheet)).StatusCode);
        var saved = await official.GetPageAsync(w.SheetUrl);
        Assert.Contains("92 500,00 zł", Text(saved.QuerySelector("#funds")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closing_the_meeting_freezes_scores_and_the_protocol_reads_back_in_Polish_from_PDF_and_DOCX()
    {
        var w = await CommitteeKit.WorldAsync(App);
        using var chair = new TestClient(App);
        await chair.SignInAsync(w.Chair);
        await CommitteeKit.SignAsync(chair, w, w.OrgB);
        Assert.Equal(HttpStatusCode.Redirect, (await CommitteeKit.ScoreAsync(chair, w, w.OfferA, "9", "Gęśla jaźń – rzetelny plan działań.")).StatusCode);

        using var official = new TestClient(App);
        await official.SignInAsync(w.Official);
        var members = await official.GetPageAsync(w.ProtocolUrl);
        var present = members.QuerySelectorAll("input[name='Input.Present']").Select(i => i.GetAttribute("value")!).ToList();
        var meeting = new List<KeyValuePair<string, string>>
        {
            new("Input.HeldOn", WarsawTime.DateOf(App.Clock.GetUtcNow()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.Place", "Urząd Miasta, sala Źródlana"),
            new("Input.VotesFor", "2"),
            new("Input.VotesAgainst", "0"),
            new("Input.VotesAbstaining", "0"),
            new("Input.Remarks", "Komisja zaleca dofinansowanie oferty zajęć na łące."),
        };
        meeting.AddRange(present.Select(p => new KeyValuePair<string, string>("Input.Present", p)));
        var closed = await CommitteeKit.PostAsync(official, w.ProtocolUrl + "?handler=Close", meeting, members);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);

        var frozen = await chair.GetPageAsync(w.OfferUrl(w.OfferA));
        Assert.Null(frozen.QuerySelector("textarea"));
        var forged = await CommitteeKit.PostAsync(chair, w.OfferUrl(w.OfferA), [new("Input.Scores[0].CriterionId", w.Criterion.ToString()), new("Input.Scores[0].Points", "1"), new("Input.Scores[0].Justification", "Zmiana")],
            await chair.GetPageAsync(w.MemberUrl)); // the frozen offer page has no form: the token comes from the member's page
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Equal(9m, Assert.Single(await CommitteeKit.ScoresAsync(App, w)).Points);

        var pdf = await official.GetAsync(w.ProtocolUrl + "?handler=Pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var pdfText = PdfText(await pdf.Content.ReadAsByteArrayAsync());
        var docx = await official.GetAsync(w.ProtocolUrl + "?handler=Docx");
        string docxText;
        await using (var stream = new MemoryStream(await docx.Content.ReadAsByteArrayAsync()))
        using (var document = WordprocessingDocument.Open(stream, false))
        {
            docxText = string.Concat(document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text));
        }
        foreach (var text in new[] { "Łucja Gęślarz-Źdźbło", "Żaneta Ćwikła", "ekspert z głosem doradczym", "Fundacja Łódź", "Gęśla jaźń – rzetelny plan działań.", "sala Źródlana", w.ConfirmationA, "9,00" })
        {
            Assert.Contains(text, Flat(pdfText), StringComparison.Ordinal);
            Assert.Contains(text, docxText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Official_cannot_appoint_a_nominee_of_an_organisation_taking_part_and_cannot_start_the_evaluation_early()
    {
        var w = await CommitteeKit.WorldAsync(App, startEvaluation: false);
        using var official = new TestClient(App);
        await official.SignInAsync(w.Official);
        var nominee = await App.CreateUserAsync(FormalCheckKit.Email("kandydat"), "Kamil Kandydat");
        var krs = await CommitteeKit.KrsAsync(App, w, w.OrgB);
        var response = await CommitteeKit.PostAsync(official, w.CompositionUrl + "?handler=Add",
            [new("Input.Email", nominee.Email), new("Input.Kind", "NominatedByOrganisation"), new("Input.NominatingOrganisation", krs!)]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = TestClient.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("bierze udział w konkursie", Text(page.QuerySelector("#Input_NominatingOrganisation-error")), StringComparison.Ordinal);
        Assert.Contains("art. 15 ust. 2b pkt 2", Text(page.QuerySelector("#Input_NominatingOrganisation-error")), StringComparison.Ordinal);

        // Offer B has no formal verdict yet: the evaluation cannot start, and the page says which offer is pending.
        var composition = await official.GetPageAsync(w.CompositionUrl);
        Assert.Contains(w.ConfirmationB, Text(composition.QuerySelector("section[aria-labelledby=evaluation-title]")), StringComparison.Ordinal);
        var start = await CommitteeKit.PostAsync(official, w.CompositionUrl + "?handler=Start", [], composition);
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        Assert.Contains("ofert bez ostatecznego wyniku oceny formalnej: 1", Text(TestClient.Parse(await start.Content.ReadAsStringAsync()).QuerySelector(".error-summary")), StringComparison.Ordinal);
        Assert.Equal(CompetitionStatus.FormalCheck, await CommitteeKit.StatusAsync(App, w));
    }

    [Fact]
    public async Task An_appointed_person_is_told_by_email_in_their_language_and_finds_the_committee_in_their_menu()
    {
        var w = await CommitteeKit.WorldAsync(App, startEvaluation: false);
        var (number, title) = await Offers.OfferWebKit.InAsync(App, w.Tenant, null, async sp =>
        {
            var c = await CommitteeKit.LoadAsync(sp, w.Competition);
            return (c.Number, c.Title);
        });
        var polish = await App.CreateUserAsync(FormalCheckKit.Email("powolana"), "Paulina Powołana");
        var english = await App.CreateUserAsync(FormalCheckKit.Email("appointed"), "Edward Appointed");
        await App.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            var user = await users.FindByIdAsync(english.Id.ToString());
            user!.PreferredCulture = "en";
            Assert.True((await users.UpdateAsync(user)).Succeeded);
        });
        using var official = new TestClient(App);
        await official.SignInAsync(w.Official);
        foreach (var (person, kind) in new[] { (polish, "Expert"), (english, "Official") })
        {
            var added = await CommitteeKit.PostAsync(official, w.CompositionUrl + "?handler=Add", [new("Input.Email", person.Email), new("Input.Kind", kind)]);
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        var mail = await MailReader.WaitForAsync(App.MailPickupDirectory, polish.Email, TimeSpan.FromSeconds(10), m => m.Subject.Contains(number, StringComparison.Ordinal));
        Assert.Equal($"Powołanie do komisji konkursowej – konkurs {number}", mail.Subject);
        Assert.Contains($"otwartego konkursu ofert nr {number} „{title}”", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Rola w komisji: ekspert z głosem doradczym.", mail.Text, StringComparison.Ordinal);
        Assert.Contains("oświadczenie o bezstronności", mail.Text, StringComparison.Ordinal);
        Assert.Contains("art. 24 Kodeksu postępowania administracyjnego", mail.Text, StringComparison.Ordinal);
        Assert.EndsWith(w.MemberUrl, MailReader.Link(mail, w.MemberUrl), StringComparison.Ordinal);
        Assert.DoesNotContain("Your role", mail.Text, StringComparison.Ordinal);

        // A reader who chose English gets it first, with the Polish text of the proceedings below.
        var en = await MailReader.WaitForAsync(App.MailPickupDirectory, english.Email, TimeSpan.FromSeconds(10), m => m.Subject.Contains(number, StringComparison.Ordinal));
        Assert.Equal($"Appointed to a competition committee – competition {number}", en.Subject);
        var yourRole = en.Text.IndexOf("Your role: representative of the executive body.", StringComparison.Ordinal);
        var polishRole = en.Text.IndexOf("Rola w komisji: przedstawiciel organu wykonawczego.", StringComparison.Ordinal);
        Assert.True(yourRole >= 0 && polishRole > yourRole, en.Text);

        // The person's own menu leads to their committees, where this competition is listed.
        using var client = new TestClient(App);
        await client.SignInAsync(polish);
        var home = await client.GetPageAsync("/");
        var link = home.QuerySelectorAll("a").FirstOrDefault(a => a.GetAttribute("href") == "/komisja");
        Assert.NotNull(link);
        Assert.Equal("Moje komisje konkursowe", Text(link).Trim());
        var mine = await client.GetPageAsync("/komisja");
        Assert.Contains(title, Text(mine.QuerySelector("main")), StringComparison.Ordinal);
        Assert.NotNull(mine.QuerySelector($"main a[href='{w.MemberUrl}']"));
    }

    [Fact]
    public async Task Chair_who_is_not_an_official_proposes_amounts_on_the_sheet_and_the_decision_step_reads_them()
    {
        var w = await CommitteeKit.WorldAsync(App);
        using var chair = new TestClient(App);
        await chair.SignInAsync(w.Chair);
        var sheet = await chair.GetPageAsync(w.SheetUrl);
        var inputs = sheet.QuerySelectorAll("input[name$='.OfferId']").Select(i => i.GetAttribute("value")!).ToList();
        Assert.Equal(2, inputs.Count);
        var fields = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < inputs.Count; i++)
        {
            fields.Add(new($"Input.Amounts[{i}].OfferId", inputs[i]));
            fields.Add(new($"Input.Amounts[{i}].Amount", inputs[i] == w.OfferA.ToString() ? "5000,50" : ""));
        }
        Assert.Equal(HttpStatusCode.Redirect, (await CommitteeKit.PostAsync(chair, w.SheetUrl, fields, sheet)).StatusCode);
        var proposed = await Offers.OfferWebKit.InAsync(App, w.Tenant, null, sp =>
            Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Civitas.Grants.Domain.Committee.ICommitteeProposals>(sp)
                .ProposedAmountsAsync(w.Competition, CancellationToken.None));
        Assert.Equal(5000.50m, Assert.Single(proposed, p => p.Key == w.OfferA).Value);
        Assert.DoesNotContain(w.OfferB, proposed.Keys);
    }

    [Fact]
    public async Task Member_works_in_English_with_messages_next_to_the_field_in_English()
    {
        var w = await CommitteeKit.WorldAsync(App);
        using var client = new TestClient(App);
        await client.SignInAsync(w.Member);
        await client.GetAsync("/jezyk/en?returnUrl=%2F");
        var declaration = await client.GetPageAsync(w.MemberUrl);
        Assert.Equal("en", declaration.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Impartiality declaration", Text(declaration.QuerySelector("main")), StringComparison.Ordinal);
        Assert.Contains("I am in conflict with: " + w.NameB, Text(declaration.QuerySelector("main")), StringComparison.Ordinal);
        await CommitteeKit.SignAsync(client, w);

        var response = await CommitteeKit.ScoreAsync(client, w, w.OfferA, "7.25", "Clear plan.");
        var page = TestClient.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("may have at most one decimal place", Text(page.QuerySelector("#Input_Scores_0__Points-error")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await CommitteeKit.ScoreAsync(client, w, w.OfferA, "7.5", "Clear plan.")).StatusCode);
        Assert.Equal(7.5m, Assert.Single(await CommitteeKit.ScoresAsync(App, w)).Points);
    }

    private static string Flat(string text) => string.Join(' ', text.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));

    private static string PdfText(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"protocol-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", path, "-"]) { RedirectStandardOutput = true, UseShellExecute = false })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }
}

public sealed class CommitteeWebTests_Sqlite(CommitteeSqliteFixture f) : CommitteeWebTests(f), IClassFixture<CommitteeSqliteFixture>;

public sealed class CommitteeWebTests_Postgres(CommitteePostgresFixture f) : CommitteeWebTests(f), IClassFixture<CommitteePostgresFixture>;
