using System.Globalization;
using System.Net;
using System.Text.Json;
using Civitas.Grants.Domain.Competitions;
using Civitas.Platform.Calendar;
using Civitas.Testing;

namespace Civitas.Web.Tests.Grants.Competitions;

/// <summary>Announcing, correcting and cancelling a competition through the office pages, and what
/// the public, the register of publications and the API then show; bad input on the editor.</summary>
public abstract class CompetitionFlowTests(AppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;

    [Fact]
    public async Task Announcing_publishes_the_announcement_in_the_register_and_on_the_public_pages()
    {
        var (client, _, department) = await CompetitionKit.OfficialAsync(App);
        using (client)
        {
            var title = "Konkurs ogłoszony w teście " + Guid.NewGuid().ToString("N")[..6];
            var id = await CompetitionKit.AnnouncedAsync(App, client, department, title);
            var competition = await CompetitionKit.LoadAsync(App, id);
            Assert.Equal(CompetitionStatus.Announced, competition.Status);
            Assert.Equal(1, Assert.Single(competition.Versions).Number);
            Assert.Equal(50_000m, Assert.Single(competition.Tasks).Funds);

            await App.DispatchOutboxAsync();
            using var anonymous = new TestClient(App);
            var register = await anonymous.GetPageAsync("/publikacje");
            Assert.Contains(title, register.Body!.TextContent, StringComparison.Ordinal);
            var page = await anonymous.GetPageAsync($"/konkursy/{id}");
            Assert.Contains(title, page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("Festiwal muzyki dawnej", page.Body!.TextContent, StringComparison.Ordinal);
            var list = await anonymous.GetPageAsync("/konkursy?status=open");
            Assert.Contains(title, list.Body!.TextContent, StringComparison.Ordinal);

            var json = JsonDocument.Parse(await (await anonymous.GetAsync($"/api/v1/competitions/{id}")).Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("open", json.GetProperty("status").GetString());
            Assert.Equal(50_000m, json.GetProperty("funds").GetDecimal());
            Assert.Equal(1, json.GetProperty("sameTypeTasks").GetArrayLength());
            var openapi = await (await anonymous.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync();
            Assert.Contains("/api/v1/competitions/{id}", openapi, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_draft_is_not_public_and_another_tenants_competition_does_not_exist()
    {
        var (client, _, department) = await CompetitionKit.OfficialAsync(App);
        using (client)
        {
            var id = await CompetitionKit.CreateAsync(client, department, "Wersja robocza niewidoczna publicznie");
            using var anonymous = new TestClient(App);
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/konkursy/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/competitions/{id}")).StatusCode);

            var other = await App.CreateTenantAsync("gmina-konkursowa", "Gmina Konkursowa", "konkursy-b.test");
            var dep = await App.DepartmentAsync(other, "Wydział B");
            var officialB = await App.CreateUserAsync(CompetitionKit.Email("urzednik-b"), "Urzędnik B", other, Civitas.Platform.Identity.TenantRole.Official, dep, twoFactor: true);
            using var b = new TestClient(App, "konkursy-b.test");
            await b.SignInAsync(officialB);
            Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/urzad/konkursy/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/urzad/konkursy/{id}/ogloszenie")).StatusCode);
        }
    }

    [Fact]
    public async Task Bad_input_gets_messages_next_to_the_fields_and_nothing_is_lost()
    {
        var (client, _, department) = await CompetitionKit.OfficialAsync(App);
        using (client)
        {
            var id = await CompetitionKit.CreateAsync(client, department, "Konkurs z błędami");
            var today = WarsawTime.Today(App.Clock);
            var fields = CompetitionKit.Complete(App, "Konkurs z błędami", deadlineDays: 20);
            fields["Input.Criteria[0].MaxPoints"] = "0";
            fields["Input.Tasks[0].Funds"] = "pięćdziesiąt tysięcy";
            fields["Input.Criteria[1].Statutory"] = "0";
            fields["Input.Criteria[1].Name"] = "Zasięg działań";
            fields["Input.Criteria[1].MaxPoints"] = "5";
            fields["Input.Criteria[1].MinPoints"] = "6";
            fields["Input.Tasks[1].Title"] = "Zadanie bez środków";
            fields["Input.Tasks[1].SphereCode"] = "16";
            fields["Input.Tasks[1].Form"] = "1";
            var response = await CompetitionKit.PostAsync(client, $"/urzad/konkursy/{id}/ogloszenie", null, fields);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var doc = TestClient.Parse(await response.Content.ReadAsStringAsync());
            var all = await CompetitionKit.ErrorsAsync(response);
            Assert.Contains("Podaj liczbę", all, StringComparison.Ordinal);
            Assert.Contains("Maksymalna liczba punktów musi być liczbą całkowitą od 1", all, StringComparison.Ordinal);
            Assert.Contains("Minimum nie może przekraczać", all, StringComparison.Ordinal);
            Assert.Contains("Podaj wysokość środków", all, StringComparison.Ordinal);
            // The input stays in the form.
            Assert.Equal("pięćdziesiąt tysięcy", doc.QuerySelector("input[name='Input.Tasks[0].Funds']")!.GetAttribute("value"));
            Assert.Equal("Zadanie bez środków", doc.QuerySelector("input[name='Input.Tasks[1].Title']")!.GetAttribute("value"));

            // Deadline 20 days after publication: refused with the earliest allowed date.
            var early = CompetitionKit.Complete(App, "Konkurs z błędami", deadlineDays: 20);
            response = await CompetitionKit.PostAsync(client, $"/urzad/konkursy/{id}/ogloszenie", null, early);
            all = await CompetitionKit.ErrorsAsync(response);
            Assert.Contains(today.AddDays(21).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), all, StringComparison.Ordinal);
            Assert.Contains("art. 13 ust. 1", all, StringComparison.Ordinal);
            Assert.Null((await CompetitionKit.LoadAsync(App, id)).OfferDeadline);

            // A time skipped by the spring clock change (last Sunday of March, 02:30).
            var year = today.Month >= 3 ? today.Year + 1 : today.Year;
            var sunday = new DateOnly(year, 3, 31);
            while (sunday.DayOfWeek != DayOfWeek.Sunday) sunday = sunday.AddDays(-1);
            var dst = CompetitionKit.Complete(App, "Konkurs z błędami");
            dst["Input.DeadlineDate"] = sunday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            dst["Input.DeadlineTime"] = "02:30";
            dst["Input.SelectionDate"] = sunday.AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            response = await CompetitionKit.PostAsync(client, $"/urzad/konkursy/{id}/ogloszenie", null, dst);
            Assert.Contains("Godzina 02:30 nie istnieje", await CompetitionKit.ErrorsAsync(response), StringComparison.Ordinal);

            // The valid draft is saved; announcing an incomplete one names what is missing.
            var ok = CompetitionKit.Complete(App, "Konkurs z błędami");
            ok.Remove("Input.SelectionProcedure");
            response = await CompetitionKit.PostAsync(client, $"/urzad/konkursy/{id}/ogloszenie", "Announce", ok);
            Assert.Contains("Opisz tryb wyboru ofert", await CompetitionKit.ErrorsAsync(response), StringComparison.Ordinal);
            Assert.Equal(CompetitionStatus.Draft, (await CompetitionKit.LoadAsync(App, id)).Status);
        }
    }

    [Fact]
    public async Task Rows_are_added_and_removed_by_submit_buttons_without_saving()
    {
        var (client, _, department) = await CompetitionKit.OfficialAsync(App);
        using (client)
        {
            var id = await CompetitionKit.CreateAsync(client, department, "Konkurs z wierszami");
            var fields = CompetitionKit.Complete(App, "Konkurs z wierszami");
            fields["op"] = "add-task";
            var response = await CompetitionKit.PostAsync(client, $"/urzad/konkursy/{id}/ogloszenie", "Row", fields);
            var doc = TestClient.Parse(await response.Content.ReadAsStringAsync());
            Assert.NotNull(doc.QuerySelector("input[name='Input.Tasks[1].Title']"));
            Assert.Equal("Festiwal muzyki dawnej", doc.QuerySelector("input[name='Input.Tasks[0].Title']")!.GetAttribute("value"));
            fields["op"] = "remove-task-0";
            response = await CompetitionKit.PostAsync(client, $"/urzad/konkursy/{id}/ogloszenie", "Row", fields);
            doc = TestClient.Parse(await response.Content.ReadAsStringAsync());
            Assert.Null(doc.QuerySelector("input[name='Input.Tasks[0].Title']"));
            Assert.Empty((await CompetitionKit.LoadAsync(App, id)).Tasks);
        }
    }

    [Fact]
    public async Task A_correction_is_published_as_version_2_of_the_same_entry_with_its_reason()
    {
        var (client, _, department) = await CompetitionKit.OfficialAsync(App);
        using (client)
        {
            var title = "Konkurs do korekty " + Guid.NewGuid().ToString("N")[..6];
            var id = await CompetitionKit.AnnouncedAsync(App, client, department, title);
            await App.DispatchOutboxAsync();
            var fields = CompetitionKit.Complete(App, title, deadlineDays: 35);
            foreach (var k in fields.Keys.Where(k => k.EndsWith("PublishedOn", StringComparison.Ordinal)).ToList()) fields.Remove(k);
            var competition = await CompetitionKit.LoadAsync(App, id);
            fields["Input.Tasks[0].Id"] = competition.Tasks.Single().Id.ToString();
            fields["Input.Reason"] = "Wydłużenie terminu składania ofert na prośbę organizacji";
            var response = await CompetitionKit.PostAsync(client, $"/urzad/konkursy/{id}/korekta", null, fields);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, await CompetitionKit.ErrorsAsync(response));

            competition = await CompetitionKit.LoadAsync(App, id);
            Assert.Equal(2, competition.AnnouncementVersionNumber);
            var v2 = competition.Versions.Single(v => v.Number == 2);
            Assert.Equal("implementation;deadline;selection", v2.ChangedFields);
            await App.DispatchOutboxAsync();
            var entry = await App.PublicationIdAsync(await App.DemoTenantAsync(), "grants", $"competition:{id}:announcement");
            Assert.NotNull(entry);
            using var anonymous = new TestClient(App);
            var json = JsonDocument.Parse(await (await anonymous.GetAsync($"/api/v1/publications/{entry}")).Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(2, json.GetProperty("versionCount").GetInt32());
            Assert.Contains("Wydłużenie terminu", json.GetProperty("versions")[1].GetProperty("reason").GetString(), StringComparison.Ordinal);
            var page = await anonymous.GetPageAsync($"/konkursy/{id}");
            Assert.Contains("Wydłużenie terminu składania ofert", page.Body!.TextContent, StringComparison.Ordinal);

            // Shortening the deadline is refused.
            fields = CompetitionKit.Complete(App, title, deadlineDays: 25);
            foreach (var k in fields.Keys.Where(k => k.EndsWith("PublishedOn", StringComparison.Ordinal)).ToList()) fields.Remove(k);
            fields["Input.Tasks[0].Id"] = competition.Tasks.Single().Id.ToString();
            fields["Input.Reason"] = "Skrócenie";
            response = await CompetitionKit.PostAsync(client, $"/urzad/konkursy/{id}/korekta", null, fields);
            Assert.Contains("nie może skrócić", await CompetitionKit.ErrorsAsync(response), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Cancellation_needs_a_reason_and_is_published()
    {
        var (client, _, department) = await CompetitionKit.OfficialAsync(App);
        using (client)
        {
            var title = "Konkurs do unieważnienia " + Guid.NewGuid().ToString("N")[..6];
            var id = await CompetitionKit.AnnouncedAsync(App, client, department, title);
            var response = await CompetitionKit.PostAsync(client, $"/urzad/konkursy/{id}/uniewaznienie", null, new Dictionary<string, string> { ["Input.Reason"] = "" });
            Assert.Contains("Podaj przyczynę", await CompetitionKit.ErrorsAsync(response), StringComparison.Ordinal);
            response = await CompetitionKit.PostAsync(client, $"/urzad/konkursy/{id}/uniewaznienie", null,
                new Dictionary<string, string> { ["Input.Reason"] = "Nie złożono żadnej oferty." });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(CompetitionStatus.Cancelled, (await CompetitionKit.LoadAsync(App, id)).Status);
            await App.DispatchOutboxAsync();
            Assert.NotNull(await App.PublicationIdAsync(await App.DemoTenantAsync(), "grants", $"competition:{id}:cancellation"));
            using var anonymous = new TestClient(App);
            var page = await anonymous.GetPageAsync($"/konkursy/{id}");
            Assert.Contains("Nie złożono żadnej oferty.", page.Body!.TextContent, StringComparison.Ordinal);
            var list = await anonymous.GetPageAsync("/konkursy?status=cancelled");
            Assert.Contains(title, list.Body!.TextContent, StringComparison.Ordinal);
        }
    }
}

public sealed class CompetitionFlowTests_Sqlite(SqliteAppFixture f) : CompetitionFlowTests(f), IClassFixture<SqliteAppFixture>;

public sealed class CompetitionFlowTests_Postgres(PostgresAppFixture f) : CompetitionFlowTests(f), IClassFixture<PostgresAppFixture>;
