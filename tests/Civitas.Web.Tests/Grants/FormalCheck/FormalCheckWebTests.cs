using System.Net;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.FormalCheck;
using Civitas.Grants.Domain.Offers;
using Civitas.Platform.Calendar;
using Civitas.Testing;
using Civitas.Web.Tests.Grants.Offers;
using Civitas.Web.Tests.Organisations;

namespace Civitas.Web.Tests.Grants.FormalCheck;

/// <summary>The official's formal check of submitted offers, through the pages.</summary>
public abstract class FormalCheckWebTests(AppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;

    [Fact]
    public async Task Official_records_an_offer_as_formally_correct_and_the_competition_enters_the_formal_check()
    {
        var w = await FormalCheckKit.WorldAsync(App);
        await FormalCheckKit.AtAsync(App, w.Deadline.AddHours(1), async () =>
        {
            using var client = new TestClient(App);
            await client.SignInAsync(w.Official);
            var list = await client.GetPageAsync(w.OffersUrl);
            var row = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(w.Confirmation, StringComparison.Ordinal));
            Assert.Contains("Nie oceniono", row.TextContent, StringComparison.Ordinal);
            Assert.Contains("Stowarzyszenie Formalne", row.TextContent, StringComparison.Ordinal);
            Assert.Contains("Półkolonie dla dzieci", row.TextContent, StringComparison.Ordinal);
            Assert.Contains("8 000,00 zł", row.TextContent.Replace('\u00a0', ' ').Replace('\u202f', ' '), StringComparison.Ordinal);

            var response = await FormalCheckKit.PostReviewAsync(client, w.ReviewUrl, [true, true], "Accepted");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(w.OffersUrl, response.Headers.Location!.OriginalString);
            list = await client.GetPageAsync(w.OffersUrl);
            Assert.Contains("Spełnia wymogi formalne", list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(w.Confirmation, StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
        });
        var review = await FormalCheckKit.ReviewAsync(App, w);
        Assert.NotNull(review);
        Assert.Equal(FormalOutcome.Accepted, review.Outcome);
        Assert.Equal(w.Official.Id, review.ReviewedBy);
        Assert.Equal(CompetitionStatus.FormalCheck, await FormalCheckKit.StatusAsync(App, w));
    }

    [Fact]
    public async Task Correction_request_names_the_items_and_sections_and_its_deadline_moves_off_the_holiday()
    {
        var w = await FormalCheckKit.WorldAsync(App);
        // 4 November + 7 calendar days (the seeded FormalCorrectionDays) = 11 November, Independence Day.
        var year = WarsawTime.DateOf(w.Deadline).Year + 1;
        var requestDay = new DateOnly(year, 11, 4);
        var expected = new DateOnly(year, 11, 12);
        while (!LegalCalendar.IsWorkingDay(expected)) expected = expected.AddDays(1);
        await FormalCheckKit.AtAsync(App, WarsawTime.ToUtc(requestDay, new TimeOnly(10, 0)), async () =>
        {
            using var client = new TestClient(App);
            await client.SignInAsync(w.Official);
            var response = await FormalCheckKit.PostReviewAsync(client, w.ReviewUrl, [true, false], "CorrectionRequested", "Brak podpisu pod kalkulacją.", "Costs");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var page = await client.GetPageAsync(w.ReviewUrl);
            var current = page.QuerySelector("section[aria-labelledby=current-title]")!.TextContent;
            Assert.Contains("Wezwanie do uzupełnienia braków", current, StringComparison.Ordinal);
            Assert.Contains("V.A. Kalkulacja przewidywanych kosztów", current, StringComparison.Ordinal);
            Assert.Contains(FormalCheckKit.Checklist[1], current, StringComparison.Ordinal);
            Assert.Contains(expected.ToString("d MMMM yyyy", new System.Globalization.CultureInfo("pl-PL")), current, StringComparison.Ordinal);
            Assert.Contains("regulamin konkursu", current, StringComparison.Ordinal);
            Assert.Contains("art. 57 § 4 KPA", current, StringComparison.Ordinal);
        });
        var review = await FormalCheckKit.ReviewAsync(App, w);
        Assert.NotNull(review);
        Assert.Equal(FormalOutcome.CorrectionRequested, review.Outcome);
        Assert.Equal(expected, review.CorrectionLastDay);
        Assert.Equal(WarsawTime.EndOfDay(expected), review.CorrectionEndsBefore);
        Assert.Equal(new[] { OfferSectionKey.Costs }, review.Sections);
        Assert.Equal(FormalCheckKit.Checklist[1], Assert.Single(review.Items, i => !i.Met).Text);
    }

    [Fact]
    public async Task Rejection_without_reasons_is_refused_next_to_the_field_and_with_reasons_is_recorded()
    {
        var w = await FormalCheckKit.WorldAsync(App);
        await FormalCheckKit.AtAsync(App, w.Deadline.AddDays(2), async () =>
        {
            using var client = new TestClient(App);
            await client.SignInAsync(w.Official);
            var response = await FormalCheckKit.PostReviewAsync(client, w.ReviewUrl, [false, true], "Rejected", "  ");
            var page = await OrgWebKit.PageOf(response);
            Assert.Equal("Podaj uzasadnienie odrzucenia oferty.", page.QuerySelector("#Input_Reasons-error")!.TextContent.Trim());
            Assert.NotNull(page.QuerySelector(".error-summary"));
            Assert.Null(await FormalCheckKit.ReviewAsync(App, w));

            response = await FormalCheckKit.PostReviewAsync(client, w.ReviewUrl, [false, true], "Rejected", "Oferent nie jest uprawniony do udziału w konkursie.");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        });
        var review = await FormalCheckKit.ReviewAsync(App, w);
        Assert.NotNull(review);
        Assert.Equal(FormalOutcome.Rejected, review.Outcome);
        Assert.Equal("Oferent nie jest uprawniony do udziału w konkursie.", review.Reasons);
    }

    [Fact]
    public async Task Unanswered_item_and_accepting_with_an_unmet_item_are_refused_with_messages()
    {
        var w = await FormalCheckKit.WorldAsync(App);
        await FormalCheckKit.AtAsync(App, w.Deadline.AddDays(1), async () =>
        {
            using var client = new TestClient(App);
            await client.SignInAsync(w.Official);
            var page = await OrgWebKit.PageOf(await FormalCheckKit.PostReviewAsync(client, w.ReviewUrl, [true, null], null));
            Assert.Contains(FormalCheckKit.Checklist[1], page.QuerySelector("#Input_Items_1__Met-error")!.TextContent, StringComparison.Ordinal);
            Assert.Equal("Wybierz wynik oceny formalnej.", page.QuerySelector("#Input_Outcome-error")!.TextContent.Trim());

            page = await OrgWebKit.PageOf(await FormalCheckKit.PostReviewAsync(client, w.ReviewUrl, [true, false], "Accepted"));
            Assert.Contains("nie może zostać uznana za poprawną formalnie", page.QuerySelector("#Input_Outcome-error")!.TextContent, StringComparison.Ordinal);
            // What was entered is kept.
            Assert.NotNull(page.QuerySelector("input[name='Input.Items[1].Met'][value=false][checked]"));
        });
        Assert.Null(await FormalCheckKit.ReviewAsync(App, w));
    }

    [Fact]
    public async Task Review_before_the_offer_deadline_is_refused_with_the_deadline_and_the_competition_stays_open()
    {
        var w = await FormalCheckKit.WorldAsync(App);
        await FormalCheckKit.AtAsync(App, w.Deadline.AddMinutes(-5), async () =>
        {
            using var client = new TestClient(App);
            await client.SignInAsync(w.Official);
            var list = await client.GetPageAsync(w.OffersUrl);
            Assert.Contains("dopiero po jego upływie", list.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
            var page = await OrgWebKit.PageOf(await FormalCheckKit.PostReviewAsync(client, w.ReviewUrl, [true, true], "Accepted"));
            var local = WarsawTime.ToLocal(w.Deadline);
            Assert.Contains(local.ToString("d MMMM yyyy, HH:mm", new System.Globalization.CultureInfo("pl-PL")), page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        });
        Assert.Null(await FormalCheckKit.ReviewAsync(App, w));
        Assert.Equal(CompetitionStatus.Announced, await FormalCheckKit.StatusAsync(App, w));
    }

    [Fact]
    public async Task Organisation_corrects_only_the_named_sections_and_resubmits_before_the_correction_deadline()
    {
        var w = await FormalCheckKit.WorldAsync(App);
        var requestedAt = w.Deadline.AddHours(1);
        await FormalCheckKit.AtAsync(App, requestedAt, async () =>
        {
            using (var official = new TestClient(App))
            {
                await official.SignInAsync(w.Official);
                var response = await FormalCheckKit.PostReviewAsync(official, w.ReviewUrl, [true, false], "CorrectionRequested", "Popraw nazwy pozycji kosztorysu.", "Costs");
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            }

            using var member = new TestClient(App);
            await member.SignInAsync(w.Representative);
            var confirmation = (await member.GetPageAsync($"/oferty/{w.Offer}/potwierdzenie")).QuerySelector("section[aria-labelledby=correction-title]")!;
            Assert.Contains(FormalCheckKit.Checklist[1], confirmation.TextContent, StringComparison.Ordinal);
            Assert.Contains("Popraw nazwy pozycji kosztorysu.", confirmation.TextContent, StringComparison.Ordinal);
            Assert.Equal($"/oferty/{w.Offer}?sekcja=VA", Assert.Single(confirmation.QuerySelectorAll("a")).GetAttribute("href"));

            // A section the office did not name stays as submitted.
            var refused = await FormalCheckKit.SaveSectionAsync(App, w, OfferSectionKey.Profile, c => c.Profile.Resources = "Zmienione zasoby");
            Assert.Equal("Offer.SectionNotInCorrection", Assert.Single(refused.Errors).Code);
            var saved = await FormalCheckKit.SaveSectionAsync(App, w, OfferSectionKey.Costs, c => c.Costs.Lines[0].Name = "Plakaty A3");
            Assert.Empty(saved.Errors);

            var submitted = await member.PostFormAsync($"/oferty/{w.Offer}/podsumowanie", new Dictionary<string, string> { ["Input.Confirm"] = "true" });
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
            Assert.Equal($"/oferty/{w.Offer}/potwierdzenie", submitted.Headers.Location!.OriginalString);
        });

        var submissions = (await App.SubmissionsAsync(w.Tenant, w.Offer)).OrderBy(s => s.Revision).ToList();
        Assert.Equal(2, submissions.Count);
        Assert.False(submissions[0].IsCorrection);
        Assert.True(submissions[1].IsCorrection);
        var corrected = submissions[1].Snapshot().Content;
        Assert.Equal("Plakaty A3", corrected.Costs.Lines[0].Name);
        Assert.Equal(submissions[0].Snapshot().Content.Profile.Resources, corrected.Profile.Resources);

        var review = await FormalCheckKit.ReviewAsync(App, w);
        await FormalCheckKit.AtAsync(App, review!.CorrectionEndsBefore!.Value, async () =>
        {
            using var official = new TestClient(App);
            await official.SignInAsync(w.Official);
            var row = (await official.GetPageAsync(w.OffersUrl)).QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Stowarzyszenie Formalne", StringComparison.Ordinal) && r.TextContent.Contains(submissions[1].ConfirmationNumber, StringComparison.Ordinal));
            Assert.Contains("korekta", row.TextContent, StringComparison.Ordinal);
            Assert.Contains("Nie oceniono", row.TextContent, StringComparison.Ordinal);

            // The correction deadline has passed: nothing more can be changed.
            var late = await FormalCheckKit.SaveSectionAsync(App, w, OfferSectionKey.Costs, c => c.Costs.Lines[0].Name = "Za późno");
            Assert.Equal("Offer.DeadlinePassed", Assert.Single(late.Errors).Code);
        });
    }

    [Fact]
    public async Task Official_downloads_the_submitted_offer_as_pdf()
    {
        var w = await FormalCheckKit.WorldAsync(App);
        using var client = new TestClient(App);
        await client.SignInAsync(w.Official);
        var response = await client.GetAsync(w.PdfUrl);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
    }
}

public sealed class FormalCheckWebTests_Sqlite(FormalCheckSqliteFixture f) : FormalCheckWebTests(f), IClassFixture<FormalCheckSqliteFixture>;

public sealed class FormalCheckWebTests_Postgres(FormalCheckPostgresFixture f) : FormalCheckWebTests(f), IClassFixture<FormalCheckPostgresFixture>;
