using System.Net;
using System.Text;
using Civitas.Organisations.Contracts;
using Civitas.Testing;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Web.Tests.Organisations;

/// <summary>The "Bad input and faults": each gets a message next to the field in the user's
/// language (or the status the law of the resource calls for), never a 500 or a half-written record.</summary>
public abstract class BadInputTests(OrganisationsAppFixture fixture)
{
    static BadInputTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private CivitasAppFactory App => fixture.App;

    private async Task<TestClient> SignedInAsync(TestUser user, string host = "localhost")
    {
        var client = new TestClient(App, host);
        await client.SignInAsync(user);
        return client;
    }

    private static Dictionary<string, string> Registration(string name, string? krs, string? nip = null, string? regon = null, string lat = "", string lng = "") => new()
    {
        ["Input.Name"] = name,
        ["Input.LegalForm"] = "Association",
        ["Input.Krs"] = krs ?? "",
        ["Input.Nip"] = nip ?? "",
        ["Input.Regon"] = regon ?? "",
        ["Input.City"] = "Miasto Przykładowe",
        ["Input.Latitude"] = lat,
        ["Input.Longitude"] = lng,
    };

    private async Task<int> OrganisationCountAsync() => await App.DbAsync(await App.DemoTenantAsync(), db => db.Organisations.CountAsync());

    [Fact]
    public async Task A_KRS_number_that_is_not_ten_digits_is_explained_next_to_the_field()
    {
        using var client = await SignedInAsync(await App.PersonAsync("Krótki KRS"));
        var before = await OrganisationCountAsync();
        var page = await OrgWebKit.PageOf(await client.SubmitAsync("/organizacje/nowa", Registration("Stowarzyszenie Krótkie", "96794")));
        Assert.Contains("10 cyfr", OrgWebKit.FieldError(page, "Input_Krs"), StringComparison.Ordinal);
        Assert.Equal("Stowarzyszenie Krótkie", page.GetElementById("Input_Name")!.GetAttribute("value"));
        Assert.Equal(before, await OrganisationCountAsync());
    }

    [Fact]
    public async Task NIP_and_REGON_with_a_wrong_check_digit_are_explained_next_to_their_fields_in_English_too()
    {
        using var client = await SignedInAsync(await App.PersonAsync("Checksum"));
        await client.GetAsync("/jezyk/en?returnUrl=/");
        var before = await OrganisationCountAsync();
        var page = await OrgWebKit.PageOf(await client.SubmitAsync("/organizacje/nowa", Registration("Association Checksum", OrgWebKit.NewKrs(), "6871775033", "371151348")));
        Assert.Contains("not a valid NIP", OrgWebKit.FieldError(page, "Input_Nip"), StringComparison.Ordinal);
        Assert.Contains("not a valid REGON", OrgWebKit.FieldError(page, "Input_Regon"), StringComparison.Ordinal);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(before, await OrganisationCountAsync());
    }

    [Fact]
    public async Task A_KRS_already_in_this_directory_is_explained_next_to_the_field()
    {
        var tenant = await App.DemoTenantAsync();
        var krs = OrgWebKit.NewKrs();
        await App.RegisterAsync(tenant, await App.PersonAsync("Pierwszy"), "Stowarzyszenie Oryginalne", krs);
        using var client = await SignedInAsync(await App.PersonAsync("Drugi"));
        var before = await OrganisationCountAsync();
        var page = await OrgWebKit.PageOf(await client.SubmitAsync("/organizacje/nowa", Registration("Stowarzyszenie Podróbka", krs)));
        Assert.Contains("Stowarzyszenie Oryginalne", OrgWebKit.FieldError(page, "Input_Krs"), StringComparison.Ordinal);
        Assert.Equal(before, await OrganisationCountAsync());
    }

    [Fact]
    public async Task Coordinates_outside_Poland_are_explained_next_to_the_field()
    {
        using var client = await SignedInAsync(await App.PersonAsync("Berlińczyk"));
        var before = await OrganisationCountAsync();
        var page = await OrgWebKit.PageOf(await client.SubmitAsync("/organizacje/nowa", Registration("Stowarzyszenie Za Granicą", OrgWebKit.NewKrs(), lat: "52,52", lng: "13,405")));
        Assert.Contains("poza Polską", OrgWebKit.FieldError(page, "Input_Latitude"), StringComparison.Ordinal);
        var typo = await OrgWebKit.PageOf(await client.SubmitAsync("/organizacje/nowa", Registration("Stowarzyszenie Literówka", OrgWebKit.NewKrs(), lat: "51,2x", lng: "16,1")));
        Assert.Contains("liczba", OrgWebKit.FieldError(typo, "Input_Latitude"), StringComparison.Ordinal);
        Assert.Equal(before, await OrganisationCountAsync());
    }

    [Fact]
    public async Task A_logo_that_is_not_an_image_is_refused_next_to_the_field()
    {
        var tenant = await App.DemoTenantAsync();
        var rep = await App.PersonAsync("Logo");
        var organisation = await App.RegisterAsync(tenant, rep, "Fundacja Bez Logo");
        using var client = await SignedInAsync(rep);
        var page = $"/moje-organizacje/{organisation.Id}/profil";
        var response = await client.UploadAsync(page, "Logo", Encoding.UTF8.GetBytes("<script>alert(1)</script>"), "logo.png", handler: "Logo");
        Assert.Contains("nie odpowiada", OrgWebKit.FieldError(await OrgWebKit.PageOf(response), "Logo"), StringComparison.Ordinal);
        var pdf = await client.UploadAsync(page, "Logo", "%PDF-1.4\n%%EOF\n"u8.ToArray(), "logo.pdf", handler: "Logo");
        Assert.Contains("nie jest dopuszczony", OrgWebKit.FieldError(await OrgWebKit.PageOf(pdf), "Logo"), StringComparison.Ordinal);
        Assert.Null(await App.DbAsync(tenant, db => db.Organisations.Where(o => o.Id == organisation.Id).Select(o => o.LogoFileId).SingleAsync()));
    }

    [Fact]
    public async Task An_invitation_to_someone_who_already_is_a_member_is_explained_next_to_the_address()
    {
        var tenant = await App.DemoTenantAsync();
        var rep = await App.PersonAsync("Zapraszająca");
        var editor = await App.PersonAsync("Już Redaktor");
        var organisation = await App.RegisterAsync(tenant, rep, "Stowarzyszenie Zaproszeń Podwójnych");
        await App.AddMemberAsync(tenant, organisation.Id, editor, OrganisationMemberRole.Editor);
        using var client = await SignedInAsync(rep);
        var response = await client.SubmitAsync($"/moje-organizacje/{organisation.Id}/czlonkowie", new Dictionary<string, string>
        {
            ["Invite.Email"] = editor.Email.ToUpperInvariant(),
            ["Invite.Role"] = "Viewer",
        }, handler: "Invite");
        Assert.Contains("już należy", OrgWebKit.FieldError(await OrgWebKit.PageOf(response), "Invite_Email"), StringComparison.Ordinal);
        Assert.Equal(0, await App.DbAsync(tenant, db => db.Invitations.CountAsync(i => i.OrganisationId == organisation.Id)));
    }

    [Fact]
    public async Task A_member_of_another_organisation_gets_403_and_changes_nothing()
    {
        var tenant = await App.DemoTenantAsync();
        var owner = await App.PersonAsync("Właścicielka");
        var intruder = await App.PersonAsync("Intruz");
        var target = await App.RegisterAsync(tenant, owner, "Fundacja Cudza");
        await App.RegisterAsync(tenant, intruder, "Fundacja Własna Intruza");
        using var client = await SignedInAsync(intruder);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/moje-organizacje/{target.Id}/profil")).StatusCode);
        var token = (await client.GetPageAsync("/organizacje/nowa")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await client.Http.PostAsync(new Uri($"/moje-organizacje/{target.Id}/profil", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Name"] = "Przejęta",
            ["Input.LegalForm"] = "Association",
            ["Input.Krs"] = target.Krs!,
            ["Input.City"] = "X",
        }));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        var body = await post.Content.ReadAsStringAsync();
        Assert.Contains("403", body, StringComparison.Ordinal);
        Assert.Equal("Fundacja Cudza", await App.DbAsync(tenant, db => db.Organisations.Where(o => o.Id == target.Id).Select(o => o.Name).SingleAsync()));
    }

    [Fact]
    public async Task An_official_of_another_local_government_gets_404_for_this_ones_organisation()
    {
        var demo = await App.DemoTenantAsync();
        var other = await App.CreateTenantAsync("gmina-obca", "Gmina Obca", "gmina-obca.example");
        var organisation = await App.RegisterAsync(demo, await App.PersonAsync("Lokalna"), "Stowarzyszenie Tutejsze");
        var official = await App.OfficialAsync(other, "Urzędnik Obcy");
        using var client = await SignedInAsync(official, "gmina-obca.example");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/urzad/organizacje")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/urzad/organizacje/{organisation.Id}")).StatusCode);
        var token = (await client.GetPageAsync("/urzad/organizacje/import")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await client.Http.PostAsync(new Uri($"/urzad/organizacje/{organisation.Id}?handler=Reject", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["RejectReason"] = "Nie nasza",
        }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(OrganisationStatus.Unverified, await App.DbAsync(demo, db => db.Listings.Where(l => l.OrganisationId == organisation.Id).Select(l => l.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_50_MB_CSV_is_refused_with_a_message_and_nothing_is_written()
    {
        var tenant = await App.DemoTenantAsync();
        var official = await App.OfficialAsync(tenant, "Urzędnik Dużego Pliku");
        using var client = await SignedInAsync(official);
        var before = await App.DbAsync(tenant, db => db.Imports.CountAsync());
        var header = "nazwa;krs;miejscowosc\n"u8.ToArray();
        var big = new byte[50 * 1024 * 1024];
        header.CopyTo(big, 0);
        Array.Fill(big, (byte)'a', header.Length, big.Length - header.Length);
        var page = await OrgWebKit.PageOf(await client.UploadAsync("/urzad/organizacje/import", "Upload", big, "rejestr.csv"));
        Assert.Contains("50 MB", OrgWebKit.FieldError(page, "Upload"), StringComparison.Ordinal);
        Assert.Equal(before, await App.DbAsync(tenant, db => db.Imports.CountAsync()));
    }

    [Fact]
    public async Task A_CSV_with_a_broken_encoding_or_missing_columns_is_explained()
    {
        var tenant = await App.DemoTenantAsync();
        var official = await App.OfficialAsync(tenant, "Urzędniczka Kodowania");
        using var client = await SignedInAsync(official);
        var mixed = Encoding.UTF8.GetBytes("nazwa;krs;miejscowość\nŁódź;0000000001;Łódź\n").Concat(Encoding.GetEncoding(1250).GetBytes("Kraków;0000000002;Kraków\n")).ToArray();
        var broken = await OrgWebKit.PageOf(await client.UploadAsync("/urzad/organizacje/import", "Upload", mixed, "zepsuty.csv"));
        Assert.Contains("Kodowanie pliku jest uszkodzone", OrgWebKit.FieldError(broken, "Upload"), StringComparison.Ordinal);

        var upload = await client.UploadAsync("/urzad/organizacje/import", "Upload", Encoding.UTF8.GetBytes("Adres;Telefon\nRynek 1;123\n"), "bez-kolumn.csv");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var session = upload.Headers.Location!.OriginalString;
        var check = await OrgWebKit.PageOf(await client.SubmitAsync(session, new Dictionary<string, string>(), handler: "Check"));
        Assert.Contains("nazwą organizacji", OrgWebKit.FieldError(check, "Map_Name"), StringComparison.Ordinal);
        Assert.Contains("KRS lub NIP", OrgWebKit.FieldError(check, "Map_Krs"), StringComparison.Ordinal);
        Assert.Null(check.QuerySelector("form[action*='handler=Import']"));
    }

    [Fact]
    public async Task Nonsense_in_the_directory_filters_is_explained_and_the_API_answers_400_with_reasons()
    {
        using var client = new TestClient(App);
        var page = await client.GetPageAsync("/organizacje?sphere=99z&legalForm=Partia&opp=chyba&q=lodz");
        Assert.Contains("99z", OrgWebKit.FieldError(page, "f-sphere"), StringComparison.Ordinal);
        Assert.NotEmpty(OrgWebKit.FieldError(page, "f-legalForm"));
        Assert.Contains("Łódź", page.QuerySelector(".org-list")!.TextContent, StringComparison.Ordinal);

        var api = await client.GetAsync("/api/v1/organisations?sphere=99z&pageSize=1000&page=-1");
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        var problem = await api.Content.ReadAsStringAsync();
        Assert.Contains("\"sphere\"", problem, StringComparison.Ordinal);
        Assert.Contains("99z", problem, StringComparison.Ordinal);
        var paging = await client.GetAsync("/api/v1/organisations?pageSize=1000&page=-1");
        var pagingProblem = await paging.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, paging.StatusCode);
        Assert.Contains("\"pageSize\"", pagingProblem, StringComparison.Ordinal);
        Assert.Contains("\"page\"", pagingProblem, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/organizacje/..%2F..%2Fetc")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/organisations/{Guid.NewGuid()}")).StatusCode);
    }
}

public sealed class BadInputTests_Sqlite(OrganisationsSqliteFixture f) : BadInputTests(f), IClassFixture<OrganisationsSqliteFixture>;

public sealed class BadInputTests_Postgres(OrganisationsPostgresFixture f) : BadInputTests(f), IClassFixture<OrganisationsPostgresFixture>;
