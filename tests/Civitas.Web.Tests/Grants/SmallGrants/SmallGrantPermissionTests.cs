using System.Net;
using Civitas.Grants.Data;
using Civitas.Grants.Domain.SmallGrants;
using Civitas.Organisations.Contracts;
using Civitas.Platform.Tenancy;
using Civitas.Testing;
using Civitas.Web.Tests.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Web.Tests.Grants.SmallGrants;

/// <summary>Every small-grant route for every role: anonymous, resident, editor and representative of the
/// offering organisation, member of another organisation, official, and an official of another JST.</summary>
public abstract class SmallGrantPermissionTests(AppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;

    private sealed record Arranged(TenantInfo Tenant, Guid Published, Guid Draft, TestUser Editor, TestUser Representative, TestUser Stranger, TestUser Official, TestUser OtherOfficial);

    private async Task<Arranged> ArrangeAsync()
    {
        var tenant = await App.DemoTenantAsync();
        var published = await App.InAsync(tenant, null, sp => sp.GetRequiredService<GrantsDb>().SmallGrantOffers
            .Where(o => o.Status == SmallGrantOfferStatus.Published).Select(o => o.Id).FirstAsync());
        var rep = await App.PersonAsync("Przedstawicielka Uprawnień");
        var org = await App.OrganisationAsync(tenant, rep, $"Fundacja Uprawnień {Guid.NewGuid():N}");
        var editor = await App.PersonAsync("Redaktor Uprawnień");
        await App.AddMemberAsync(tenant, org, editor, OrganisationMemberRole.Editor);
        var stranger = await App.PersonAsync("Członek Innej Organizacji");
        await App.OrganisationAsync(tenant, stranger, $"Stowarzyszenie Obce {Guid.NewGuid():N}");
        Guid draft;
        using (var client = new TestClient(App))
        {
            await client.SignInAsync(editor);
            var saved = await client.SubmitAsync("/male-granty/nowa", new Dictionary<string, string> { ["Input.OrganisationId"] = org.ToString(), ["Input.Title"] = "Szkic do sprawdzenia uprawnień" }, handler: "Save");
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            draft = Guid.Parse(saved.Headers.Location!.OriginalString.Split('/').Last());
        }
        var other = await App.CreateTenantAsync("gmina-mg-uprawnienia", "Gmina Uprawnień", "uprawnienia-mg.localhost");
        return new Arranged(tenant, published, draft, editor, rep, stranger,
            await App.OfficialAsync(tenant, "Urzędnik Uprawnień"), await App.OfficialAsync(other, "Urzędnik Innej Gminy"));
    }

    private async Task<HttpStatusCode> StatusAsync(TestUser? user, string url, string host = "localhost")
    {
        using var client = new TestClient(App, host);
        if (user is not null) await client.SignInAsync(user);
        return (await client.GetAsync(url)).StatusCode;
    }

    [Fact]
    public async Task Anonymous_visitors_see_the_public_pages_and_are_sent_to_sign_in_elsewhere()
    {
        var a = await ArrangeAsync();
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(null, "/male-granty"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(null, $"/male-granty/{a.Published}"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(null, $"/male-granty/{a.Published}/uwagi"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(null, $"/male-granty/{a.Draft}"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(null, $"/male-granty/{a.Draft}/uwagi"));
        foreach (var url in new[] { "/male-granty/nowa", "/moje-male-granty", $"/moje-male-granty/{a.Draft}", "/urzad/male-granty", $"/urzad/male-granty/{a.Published}", "/urzad/male-granty/plan" })
        {
            using var client = new TestClient(App);
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/konto/logowanie", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_resident_and_members_of_another_organisation_never_see_a_draft_nor_the_office()
    {
        var a = await ArrangeAsync();
        var resident = await App.PersonAsync("Mieszkanka Bez Organizacji");
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(resident, "/male-granty/nowa"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(resident, "/moje-male-granty"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(resident, $"/moje-male-granty/{a.Draft}"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(a.Stranger, $"/moje-male-granty/{a.Draft}"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(a.Stranger, $"/moje-male-granty/{a.Published}"));
        foreach (var user in new[] { resident, a.Stranger, a.Representative })
        {
            foreach (var url in new[] { "/urzad/male-granty", $"/urzad/male-granty/{a.Published}", "/urzad/male-granty/plan" })
            {
                using var client = new TestClient(App);
                await client.SignInAsync(user);
                var response = await client.GetAsync(url);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Contains("/konto/brak-dostepu", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
            }
        }
        // A member of another organisation cannot save into the draft either.
        using var stranger = new TestClient(App);
        await stranger.SignInAsync(a.Stranger);
        var token = (await stranger.GetPageAsync("/male-granty/nowa")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var forged = await stranger.Http.PostAsync(new Uri($"/moje-male-granty/{a.Draft}?handler=Save", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Title"] = "Przejęty",
        }));
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        var title = await App.InAsync(a.Tenant, null, sp => sp.GetRequiredService<GrantsDb>().SmallGrantOffers.Where(o => o.Id == a.Draft).Select(o => o.Title).SingleAsync());
        Assert.Equal("Szkic do sprawdzenia uprawnień", title);
    }

    [Fact]
    public async Task Members_of_the_offering_organisation_open_its_offer_and_the_office_sees_only_submitted_ones()
    {
        var a = await ArrangeAsync();
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(a.Editor, $"/moje-male-granty/{a.Draft}"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(a.Representative, $"/moje-male-granty/{a.Draft}"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(a.Official, "/urzad/male-granty"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(a.Official, "/urzad/male-granty/plan"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(a.Official, $"/urzad/male-granty/{a.Published}"));
        // A draft is the organisation's own: the office does not see it.
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(a.Official, $"/urzad/male-granty/{a.Draft}"));
    }

    [Fact]
    public async Task Another_JST_s_official_and_public_see_nothing_of_this_JST_s_offers()
    {
        var a = await ArrangeAsync();
        const string host = "uprawnienia-mg.localhost";
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(a.OtherOfficial, "/urzad/male-granty", host));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(a.OtherOfficial, $"/urzad/male-granty/{a.Published}", host));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(null, $"/male-granty/{a.Published}", host));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(null, $"/male-granty/{a.Published}/uwagi", host));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(a.Representative, $"/moje-male-granty/{a.Draft}", host));
        using var other = new TestClient(App, host);
        await other.SignInAsync(a.OtherOfficial);
        var list = await other.GetPageAsync("/urzad/male-granty");
        Assert.Null(list.QuerySelector($"a[href='/urzad/male-granty/{a.Published}']"));
        // The other JST's official cannot publish or decide here through a forged post either.
        var forged = await other.PostWithoutTokenAsync($"/urzad/male-granty/{a.Published}?handler=Decide", new Dictionary<string, string> { ["Decision.Grant"] = "false", ["Decision.Reason"] = "x" });
        Assert.NotEqual(HttpStatusCode.Redirect, forged.StatusCode);
        // An official of this JST signing in on the other JST's host is no official there.
        Assert.Equal(HttpStatusCode.Redirect, await StatusAsync(a.Official, "/urzad/male-granty", host));
    }
}

public sealed class SmallGrantPermissionTests_Sqlite(SqliteAppFixture f) : SmallGrantPermissionTests(f), IClassFixture<SqliteAppFixture>;

public sealed class SmallGrantPermissionTests_Postgres(PostgresAppFixture f) : SmallGrantPermissionTests(f), IClassFixture<PostgresAppFixture>;
