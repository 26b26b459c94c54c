using System.Diagnostics;
using System.Net;
using Civitas.Grants.Domain.Offers;
using Civitas.Organisations.Contracts;
using Civitas.Platform.Tenancy;
using Civitas.Testing;
using Civitas.Web.Tests.Organisations;

namespace Civitas.Web.Tests.Grants.Offers;

/// <summary>The offer from draft to confirmation, and every bad input of the issue, through the pages.</summary>
public abstract class OfferWebTests(AppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;

    private async Task<(TenantInfo Tenant, Guid Competition, Guid Task, DateTimeOffset Deadline, Guid Organisation, TestUser Representative)> WorldAsync(
        decimal? adminCap = 10m, decimal? maxGrant = 20_000m)
    {
        var tenant = await App.DemoTenantAsync();
        var (competition, task, deadline) = await App.CompetitionAsync(tenant, adminCap, maxGrant);
        var representative = await App.PersonAsync("Zofia Żak");
        var organisation = await App.OrganisationAsync(tenant, representative, "Stowarzyszenie Łąka " + Guid.NewGuid().ToString("N")[..6]);
        return (tenant, competition, task, deadline, organisation, representative);
    }

    [Fact]
    public async Task A_representative_starts_fills_submits_and_gets_the_confirmation_and_the_pdf()
    {
        var w = await WorldAsync();
        using var client = new TestClient(App);
        await client.SignInAsync(w.Representative);
        var started = await client.SubmitAsync($"/konkursy/{w.Competition}/nowa-oferta", new Dictionary<string, string>
        {
            ["Input.OrganisationId"] = w.Organisation.ToString(), ["Input.TaskId"] = w.Task.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var editor = started.Headers.Location!.OriginalString;
        Assert.StartsWith("/oferty/", editor, StringComparison.Ordinal);
        var offerId = Guid.Parse(editor.Split('/', '?')[2]);

        // Section IV through the form, the rest arranged through the workflow.
        await App.FillAsync(w.Tenant, offerId, w.Representative);
        var saved = await client.SubmitAsync($"/oferty/{offerId}?sekcja=IV", new Dictionary<string, string>
        {
            ["Profile.PreviousActivity"] = "Prowadzimy świetlicę od 2012 r.", ["Profile.Resources"] = "Źródło: 3 animatorki, sala gimnastyczna.",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var summary = await client.GetPageAsync($"/oferty/{offerId}/podsumowanie");
        Assert.Empty(summary.QuerySelectorAll(".problem-list li"));
        var submitted = await client.SubmitAsync($"/oferty/{offerId}/podsumowanie", new Dictionary<string, string> { ["Input.Confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal($"/oferty/{offerId}/potwierdzenie", submitted.Headers.Location!.OriginalString);

        var confirmation = await client.GetPageAsync($"/oferty/{offerId}/potwierdzenie");
        var number = confirmation.QuerySelector(".confirmation-number")!.TextContent;
        Assert.Matches("^OF-\\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$", number);
        var submissions = await App.SubmissionsAsync(w.Tenant, offerId);
        var submission = Assert.Single(submissions);
        Assert.Equal(number, submission.ConfirmationNumber);
        Assert.Equal(OfferSubmission.Grouped(submission.Checksum), confirmation.QuerySelector(".checksum")!.TextContent);
        Assert.Contains("Źródło: 3 animatorki", submission.SnapshotJson, StringComparison.Ordinal);

        var pdf = await client.GetAsync($"/oferty/{offerId}/pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var text = PdfText(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("Oferta realizacji zadania publicznego", text, StringComparison.Ordinal);
        Assert.Contains("Lato na łące – półkolonie", text, StringComparison.Ordinal);
        Assert.Contains("Źródło: 3 animatorki", text, StringComparison.Ordinal);
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains(submission.Checksum[..8], text, StringComparison.Ordinal);
        Assert.Contains("Księgowość", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_double_click_on_submit_gives_one_submission_and_one_confirmation()
    {
        var w = await WorldAsync();
        var offerId = await App.StartOfferAsync(w.Tenant, w.Competition, w.Task, w.Organisation, w.Representative);
        await App.FillAsync(w.Tenant, offerId, w.Representative);
        using var client = new TestClient(App);
        await client.SignInAsync(w.Representative);
        var page = await client.GetPageAsync($"/oferty/{offerId}/podsumowanie");
        var fields = new Dictionary<string, string> { ["Input.Confirm"] = "true" };
        var both = await Task.WhenAll(client.PostFromAsync(page, $"/oferty/{offerId}/podsumowanie", fields), client.PostFromAsync(page, $"/oferty/{offerId}/podsumowanie", fields));
        Assert.All(both, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var again = await client.PostFromAsync(page, $"/oferty/{offerId}/podsumowanie", fields);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var submission = Assert.Single(await App.SubmissionsAsync(w.Tenant, offerId));
        var confirmation = await client.GetPageAsync($"/oferty/{offerId}/potwierdzenie");
        Assert.Equal(submission.ConfirmationNumber, confirmation.QuerySelector(".confirmation-number")!.TextContent);
    }

    [Fact]
    public async Task A_submission_one_second_after_the_deadline_is_refused_with_the_deadline_in_the_message()
    {
        var w = await WorldAsync();
        var offerId = await App.StartOfferAsync(w.Tenant, w.Competition, w.Task, w.Organisation, w.Representative);
        await App.FillAsync(w.Tenant, offerId, w.Representative);
        var before = App.Clock.GetUtcNow();
        using var client = new TestClient(App);
        try
        {
            // The page is opened a second before the deadline and sent a second after it.
            App.Clock.Set(w.Deadline.AddSeconds(-1));
            await client.SignInAsync(w.Representative);
            var page = await client.GetPageAsync($"/oferty/{offerId}/podsumowanie");
            App.Clock.Set(w.Deadline.AddSeconds(1));
            var response = await client.PostFromAsync(page, $"/oferty/{offerId}/podsumowanie", new Dictionary<string, string> { ["Input.Confirm"] = "true" });
            var doc = await OrgWebKit.PageOf(response);
            var local = Civitas.Platform.Calendar.WarsawTime.ToLocal(w.Deadline);
            Assert.Contains($"upłynął {local:dd.MM.yyyy} o godz. {local:HH:mm}", doc.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
            Assert.Empty(await App.SubmissionsAsync(w.Tenant, offerId));
        }
        finally
        {
            App.Clock.Set(before);
        }
    }

    [Fact]
    public async Task An_offer_received_before_the_deadline_is_accepted_even_when_its_checks_end_after_it()
    {
        var w = await WorldAsync();
        var offerId = await App.StartOfferAsync(w.Tenant, w.Competition, w.Task, w.Organisation, w.Representative);
        await App.FillAsync(w.Tenant, offerId, w.Representative);
        var before = App.Clock.GetUtcNow();
        try
        {
            // Received a second before the deadline, processed (clock read by the workflow) two seconds after it.
            App.Clock.Set(w.Deadline.AddSeconds(2));
            var received = w.Deadline.AddSeconds(-1);
            var submitted = await App.InAsync(w.Tenant, w.Representative.Id, async sp =>
                await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Civitas.Grants.Domain.Offers.OfferWorkflow>(sp)
                    .SubmitAsync(offerId, w.Representative.Id, CancellationToken.None, received));
            Assert.True(submitted.Succeeded, string.Join(", ", submitted.Errors.Select(e => e.Code)));
            Assert.Equal(received, Assert.Single(await App.SubmissionsAsync(w.Tenant, offerId)).SubmittedAt);
        }
        finally
        {
            App.Clock.Set(before);
        }
    }

    [Fact]
    public async Task Two_editors_saving_the_same_section_conflict_and_the_second_keeps_their_input_and_sees_the_first_version()
    {
        var w = await WorldAsync();
        var offerId = await App.StartOfferAsync(w.Tenant, w.Competition, w.Task, w.Organisation, w.Representative);
        var editor = await App.PersonAsync("Edward Redaktor");
        await App.AddMemberAsync(w.Tenant, w.Organisation, editor, OrganisationMemberRole.Editor);
        using var first = new TestClient(App);
        await first.SignInAsync(w.Representative);
        using var second = new TestClient(App);
        await second.SignInAsync(editor);
        var firstPage = await first.GetPageAsync($"/oferty/{offerId}?sekcja=IV");
        var secondPage = await second.GetPageAsync($"/oferty/{offerId}?sekcja=IV");
        // A different section saved meanwhile does not conflict with either.
        var other = await second.SubmitAsync($"/oferty/{offerId}?sekcja=VI", new Dictionary<string, string> { ["Other.PaidMode"] = "Unpaid" });
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);

        var saved = await first.PostFromAsync(firstPage, $"/oferty/{offerId}?sekcja=IV", new Dictionary<string, string>
        {
            ["Profile.PreviousActivity"] = "Wersja przedstawicielki", ["Profile.Resources"] = "Sala",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var conflict = await second.PostFromAsync(secondPage, $"/oferty/{offerId}?sekcja=IV", new Dictionary<string, string>
        {
            ["Profile.PreviousActivity"] = "Wersja redaktora – żółw", ["Profile.Resources"] = "Rowery",
        });
        var doc = await OrgWebKit.PageOf(conflict);
        Assert.Contains("Ktoś inny zapisał tę część", doc.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Wersja redaktora – żółw", doc.QuerySelector("textarea[name='Profile.PreviousActivity']")!.TextContent.Trim());
        Assert.Contains("Wersja przedstawicielki", doc.QuerySelector(".notice dl")!.TextContent, StringComparison.Ordinal);
        // Saving again, knowingly, replaces the other version.
        var again = await second.PostFromAsync(doc, $"/oferty/{offerId}?sekcja=IV", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var now = await first.GetPageAsync($"/oferty/{offerId}?sekcja=IV");
        Assert.Equal("Wersja redaktora – żółw", now.QuerySelector("textarea[name='Profile.PreviousActivity']")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_negative_quantity_typed_in_the_cost_form_is_shown_next_to_the_field_and_kept()
    {
        var w = await WorldAsync();
        var offerId = await App.StartOfferAsync(w.Tenant, w.Competition, w.Task, w.Organisation, w.Representative);
        await App.FillAsync(w.Tenant, offerId, w.Representative);
        using var client = new TestClient(App);
        await client.SignInAsync(w.Representative);
        var response = await client.SubmitAsync($"/oferty/{offerId}?sekcja=VA", new Dictionary<string, string> { ["Costs.Lines[1].Quantity"] = "-3" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var doc = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Liczba jednostek musi być większa od zera", OrgWebKit.FieldError(doc, "Costs_Lines_1__Quantity"), StringComparison.Ordinal);
        Assert.Equal("-3", ((AngleSharp.Html.Dom.IHtmlInputElement)doc.QuerySelector("#Costs_Lines_1__Quantity")!).Value);
        // Text that is not a number is refused before saving, and stays in the field.
        var typed = await client.SubmitAsync($"/oferty/{offerId}?sekcja=VA", new Dictionary<string, string> { ["Costs.Lines[0].UnitCost"] = "dziesięć" });
        var page = await OrgWebKit.PageOf(typed);
        Assert.NotEmpty(OrgWebKit.FieldError(page, "Costs_Lines_0__UnitCost"));
        Assert.Equal("dziesięć", ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#Costs_Lines_0__UnitCost")!).Value);
    }

    [Fact]
    public async Task Live_sums_come_from_the_calculator_with_and_without_javascript()
    {
        var w = await WorldAsync();
        var offerId = await App.StartOfferAsync(w.Tenant, w.Competition, w.Task, w.Organisation, w.Representative);
        await App.FillAsync(w.Tenant, offerId, w.Representative);
        using var client = new TestClient(App);
        await client.SignInAsync(w.Representative);
        var page = await client.GetPageAsync($"/oferty/{offerId}?sekcja=VA");
        var input = page.QuerySelector("#Costs_Lines_1__Quantity")!;
        Assert.Equal("input changed delay:300ms", input.GetAttribute("hx-trigger"));
        var sums = await client.PostFromAsync(page, $"/oferty/{offerId}?sekcja=VA", new Dictionary<string, string> { ["Costs.Lines[1].Quantity"] = "181,5" }, "Sums");
        var partial = await sums.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, sums.StatusCode);
        Assert.DoesNotContain("<html", partial, StringComparison.Ordinal);
        Assert.Contains("10 075,00", TestClient.Parse(partial).Body!.TextContent.Replace('\u00a0', ' ').Replace('\u202f', ' '), StringComparison.Ordinal);   // 100 + 50 × 181,5 + 900
        var recalculated = await client.PostFromAsync(page, $"/oferty/{offerId}?sekcja=VA", new Dictionary<string, string> { ["Costs.Lines[1].Quantity"] = "181,5" }, "Recalculate");
        var full = await OrgWebKit.PageOf(recalculated);
        Assert.Contains("10 075,00", full.QuerySelector("#sums")!.TextContent.Replace('\u00a0', ' ').Replace('\u202f', ' '), StringComparison.Ordinal);
        Assert.Contains("źródła finansowania", full.QuerySelector("#sums")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("costs", "Obie sumy muszą być równe")]
    [InlineData("admin", "Koszty administracyjne stanowią")]
    [InlineData("grant", "przekracza maksymalną kwotę dotacji")]
    [InlineData("period", "Koszty są kwalifikowalne tylko od")]
    [InlineData("split", "Podział kosztów między oferentów sumuje się do")]
    public async Task Bad_figures_are_listed_on_the_summary_with_their_legal_basis_and_submission_is_refused(string fault, string message)
    {
        var w = await WorldAsync(adminCap: fault == "admin" ? 5m : 10m, maxGrant: fault == "grant" ? 7_000m : 20_000m);
        Guid? partner = null;
        if (fault == "split")
        {
            var other = await App.PersonAsync("Piotr Partner");
            partner = await App.OrganisationAsync(w.Tenant, other, "Fundacja Źródło " + Guid.NewGuid().ToString("N")[..6]);
        }
        var offerId = await App.StartOfferAsync(w.Tenant, w.Competition, w.Task, w.Organisation, w.Representative);
        await App.FillAsync(w.Tenant, offerId, w.Representative, c =>
        {
            switch (fault)
            {
                case "costs": c.Sources.Grant = 8_500m; break;
                case "period": c.Task.StartDate = c.Task.StartDate!.Value.AddDays(-1); break;
                case "split":
                    c.Offerors.Partners = [partner!.Value];
                    c.Task.Actions[0].OfferorId = w.Organisation;
                    c.Task.Actions[1].OfferorId = partner.Value;
                    c.Other.DivisionOfWork = "Łąka rekrutuje, Źródło prowadzi zajęcia.";
                    c.Split.Rows = [new SplitRow { OfferorId = w.Organisation, Year = c.Task.StartDate!.Value.Year, Amount = 6_000m }, new SplitRow { OfferorId = partner.Value, Year = c.Task.StartDate!.Value.Year, Amount = 3_000m }];
                    break;
            }
        });
        using var client = new TestClient(App);
        await client.SignInAsync(w.Representative);
        var summary = await client.GetPageAsync($"/oferty/{offerId}/podsumowanie");
        var problems = summary.QuerySelectorAll(".problem-list li a").Select(a => a.TextContent).ToList();
        Assert.Contains(problems, p => p.Contains(message, StringComparison.Ordinal));
        var response = await client.PostFromAsync(summary, $"/oferty/{offerId}/podsumowanie", new Dictionary<string, string> { ["Input.Confirm"] = "true" });
        var doc = await OrgWebKit.PageOf(response);
        Assert.Contains("Oferta ma błędy", doc.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await App.SubmissionsAsync(w.Tenant, offerId));
    }

    [Fact]
    public async Task A_partner_of_a_joint_offer_finds_it_on_my_offers_marked_partner_and_reads_it_without_editing()
    {
        var w = await WorldAsync();
        var partnerPerson = await App.PersonAsync("Paweł Partnerski");
        var partnerName = "Fundacja Partnerska " + Guid.NewGuid().ToString("N")[..6];
        var partner = await App.OrganisationAsync(w.Tenant, partnerPerson, partnerName);
        var offerId = await App.StartOfferAsync(w.Tenant, w.Competition, w.Task, w.Organisation, w.Representative);
        await App.FillAsync(w.Tenant, offerId, w.Representative, c =>
        {
            c.Offerors.Partners = [partner];
            c.Task.Actions[0].OfferorId = w.Organisation;
            c.Task.Actions[1].OfferorId = partner;
            c.Other.DivisionOfWork = "Łąka rekrutuje, partner prowadzi zajęcia.";
            c.Split.Rows = [new SplitRow { OfferorId = w.Organisation, Year = c.Task.StartDate!.Value.Year, Amount = 7_000m }, new SplitRow { OfferorId = partner, Year = c.Task.StartDate!.Value.Year, Amount = 3_000m }];
        });
        using var member = new TestClient(App);
        await member.SignInAsync(partnerPerson);

        // Already the draft is listed for the partner, read-only.
        var mine = await member.GetPageAsync("/moje-oferty");
        var row = Assert.Single(mine.QuerySelectorAll("tbody tr"));
        Assert.Contains(partnerName, row.TextContent, StringComparison.Ordinal);
        Assert.Equal("partner", row.QuerySelector(".badge:not([class*='badge-'])")!.TextContent.Trim());
        Assert.Equal($"/oferty/{offerId}/potwierdzenie", row.QuerySelector("td a")!.GetAttribute("href"));

        using (var lead = new TestClient(App))
        {
            await lead.SignInAsync(w.Representative);
            var leadRow = Assert.Single((await lead.GetPageAsync("/moje-oferty")).QuerySelectorAll("tbody tr"));
            Assert.DoesNotContain("partner", leadRow.TextContent, StringComparison.Ordinal);
            Assert.Equal($"/oferty/{offerId}?sekcja=II", leadRow.QuerySelector("td a")!.GetAttribute("href"));
            var submitted = await lead.SubmitAsync($"/oferty/{offerId}/podsumowanie", new Dictionary<string, string> { ["Input.Confirm"] = "true" });
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        }
        var confirmationNumber = Assert.Single(await App.SubmissionsAsync(w.Tenant, offerId)).ConfirmationNumber;

        var confirmation = await member.GetPageAsync($"/oferty/{offerId}/potwierdzenie");
        Assert.Contains("partnerem tej oferty wspólnej", confirmation.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(confirmationNumber, confirmation.QuerySelector(".confirmation-number")!.TextContent.Trim());
        Assert.Null(confirmation.QuerySelector($"a[href='/oferty/{offerId}?sekcja=II']"));
        Assert.Null(confirmation.QuerySelector($"a[href='/oferty/{offerId}/wycofaj']"));
        var pdf = await member.GetAsync($"/oferty/{offerId}/pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal(confirmationNumber, Assert.Single((await member.GetPageAsync("/moje-oferty")).QuerySelectorAll("tbody tr")).QuerySelectorAll("td a").Last().TextContent.Trim());

        // Read-only: the editor, the summary and the withdrawal stay closed to the partner.
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/oferty/{offerId}?sekcja=III")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/oferty/{offerId}/podsumowanie")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/oferty/{offerId}/wycofaj")).StatusCode);

        // A person of neither organisation still gets no access.
        using var stranger = new TestClient(App);
        await stranger.SignInAsync(await App.PersonAsync("Obca Osoba"));
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/oferty/{offerId}/potwierdzenie")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/oferty/{offerId}/pdf")).StatusCode);
        Assert.Empty((await stranger.GetPageAsync("/moje-oferty")).QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task An_organisation_not_listed_in_this_local_government_cannot_start_an_offer_here()
    {
        var w = await WorldAsync();
        var other = await App.CreateTenantAsync("gmina-" + Guid.NewGuid().ToString("N")[..6], "Gmina Inna", $"inna-{Guid.NewGuid():N}.example");
        var person = await App.PersonAsync("Olga Obca");
        var foreign = await App.OrganisationAsync(other, person, "Stowarzyszenie Obce " + Guid.NewGuid().ToString("N")[..6]);
        using var client = new TestClient(App);
        await client.SignInAsync(person);
        var response = await client.SubmitAsync($"/konkursy/{w.Competition}/nowa-oferta", new Dictionary<string, string>
        {
            ["Input.OrganisationId"] = foreign.ToString(), ["Input.TaskId"] = w.Task.ToString(),
        });
        var doc = await OrgWebKit.PageOf(response);
        Assert.Contains("nie figuruje w bazie organizacji tego samorządu", OrgWebKit.FieldError(doc, "Input_OrganisationId"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_organisation_of_a_legal_form_the_announcement_does_not_admit_cannot_start_an_offer()
    {
        var w = await WorldAsync();
        var person = await App.PersonAsync("Stanisław Spółdzielca");
        var cooperative = await App.OrganisationAsync(w.Tenant, person, "Spółdzielnia Socjalna Ład " + Guid.NewGuid().ToString("N")[..6], OrganisationLegalForm.SocialCooperative);
        using var client = new TestClient(App);
        await client.SignInAsync(person);
        var response = await client.SubmitAsync($"/konkursy/{w.Competition}/nowa-oferta", new Dictionary<string, string>
        {
            ["Input.OrganisationId"] = cooperative.ToString(), ["Input.TaskId"] = w.Task.ToString(),
        });
        var doc = await OrgWebKit.PageOf(response);
        Assert.Contains("nie jest wymieniona w ogłoszeniu konkursu wśród uprawnionych", OrgWebKit.FieldError(doc, "Input_OrganisationId"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_withdrawn_offer_can_be_submitted_again_as_a_new_revision_before_the_deadline()
    {
        var w = await WorldAsync();
        var offerId = await App.StartOfferAsync(w.Tenant, w.Competition, w.Task, w.Organisation, w.Representative);
        await App.FillAsync(w.Tenant, offerId, w.Representative);
        using var client = new TestClient(App);
        await client.SignInAsync(w.Representative);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync($"/oferty/{offerId}/podsumowanie", new Dictionary<string, string> { ["Input.Confirm"] = "true" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync($"/oferty/{offerId}/wycofaj", new Dictionary<string, string>())).StatusCode);
        var withdrawn = await client.GetPageAsync($"/oferty/{offerId}/potwierdzenie");
        Assert.Contains("wycofana", withdrawn.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync($"/oferty/{offerId}/podsumowanie", new Dictionary<string, string> { ["Input.Confirm"] = "true" })).StatusCode);
        var submissions = await App.SubmissionsAsync(w.Tenant, offerId);
        Assert.Equal([1, 2], submissions.Select(s => s.Revision).Order());
        Assert.NotEqual(submissions[0].ConfirmationNumber, submissions[1].ConfirmationNumber);
    }

    [Fact]
    public async Task An_editor_prepares_but_only_a_representative_submits()
    {
        var w = await WorldAsync();
        var offerId = await App.StartOfferAsync(w.Tenant, w.Competition, w.Task, w.Organisation, w.Representative);
        await App.FillAsync(w.Tenant, offerId, w.Representative);
        var editor = await App.PersonAsync("Ewa Edytorka");
        await App.AddMemberAsync(w.Tenant, w.Organisation, editor, OrganisationMemberRole.Editor);
        using var client = new TestClient(App);
        await client.SignInAsync(editor);
        var summary = await client.GetPageAsync($"/oferty/{offerId}/podsumowanie");
        Assert.Contains("Ofertę składa przedstawiciel", summary.QuerySelector("#submit-title")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Null(summary.QuerySelector("input[name='Input.Confirm']"));
    }

    private static string PdfText(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"offer-{Guid.NewGuid():N}.pdf");
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

public sealed class OfferWebTests_Sqlite(OffersSqliteFixture f) : OfferWebTests(f), IClassFixture<OffersSqliteFixture>;

public sealed class OfferWebTests_Postgres(OffersPostgresFixture f) : OfferWebTests(f), IClassFixture<OffersPostgresFixture>;
