using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Civitas.Grants.Data;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.Results;
using Civitas.Testing;
using Civitas.Web.Tests.Organisations;
using Civitas.Web.Tests.PlatformTests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Web.Tests.Grants.Results;

/// <summary>The decision, the publication of the results and the requests for justification, through the pages.</summary>
public abstract class ResultsWebTests(AppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;

    private static string Plain(string s) => s.Replace('\u00a0', ' ').Replace('\u202f', ' ');

    [Fact]
    public async Task Official_decides_publishes_and_the_results_reach_the_register_the_public_page_the_api_and_the_offerors()
    {
        var w = await ResultsKit.WorldAsync(App);
        using var anonymous = new TestClient(App);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/competitions/{w.Competition}/results")).StatusCode);

        using var official = new TestClient(App);
        await official.SignInAsync(w.Official);
        var form = await official.GetPageAsync(w.DecisionUrl);
        // Prefilled with the requested grant; the formally rejected offer is listed with its reason.
        Assert.Equal("8000,00", form.QuerySelector("input[name='Input.Lines[0].Amount']")!.GetAttribute("value"));
        Assert.Contains(ResultsKit.RejectionReason, form.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // Over the requested grant: refused next to the field, input kept.
        var page = await OrgWebKit.PageOf(await official.PostFormAsync(w.DecisionUrl, ResultsKit.DecisionFields(w, true, "8000,01")));
        Assert.Contains("nie może przekraczać wnioskowanej kwoty 8 000,00 zł", Plain(page.QuerySelector("#Input_Lines_0__Amount-error")!.TextContent), StringComparison.Ordinal);
        Assert.Equal("8000,01", page.QuerySelector("input[name='Input.Lines[0].Amount']")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector(".error-summary"));
        Assert.Equal(CompetitionStatus.Evaluation, await ResultsKit.StatusAsync(App, w));

        var saved = await official.PostFormAsync(w.DecisionUrl, ResultsKit.DecisionFields(w, true, "7500,50"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(CompetitionStatus.Decided, await ResultsKit.StatusAsync(App, w));
        var decision = await ResultsKit.DecisionAsync(App, w);
        Assert.Equal(7500.50m, Assert.Single(decision!.Lines, l => l.Funded).Amount);
        Assert.True(Assert.Single(decision.Lines, l => !l.Funded).FormallyRejected);

        // Publishing needs the confirmation.
        page = await OrgWebKit.PageOf(await official.PostFormAsync(w.DecisionUrl, new Dictionary<string, string>(), "handler=Publish"));
        Assert.Equal("Zaznacz potwierdzenie, aby ogłosić wyniki.", page.QuerySelector("#Publish_Confirm-error")!.TextContent.Trim());
        var published = await official.PostFormAsync(w.DecisionUrl, new Dictionary<string, string> { ["Publish.Confirm"] = "true" }, "handler=Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(CompetitionStatus.ResultsPublished, await ResultsKit.StatusAsync(App, w));
        var dashboard = await official.GetPageAsync($"/urzad/konkursy/{w.Competition}");
        Assert.NotNull(dashboard.QuerySelector($"a[href='{w.JustificationsUrl}']"));

        await App.DispatchOutboxAsync();
        var register = await anonymous.GetPageAsync("/publikacje");
        Assert.Contains($"Wyniki otwartego konkursu ofert nr", register.Body!.TextContent, StringComparison.Ordinal);
        var feed = await (await anonymous.GetAsync("/publikacje/feed.atom")).Content.ReadAsStringAsync();
        Assert.Contains("Wyniki otwartego konkursu ofert nr", XDocument.Parse(feed).ToString(), StringComparison.Ordinal);

        var details = await anonymous.GetPageAsync($"/konkursy/{w.Competition}");
        var results = Plain(details.QuerySelector("section[aria-labelledby=results-title]")!.TextContent);
        Assert.Contains(w.OrganisationA, results, StringComparison.Ordinal);
        Assert.Contains("7 500,50 zł", results, StringComparison.Ordinal);
        Assert.Contains(w.OrganisationB, results, StringComparison.Ordinal);
        Assert.Contains(ResultsKit.RejectionReason, results, StringComparison.Ordinal);
        Assert.Contains("Jan Kowalski", results, StringComparison.Ordinal);

        var json = JsonDocument.Parse(await (await anonymous.GetAsync($"/api/v1/competitions/{w.Competition}/results")).Content.ReadAsStringAsync()).RootElement;
        var funded = Assert.Single(json.GetProperty("funded").EnumerateArray().ToList());
        Assert.Equal(7500.50m, funded.GetProperty("amount").GetDecimal());
        Assert.Equal(w.OrganisationA, funded.GetProperty("offerors")[0].GetString());
        var notFunded = Assert.Single(json.GetProperty("notFunded").EnumerateArray().ToList());
        Assert.True(notFunded.GetProperty("formallyRejected").GetBoolean());
        Assert.Equal(7500.50m, json.GetProperty("totalGranted").GetDecimal());
        Assert.Contains("/api/v1/competitions/{id}/results", await (await anonymous.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var mailA = await MailReader.WaitForAsync(App.MailPickupDirectory, w.RepresentativeA.Email, TimeSpan.FromSeconds(10), m => m.Subject.Contains(w.ConfirmationA, StringComparison.Ordinal));
        Assert.Contains("przyznano dotację w kwocie 7 500,50 zł", Plain(mailA.Text), StringComparison.Ordinal);
        var mailB = await MailReader.WaitForAsync(App.MailPickupDirectory, w.RepresentativeB.Email, TimeSpan.FromSeconds(10), m => m.Subject.Contains(w.ConfirmationB, StringComparison.Ordinal));
        Assert.Contains("nie przyznano dotacji", mailB.Text, StringComparison.Ordinal);
        Assert.Contains($"/oferty/{w.OfferB}/uzasadnienie", mailB.Text, StringComparison.Ordinal);

        // Publishing twice is refused and changes nothing.
        page = await OrgWebKit.PageOf(await ResultsKit.PostWithTokenAsync(official, w.DecisionUrl + "?handler=Publish", new Dictionary<string, string> { ["Publish.Confirm"] = "true" }));
        Assert.Contains("Wyniki konkursu zostały już ogłoszone", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(CompetitionStatus.ResultsPublished, await ResultsKit.StatusAsync(App, w));
    }

    [Fact]
    public async Task Public_results_of_a_large_competition_are_paged_and_summarised_over_every_line()
    {
        var w = await ResultsKit.WorldAsync(App);
        using var official = new TestClient(App);
        await official.SignInAsync(w.Official);
        Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync(w.DecisionUrl, ResultsKit.DecisionFields(w, true, "7500,50"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync(w.DecisionUrl, new Dictionary<string, string> { ["Publish.Confirm"] = "true" }, "handler=Publish")).StatusCode);
        // A Warsaw-scale decision: 230 more lines written straight into the published decision (120 funded with
        // 100 zł each, 110 not funded), on the two offers of the world (lines point at an offer by a foreign key).
        await App.InAsync(w.Tenant, null, async sp =>
        {
            var db = sp.GetRequiredService<GrantsDb>();
            var decision = await db.Decisions.Include(d => d.Lines).FirstAsync(d => d.CompetitionId == w.Competition);
            var line = decision.Lines.First(l => l.Funded);
            for (var i = 0; i < 230; i++)
            {
                var candidate = new DecisionCandidate(i % 2 == 0 ? w.OfferA : w.OfferB, line.TaskId, 1000 + i, 1, $"DUZA-{i:D4}", $"Zadanie {i}",
                    [new DecisionOfferor(Guid.CreateVersion7(), $"Organizacja {i:D4}")], 500m, FormalStanding.Accepted, null);
                decision.Lines.Add(i < 120 ? DecisionLine.From(candidate, 1000 + i, true, 100m, "") : DecisionLine.From(candidate, 1000 + i, false, null, "Brak środków"));
            }
            await db.SaveChangesAsync();
            return 0;
        });

        using var anonymous = new TestClient(App);
        var first = await anonymous.GetPageAsync($"/konkursy/{w.Competition}?page=1");
        var summary = Plain(first.QuerySelector("#results-summary tbody")!.TextContent);
        Assert.Contains("121", summary, StringComparison.Ordinal);                 // funded: A and 120 more
        Assert.Contains("19 500,50 zł", summary, StringComparison.Ordinal);        // 7 500,50 + 120 × 100
        var results = first.QuerySelector("section[aria-labelledby=results-title]")!;
        Assert.Contains("Strona 1 z 3", results.QuerySelector("#results-page")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(100, results.QuerySelectorAll("tbody tr").Length - first.QuerySelectorAll("#results-summary tbody tr").Length);
        Assert.Contains(w.OrganisationA, results.TextContent, StringComparison.Ordinal); // funded lines first, the decided offer before the added ones
        Assert.DoesNotContain("Brak środków", results.TextContent, StringComparison.Ordinal);

        var second = (await anonymous.GetPageAsync($"/konkursy/{w.Competition}?page=2")).QuerySelector("section[aria-labelledby=results-title]")!;
        var headings = second.QuerySelectorAll("h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Oferty, którym przyznano dotację", "Oferty, którym nie przyznano dotacji"], headings);
        Assert.Contains("Organizacja 0119", second.TextContent, StringComparison.Ordinal);
        Assert.Contains(ResultsKit.RejectionReason, second.TextContent, StringComparison.Ordinal); // B, formally rejected, heads the unfunded

        // Past the last page or not a number: the last page and the first, never an error.
        var last = (await anonymous.GetPageAsync($"/konkursy/{w.Competition}?page=99")).QuerySelector("section[aria-labelledby=results-title]")!;
        Assert.Contains("Strona 3 z 3", last.QuerySelector("#results-page")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Organizacja 0229", last.TextContent, StringComparison.Ordinal);
        Assert.Contains("Strona 1 z 3", (await anonymous.GetPageAsync($"/konkursy/{w.Competition}?page=abc")).QuerySelector("#results-page")!.TextContent, StringComparison.Ordinal);

        // The API still lists every line.
        var json = JsonDocument.Parse(await (await anonymous.GetAsync($"/api/v1/competitions/{w.Competition}/results")).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(121, json.GetProperty("funded").GetArrayLength());
        Assert.Equal(111, json.GetProperty("notFunded").GetArrayLength());
    }

    [Fact]
    public async Task Representative_requests_a_justification_the_office_answers_and_after_the_period_the_form_refuses()
    {
        var w = await ResultsKit.WorldAsync(App);
        using (var official = new TestClient(App))
        {
            await official.SignInAsync(w.Official);
            Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync(w.DecisionUrl, ResultsKit.DecisionFields(w, false, null, "Niższa ocena merytoryczna."))).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync(w.DecisionUrl, new Dictionary<string, string> { ["Publish.Confirm"] = "true" }, "handler=Publish")).StatusCode);
        }
        var publishedAt = App.Clock.GetUtcNow();

        using (var member = new TestClient(App))
        {
            await member.SignInAsync(w.RepresentativeA);
            var confirmation = await member.GetPageAsync($"/oferty/{w.OfferA}/potwierdzenie");
            Assert.NotNull(confirmation.QuerySelector($"a[href='{w.RequestUrlA}']"));
            var page = await member.GetPageAsync(w.RequestUrlA);
            Assert.Contains("Niższa ocena merytoryczna.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("art. 15 ust. 2j UDPP", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
            var filed = await member.PostFormAsync(w.RequestUrlA, new Dictionary<string, string> { ["Input.Text"] = "Prosimy o uzasadnienie oceny." });
            Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        }

        string answerUrl;
        using (var official = new TestClient(App))
        {
            await official.SignInAsync(w.Official);
            var list = await official.GetPageAsync(w.JustificationsUrl);
            var row = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(w.ConfirmationA, StringComparison.Ordinal));
            Assert.Contains("Czeka na odpowiedź", row.TextContent, StringComparison.Ordinal);
            answerUrl = row.QuerySelector("a")!.GetAttribute("href")!;
            var empty = await OrgWebKit.PageOf(await official.PostFormAsync(answerUrl, new Dictionary<string, string> { ["Input.Answer"] = " " }));
            Assert.Equal("Wpisz uzasadnienie.", empty.QuerySelector("#Input_Answer-error")!.TextContent.Trim());
            var answered = await official.PostFormAsync(answerUrl, new Dictionary<string, string> { ["Input.Answer"] = "Oferta uzyskała 4 z 10 punktów za kalkulację kosztów." });
            Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        }
        await App.DispatchOutboxAsync();
        var mail = await MailReader.WaitForAsync(App.MailPickupDirectory, w.RepresentativeA.Email, TimeSpan.FromSeconds(10), m => m.Subject.StartsWith("Uzasadnienie rozstrzygnięcia", StringComparison.Ordinal));
        Assert.Contains("Oferta uzyskała 4 z 10 punktów", mail.Text, StringComparison.Ordinal);

        using (var member = new TestClient(App))
        {
            await member.SignInAsync(w.RepresentativeA);
            Assert.Contains("Oferta uzyskała 4 z 10 punktów", (await member.GetPageAsync(w.RequestUrlA)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }

        // 40 days later the period of art. 15 ust. 2j (30 days from the publication, perhaps moved off a weekend or holiday) is over.
        App.Clock.Set(publishedAt.AddDays(40));
        using (var late = new TestClient(App))
        {
            await late.SignInAsync(w.RepresentativeA);
            var page = await late.GetPageAsync(w.RequestUrlA);
            var text = page.QuerySelector("main")!.TextContent;
            Assert.True(text.Contains("Termin na złożenie wniosku minął", StringComparison.Ordinal), text);
            Assert.Null(page.QuerySelector("textarea[name='Input.Text']"));
            var refused = await OrgWebKit.PageOf(await ResultsKit.PostWithTokenAsync(late, w.RequestUrlA, new Dictionary<string, string> { ["Input.Text"] = "Za późno" }));
            Assert.Contains("Termin na złożenie wniosku o uzasadnienie minął", refused.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("art. 15 ust. 2j UDPP", refused.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Any_resident_requests_a_justification_from_the_public_results_sees_the_answer_and_after_the_period_is_refused_with_the_last_day()
    {
        var w = await ResultsKit.WorldAsync(App);
        using (var official = new TestClient(App))
        {
            await official.SignInAsync(w.Official);
            Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync(w.DecisionUrl, ResultsKit.DecisionFields(w, true, "6000,00"))).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await official.PostFormAsync(w.DecisionUrl, new Dictionary<string, string> { ["Publish.Confirm"] = "true" }, "handler=Publish")).StatusCode);
        }
        var publishedAt = App.Clock.GetUtcNow();
        var resident = await App.CreateUserAsync($"r{Guid.NewGuid():N}@example.org", "Rafał Mieszkaniec");
        var requestUrlB = $"/oferty/{w.OfferB}/uzasadnienie";

        using (var client = new TestClient(App))
        {
            await client.SignInAsync(resident);
            // The public results link every offer, the rejected one too, to its request page.
            var details = await client.GetPageAsync($"/konkursy/{w.Competition}");
            Assert.NotNull(details.QuerySelector($"section[aria-labelledby=results-title] a[href='{requestUrlB}']"));
            var page = await client.GetPageAsync(requestUrlB);
            var main = page.QuerySelector("main")!.TextContent;
            Assert.Contains(ResultsKit.RejectionReason, main, StringComparison.Ordinal);
            Assert.Contains("we własnym imieniu", main, StringComparison.Ordinal);
            Assert.Null(page.QuerySelector("input[name='Input.OrganisationId']"));
            var filed = await client.PostFormAsync(requestUrlB, new Dictionary<string, string> { ["Input.Text"] = "Proszę o uzasadnienie odrzucenia oferty." });
            Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
            var mine = await client.GetPageAsync("/moje-wnioski-o-uzasadnienie");
            var row = Assert.Single(mine.QuerySelectorAll("tbody tr"));
            Assert.Contains(w.ConfirmationB, row.TextContent, StringComparison.Ordinal);
            Assert.Contains("We własnym imieniu", row.TextContent, StringComparison.Ordinal);
            Assert.Contains("Czeka na odpowiedź", row.TextContent, StringComparison.Ordinal);
        }

        using (var official = new TestClient(App))
        {
            await official.SignInAsync(w.Official);
            var list = await official.GetPageAsync(w.JustificationsUrl);
            var row = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(w.ConfirmationB, StringComparison.Ordinal));
            Assert.Contains("Rafał Mieszkaniec", row.TextContent, StringComparison.Ordinal);
            Assert.Contains("We własnym imieniu", row.TextContent, StringComparison.Ordinal);
            var answered = await official.PostFormAsync(row.QuerySelector("a")!.GetAttribute("href")!, new Dictionary<string, string> { ["Input.Answer"] = "Oferent nie jest uprawniony do udziału w konkursie." });
            Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        }
        await App.DispatchOutboxAsync();
        var mail = await MailReader.WaitForAsync(App.MailPickupDirectory, resident.Email, TimeSpan.FromSeconds(10), m => m.Subject.StartsWith("Uzasadnienie rozstrzygnięcia", StringComparison.Ordinal));
        Assert.Contains("Oferent nie jest uprawniony", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Rafał Mieszkaniec (wniosek własny)", mail.Text, StringComparison.Ordinal);
        Assert.Contains(requestUrlB, mail.Text, StringComparison.Ordinal);

        using (var client = new TestClient(App))
        {
            await client.SignInAsync(resident);
            Assert.Contains("Oferent nie jest uprawniony", (await client.GetPageAsync(requestUrlB)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("Udzielono odpowiedzi", (await client.GetPageAsync("/moje-wnioski-o-uzasadnienie")).QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
            // Another resident does not see someone else's request.
            using var other = new TestClient(App);
            await other.SignInAsync(await App.CreateUserAsync($"o{Guid.NewGuid():N}@example.org", "Olga Inna"));
            Assert.DoesNotContain("Proszę o uzasadnienie", (await other.GetPageAsync(requestUrlB)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
            Assert.Empty((await other.GetPageAsync("/moje-wnioski-o-uzasadnienie")).QuerySelectorAll("tbody tr"));
        }

        App.Clock.Set(publishedAt.AddDays(40));
        using (var late = new TestClient(App))
        {
            await late.SignInAsync(resident);
            var page = await late.GetPageAsync(requestUrlB);
            Assert.Null(page.QuerySelector("textarea[name='Input.Text']"));
            var refused = await OrgWebKit.PageOf(await ResultsKit.PostWithTokenAsync(late, requestUrlB, new Dictionary<string, string> { ["Input.Text"] = "Za późno" }));
            var summary = refused.QuerySelector(".error-summary")!.TextContent;
            Assert.Contains("Termin na złożenie wniosku o uzasadnienie minął", summary, StringComparison.Ordinal);
            Assert.Contains("art. 15 ust. 2j UDPP", summary, StringComparison.Ordinal);
            Assert.Matches(@"minął \d{1,2} \p{L}+ \d{4}", Plain(summary));
        }
    }

    [Fact]
    public async Task Decision_page_and_its_messages_are_in_English_for_an_English_reader()
    {
        var w = await ResultsKit.WorldAsync(App);
        using var official = new TestClient(App);
        await official.SignInAsync(w.Official);
        await official.UseEnglishAsync();
        var form = await official.GetPageAsync(w.DecisionUrl);
        Assert.Contains("Decision on competition", form.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("8000.00", form.QuerySelector("input[name='Input.Lines[0].Amount']")!.GetAttribute("value"));
        var fields = ResultsKit.DecisionFields(w, false, "8000.00", " ");
        var page = await OrgWebKit.PageOf(await official.PostFormAsync(w.DecisionUrl, fields));
        Assert.Equal($"Give the reason why offer {w.ConfirmationA} is not funded.", page.QuerySelector("#Input_Lines_0__Reason-error")!.TextContent.Trim());
        Assert.Null(await ResultsKit.DecisionAsync(App, w));
    }
}

public sealed class ResultsWebTests_Sqlite(ResultsSqliteFixture f) : ResultsWebTests(f), IClassFixture<ResultsSqliteFixture>;

public sealed class ResultsWebTests_Postgres(ResultsPostgresFixture f) : ResultsWebTests(f), IClassFixture<ResultsPostgresFixture>;
