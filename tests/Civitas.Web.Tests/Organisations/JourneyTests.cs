using System.Net;
using System.Text;
using System.Text.Json;
using Civitas.Organisations.Contracts;
using Civitas.Testing;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Web.Tests.Organisations;

/// <summary>The journeys through the real pages (HTTP, forms, redirects, e-mail), without a
/// browser: the browser suite adds axe and keyboard checks on top once its infrastructure lands.</summary>
public abstract class JourneyTests(OrganisationsAppFixture fixture)
{
    static JourneyTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private CivitasAppFactory App => fixture.App;

    private async Task<TestClient> SignedInAsync(TestUser user, string host = "localhost")
    {
        var client = new TestClient(App, host);
        await client.SignInAsync(user);
        return client;
    }

    [Fact]
    public async Task Register_verify_invite_an_editor_who_updates_the_profile_which_shows_in_the_directory_and_on_the_map()
    {
        var tenant = await App.DemoTenantAsync();
        var founder = await App.PersonAsync("Założycielka Echa");
        using var rep = await SignedInAsync(founder);

        // 1. Register, filling the form from the KRS (the recorded answer of 0000159405).
        var filled = await OrgWebKit.PageOf(await rep.SubmitAsync("/organizacje/nowa", new Dictionary<string, string> { ["Input.Krs"] = "0000159405" }, handler: "Lookup"));
        Assert.Equal("\"ECHO\" - FUNDACJA POMOCY NIEPEŁNOSPRAWNYM", filled.GetElementById("Input_Name")!.GetAttribute("value"));
        Assert.Equal("Foundation", filled.GetElementById("Input_LegalForm")!.QuerySelector("option[selected]")!.GetAttribute("value"));
        Assert.Equal("6871775032", filled.GetElementById("Input_Nip")!.GetAttribute("value"));
        Assert.Equal("SANOK", filled.GetElementById("Input_City")!.GetAttribute("value"));
        Assert.Equal("checked", filled.GetElementById("Input_IsPublicBenefit")!.GetAttribute("checked"));
        Assert.Contains("KRS", filled.QuerySelector(".status")!.TextContent, StringComparison.Ordinal);
        var values = FormValues(filled);
        values["Input.Spheres"] = "7";
        values["Input.Latitude"] = "49,5557";
        values["Input.Longitude"] = "22,2058";
        var registered = await rep.PostFormAsync("/organizacje/nowa", values);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var organisationId = Guid.Parse(registered.Headers.Location!.OriginalString.Split('/')[2]);

        // 2. An official checks the KRS and verifies.
        var official = await App.OfficialAsync(tenant, "Urzędniczka Weryfikująca");
        using var office = await SignedInAsync(official);
        var queue = await office.GetPageAsync("/urzad/organizacje?show=queue");
        Assert.Contains("ECHO", queue.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        var detailsUrl = $"/urzad/organizacje/{organisationId}";
        var lookup = await OrgWebKit.PageOf(await office.SubmitAsync(detailsUrl, new Dictionary<string, string>(), handler: "Lookup"));
        Assert.Contains("\"ECHO\" - FUNDACJA POMOCY NIEPEŁNOSPRAWNYM", lookup.QuerySelector("table.compare")!.TextContent, StringComparison.Ordinal);
        var verified = await office.PostFromAsync(lookup, detailsUrl, new Dictionary<string, string>(), pick: f => (f.GetAttribute("action") ?? "").Contains("handler=VerifyKrs", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        Assert.Equal(OrganisationStatus.Verified, await App.DbAsync(tenant, db => db.Listings.Where(l => l.OrganisationId == organisationId).Select(l => l.Status).SingleAsync()));

        // 3. The representative invites an editor by e-mail.
        var editorUser = await App.PersonAsync("Redaktor Echa");
        var invited = await rep.SubmitAsync($"/moje-organizacje/{organisationId}/czlonkowie", new Dictionary<string, string> { ["Invite.Email"] = editorUser.Email, ["Invite.Role"] = "Editor" }, handler: "Invite");
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        await App.DispatchOutboxAsync();
        var mail = await MailReader.WaitForAsync(App.MailPickupDirectory, editorUser.Email, TimeSpan.FromSeconds(10));
        var link = new Uri(MailReader.Link(mail, "/moje-organizacje/zaproszenie/")).PathAndQuery;

        // 4. The editor accepts and updates the profile.
        using var editor = await SignedInAsync(editorUser);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync(link, new Dictionary<string, string>())).StatusCode);
        var profilePage = $"/moje-organizacje/{organisationId}/profil";
        var edit = await editor.GetPageAsync(profilePage);
        var form = FormValues(edit);
        form["Input.Description"] = "Prowadzimy **warsztaty terapii zajęciowej** w Sanoku.";
        form["Input.Website"] = "echo-sanok.pl";
        var saved = await editor.PostFromAsync(edit, profilePage, form, pick: f => f.QuerySelector("#Input_Name") is not null);
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, TestClient.Parse(await saved.Content.ReadAsStringAsync()).QuerySelector(".error-summary")?.TextContent);

        // 5. Visible in the directory, on the profile and on the map.
        using var anonymous = new TestClient(App);
        var directory = await anonymous.GetPageAsync("/organizacje?q=echo+fundacja&verified=true");
        var link2 = directory.QuerySelectorAll(".org-list a").Single(a => a.TextContent.Contains("ECHO", StringComparison.Ordinal)).GetAttribute("href")!;
        var profile = await anonymous.GetPageAsync(link2);
        Assert.Equal("warsztaty terapii zajęciowej", profile.QuerySelector(".description strong")!.TextContent);
        Assert.Contains("działalność na rzecz osób niepełnosprawnych", profile.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("https://echo-sanok.pl", profile.QuerySelector("main")!.InnerHtml, StringComparison.Ordinal);
        var map = JsonDocument.Parse(await anonymous.Http.GetStringAsync(new Uri("/api/v1/organisations/map?q=echo", UriKind.Relative))).RootElement;
        Assert.Equal(1, map.GetProperty("count").GetInt32());
        var mapPage = await anonymous.GetPageAsync("/mapa?q=echo");
        Assert.Contains("ECHO", mapPage.QuerySelector("#map-list")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_KRS_button_explains_an_unknown_number_a_failing_register_and_a_timeout_and_keeps_what_was_typed()
    {
        using var client = await SignedInAsync(await App.PersonAsync("Wypełniająca Ręcznie"));
        foreach (var (krs, expected) in new[] { ("0000999999", "nie ma podmiotu"), (FakeKrsServer.ServerErrorKrs, "nie odpowiada"), (FakeKrsServer.TimeoutKrs, "nie odpowiada"), ("12", "10 cyfr") })
        {
            var page = await OrgWebKit.PageOf(await client.SubmitAsync("/organizacje/nowa", new Dictionary<string, string>
            {
                ["Input.Krs"] = krs,
                ["Input.Name"] = "Stowarzyszenie Wpisane Ręcznie",
                ["Input.City"] = "Krosno",
            }, handler: "Lookup"));
            Assert.Contains(expected, OrgWebKit.FieldError(page, "Input_Krs"), StringComparison.Ordinal);
            Assert.Equal("Stowarzyszenie Wpisane Ręcznie", page.GetElementById("Input_Name")!.GetAttribute("value"));
            Assert.Equal("Krosno", page.GetElementById("Input_City")!.GetAttribute("value"));
        }
    }

    [Fact]
    public async Task An_official_imports_a_Windows_1250_file_with_bad_rows_after_a_dry_run()
    {
        var tenant = await App.CreateTenantAsync("gmina-import-www", "Gmina Importu", "gmina-import.example");
        var official = await App.OfficialAsync(tenant, "Urzędnik Importujący");
        using var office = await SignedInAsync(official, "gmina-import.example");
        var csv = string.Join("\r\n",
            "Nazwa;Forma prawna;KRS;Miejscowość;Kod pocztowy;OPP",
            $"Towarzystwo Przyjaciół Łodzi i Żyrardowa;stowarzyszenie;{OrgWebKit.NewKrs()};Żyrardów;96-300;tak",
            $"Fundacja Świętej Zośki;fundacja;{OrgWebKit.NewKrs()};Łódź;90-001;nie",
            "Fundacja Bez Numeru;fundacja;;Łódź;90-001;nie",
            $"Stowarzyszenie Zły Kod;stowarzyszenie;{OrgWebKit.NewKrs()};Łódź;90001;może") + "\r\n";
        var upload = await office.UploadAsync("/urzad/organizacje/import", "Upload", Encoding.GetEncoding(1250).GetBytes(csv), "rejestr-wydzialu.csv");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var session = upload.Headers.Location!.OriginalString;
        var mapping = await office.GetPageAsync(session);
        Assert.Contains("Windows-1250", mapping.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("1", mapping.GetElementById("Map_LegalForm")!.QuerySelector("option[selected]")!.GetAttribute("value"));

        var checkedResponse = await office.SubmitAsync(session, new Dictionary<string, string>(), handler: "Check");
        Assert.Equal(HttpStatusCode.Redirect, checkedResponse.StatusCode);
        var report = await office.GetPageAsync(session);
        var bad = report.QuerySelector("table.data")!;
        var rows = bad.QuerySelectorAll("tbody tr").Select(r => (Line: r.QuerySelector("th")!.TextContent.Trim(), Reasons: r.QuerySelector("td:last-child")!.TextContent)).ToList();
        Assert.Equal(["4", "5"], rows.Select(r => r.Line));
        Assert.Contains("Brak numeru KRS i NIP", rows[0].Reasons, StringComparison.Ordinal);
        Assert.Contains("00-000", rows[1].Reasons, StringComparison.Ordinal);
        Assert.Contains("może", rows[1].Reasons, StringComparison.Ordinal);

        var imported = await office.SubmitAsync(session, new Dictionary<string, string>(), handler: "Import");
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        using var anonymous = new TestClient(App, "gmina-import.example");
        var directory = await anonymous.GetPageAsync("/organizacje?q=zyrardow");
        Assert.Contains("Towarzystwo Przyjaciół Łodzi i Żyrardowa", directory.QuerySelector(".org-list")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, await App.DbAsync(tenant, db => db.Listings.CountAsync()));
        Assert.True(await App.DbAsync(tenant, db => db.Organisations.Where(o => o.Name.StartsWith("Towarzystwo Przyjaciół")).Select(o => o.IsPublicBenefit).SingleAsync()));
    }

    [Fact]
    public async Task A_resident_claims_an_imported_organisation_and_an_official_approves()
    {
        var tenant = await App.DemoTenantAsync();
        var founder = await App.PersonAsync("Dawna");
        var organisation = await App.RegisterAsync(tenant, founder, "Stowarzyszenie Do Przejęcia");
        var claimant = await App.PersonAsync("Nowa Prezeska");
        using var client = await SignedInAsync(claimant);
        var empty = await OrgWebKit.PageOf(await client.UploadAsync($"/organizacje/{organisation.Slug}/przejmij", "Input.Document", "%PDF-1.4\n%%EOF\n"u8.ToArray(), "uchwala.pdf", new Dictionary<string, string> { ["Input.Message"] = "" }));
        Assert.NotEmpty(OrgWebKit.FieldError(empty, "Input_Message"));
        var filed = await client.UploadAsync($"/organizacje/{organisation.Slug}/przejmij", "Input.Document", "%PDF-1.4\n%%EOF\n"u8.ToArray(), "uchwala.pdf", new Dictionary<string, string> { ["Input.Message"] = "Jestem prezeską od marca." });
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);

        var official = await App.OfficialAsync(tenant, "Urzędnik Wniosków");
        using var office = await SignedInAsync(official);
        var details = await office.GetPageAsync($"/urzad/organizacje/{organisation.Id}");
        Assert.Contains("Jestem prezeską od marca.", details.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var documentLink = details.QuerySelectorAll("a").First(a => (a.GetAttribute("href") ?? "").StartsWith("/pliki/", StringComparison.Ordinal)).GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync(documentLink)).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync(documentLink)).StatusCode);
        var approved = await office.SubmitAsync($"/urzad/organizacje/{organisation.Id}", new Dictionary<string, string>(), pick: f => (f.GetAttribute("action") ?? "").Contains("handler=ApproveClaim", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(OrganisationMemberRole.Representative, await App.DbAsync(tenant, db => db.Memberships.Where(m => m.UserId == claimant.Id).Select(m => m.Role).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/moje-organizacje/{organisation.Id}/czlonkowie")).StatusCode);
    }

    [Fact]
    public async Task Officials_upload_district_boundaries_as_GeoJSON_and_bad_files_are_explained()
    {
        var tenant = await App.CreateTenantAsync("warszawa-test", "Miasto Stołeczne (test)", "warszawa-test.example");
        var official = await App.OfficialAsync(tenant, "Urzędnik Dzielnic");
        using var office = await SignedInAsync(official, "warszawa-test.example");
        var bad = await OrgWebKit.PageOf(await office.UploadAsync("/urzad/organizacje/dzielnice", "Upload", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"Odwrócona\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[52,21],[52,21.1],[52.1,21.1],[52,21]]]}}]}"u8.ToArray(), "zle.geojson"));
        Assert.Contains("poza Polską", OrgWebKit.FieldError(bad, "Upload"), StringComparison.Ordinal);
        var geojson = await File.ReadAllBytesAsync(Path.Combine(TestEnvironment.Shared, "data", "geo", "warszawa_dzielnice.geojson"));
        Assert.Equal(HttpStatusCode.Redirect, (await office.UploadAsync("/urzad/organizacje/dzielnice", "Upload", geojson, "warszawa_dzielnice.geojson")).StatusCode);
        var page = await office.GetPageAsync("/urzad/organizacje/dzielnice");
        Assert.Equal(19, page.QuerySelectorAll("main table tbody tr").Length);
        using var anonymous = new TestClient(App, "warszawa-test.example");
        var filters = await anonymous.GetPageAsync("/organizacje");
        Assert.Contains(filters.GetElementById("f-district")!.QuerySelectorAll("option"), o => o.TextContent == "Mokotów");
    }

    private static Dictionary<string, string> FormValues(AngleSharp.Html.Dom.IHtmlDocument page)
    {
        var form = page.Forms.Last(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase) && !(f.Action ?? "").Contains("wyloguj", StringComparison.Ordinal) && f.QuerySelector("#Input_Name") is not null);
        var values = new Dictionary<string, string>();
        foreach (var e in form.Elements)
        {
            var name = e.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || name == "__RequestVerificationToken") continue;
            switch (e)
            {
                case AngleSharp.Html.Dom.IHtmlInputElement { Type: "checkbox" } c:
                    if (c.IsChecked && !name.EndsWith("Spheres", StringComparison.Ordinal) && !name.EndsWith("BeneficiaryGroups", StringComparison.Ordinal) && !name.EndsWith("Districts", StringComparison.Ordinal)) values[name] = c.Value;
                    break;
                case AngleSharp.Html.Dom.IHtmlInputElement { Type: "file" or "submit" }:
                    break;
                case AngleSharp.Html.Dom.IHtmlInputElement i:
                    values.TryAdd(name, i.Value);
                    break;
                case AngleSharp.Html.Dom.IHtmlTextAreaElement t:
                    values[name] = t.Value;
                    break;
                case AngleSharp.Html.Dom.IHtmlSelectElement s:
                    values[name] = s.Value ?? "";
                    break;
            }
        }
        return values;
    }
}

public sealed class JourneyTests_Sqlite(OrganisationsSqliteFixture f) : JourneyTests(f), IClassFixture<OrganisationsSqliteFixture>;

public sealed class JourneyTests_Postgres(OrganisationsPostgresFixture f) : JourneyTests(f), IClassFixture<OrganisationsPostgresFixture>;
