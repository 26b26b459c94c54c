using System.Net;
using Civitas.Organisations.Contracts;
using Civitas.Platform.Calendar;
using Civitas.Testing;
using Civitas.Web.Tests.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Web.Tests.Grants.SmallGrants;

/// <summary>The small-grant rows of "Bad input and faults": each cap exceeded, costs not adding up, HTML in a
/// comment, an organisation of another JST, an excluded legal form. Each gets a message next to its field
/// in the user's language, and nothing is written. Each test uses its own budget year, so the year caps of
/// the shared demo tenant do not interfere.</summary>
public abstract class SmallGrantBadInputTests(AppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;

    private DateOnly StartIn(int yearsAhead) => new(WarsawTime.Today(App.Clock).Year + yearsAhead, 5, 4);

    private async Task<(TestClient Client, Guid OrganisationId, Civitas.Platform.Tenancy.TenantInfo Tenant)> RepresentativeAsync(string name, int planYearsAhead, decimal planned = 5_000_000m)
    {
        var tenant = await App.DemoTenantAsync();
        if (planYearsAhead > 0)
        {
            using var office = new TestClient(App);
            await office.SignInAsync(await App.OfficialAsync(tenant, "Urzędnik Planu"));
            await office.SetPlanAsync(StartIn(planYearsAhead).Year, planned);
        }
        var rep = await App.PersonAsync("Przedstawiciel " + name);
        var organisationId = await App.OrganisationAsync(tenant, rep, $"{name} {Guid.NewGuid():N}");
        var client = new TestClient(App);
        await client.SignInAsync(rep);
        return (client, organisationId, tenant);
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> RefusedAsync(TestClient client, Dictionary<string, string> fields)
        => await OrgWebKit.PageOf(await client.SubmitAsync("/male-granty/nowa", fields, handler: "Submit"));

    [Fact]
    public async Task A_grant_over_the_maximum_is_explained_next_to_the_amount_with_its_legal_basis_and_nothing_is_written()
    {
        var (client, org, tenant) = await RepresentativeAsync("Fundacja Za Duża", 2);
        using var _ = client;
        var page = await RefusedAsync(client, SmallGrantsKit.Offer(org, "Za duży grant", StartIn(2), 30, 10_000.01m));
        var error = OrgWebKit.FieldError(page, "Input_GrantAmount");
        Assert.Contains("10 000,00", error.Replace('\u00a0', ' '), StringComparison.Ordinal);
        Assert.Contains("art. 19a ust. 1 pkt 1", error, StringComparison.Ordinal);
        Assert.Equal("Za duży grant", page.GetElementById("Input_Title")!.GetAttribute("value"));
        Assert.Equal(0, await App.OfferCountAsync(tenant, org));
    }

    [Fact]
    public async Task A_task_longer_than_ninety_days_is_explained_next_to_the_end_date_in_English_too()
    {
        var (client, org, tenant) = await RepresentativeAsync("Stowarzyszenie Długie", 2);
        using var _ = client;
        await client.GetAsync("/jezyk/en?returnUrl=/");
        var page = await RefusedAsync(client, SmallGrantsKit.Offer(org, "Za długie", StartIn(2), 91, 5_000m));
        Assert.Contains("at most 90 days", OrgWebKit.FieldError(page, "Input_EndDate"), StringComparison.Ordinal);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(0, await App.OfferCountAsync(tenant, org));
    }

    [Fact]
    public async Task The_organisation_s_third_offer_over_twenty_thousand_in_a_year_is_refused()
    {
        var (client, org, tenant) = await RepresentativeAsync("Klub Trzech Ofert", 3);
        using var _ = client;
        await client.SubmitOfferAsync(SmallGrantsKit.Offer(org, "Pierwsza", StartIn(3), 30, 9_000m));
        await client.SubmitOfferAsync(SmallGrantsKit.Offer(org, "Druga", StartIn(3), 30, 9_000m));
        var page = await RefusedAsync(client, SmallGrantsKit.Offer(org, "Trzecia", StartIn(3), 30, 2_000.01m));
        var error = OrgWebKit.FieldError(page, "Input_GrantAmount").Replace('\u00a0', ' ');
        Assert.Contains("20 000,00", error, StringComparison.Ordinal);
        Assert.Contains("2 000,00", error, StringComparison.Ordinal);
        Assert.Equal(2, await App.OfferCountAsync(tenant, org));
    }

    [Fact]
    public async Task The_tenant_s_total_over_its_share_of_the_planned_grants_is_refused()
    {
        var (first, org, tenant) = await RepresentativeAsync("Fundacja Pierwsza W Kolejce", 4, planned: 50_000m);
        using var _ = first;
        await first.SubmitOfferAsync(SmallGrantsKit.Offer(org, "Pierwsza w roku", StartIn(4), 30, 9_500m));
        var (second, other, _) = await RepresentativeAsync("Stowarzyszenie Drugie W Kolejce", 0);
        using var __ = second;
        var page = await RefusedAsync(second, SmallGrantsKit.Offer(other, "Ponad limit gminy", StartIn(4), 30, 600m));
        var error = OrgWebKit.FieldError(page, "Input_GrantAmount").Replace('\u00a0', ' ');
        Assert.Contains("10 000,00", error, StringComparison.Ordinal);
        Assert.Contains("500,00", error, StringComparison.Ordinal);
        Assert.Equal(0, await App.OfferCountAsync(tenant, other));
    }

    [Fact]
    public async Task Without_a_planned_total_for_the_year_the_offer_is_refused_with_a_message_to_contact_the_office()
    {
        var (client, org, tenant) = await RepresentativeAsync("Fundacja Bez Planu", 0);
        using var _ = client;
        var page = await RefusedAsync(client, SmallGrantsKit.Offer(org, "Rok bez planu", StartIn(9), 30, 1_000m));
        Assert.Contains("Skontaktuj się z urzędem", OrgWebKit.FieldError(page, "Input_GrantAmount"), StringComparison.Ordinal);
        Assert.Equal(0, await App.OfferCountAsync(tenant, org));
    }

    [Fact]
    public async Task Costs_that_do_not_add_up_and_a_negative_quantity_are_explained_next_to_their_fields()
    {
        var (client, org, tenant) = await RepresentativeAsync("Stowarzyszenie Rachmistrzów", 2);
        using var _ = client;
        var fields = SmallGrantsKit.Offer(org, "Źle policzone", StartIn(2), 30, 5_000m);
        fields["Input.OwnFinancial"] = "999,99";
        var page = await RefusedAsync(client, fields);
        Assert.Contains("nie sumują", OrgWebKit.FieldError(page, "Input_GrantAmount"), StringComparison.Ordinal);
        fields["Input.CostLines[0].Quantity"] = "-3";
        page = await RefusedAsync(client, fields);
        Assert.Contains("większa od zera", OrgWebKit.FieldError(page, "Input_CostLines_0__Quantity"), StringComparison.Ordinal);
        Assert.Equal(0, await App.OfferCountAsync(tenant, org));
    }

    [Fact]
    public async Task An_organisation_listed_only_in_another_JST_cannot_offer_here()
    {
        var other = await App.CreateTenantAsync("gmina-mg-obca", "Gmina Obca", "obca-mg.localhost");
        var rep = await App.PersonAsync("Przedstawicielka Obca");
        var org = await App.OrganisationAsync(other, rep, $"Fundacja Z Innej Gminy {Guid.NewGuid():N}");
        using var client = new TestClient(App);
        await client.SignInAsync(rep);
        var page = await RefusedAsync(client, SmallGrantsKit.Offer(org, "Nie tutaj", StartIn(2), 30, 1_000m));
        Assert.Contains("nie figuruje w wykazie", OrgWebKit.FieldError(page, "Input_OrganisationId"), StringComparison.Ordinal);
        var draft = await OrgWebKit.PageOf(await client.SubmitAsync("/male-granty/nowa", SmallGrantsKit.Offer(org, "Nie tutaj", StartIn(2), 30, 1_000m), handler: "Save"));
        Assert.Contains("nie figuruje w wykazie", OrgWebKit.FieldError(draft, "Input_OrganisationId"), StringComparison.Ordinal);
        Assert.Equal(0, await App.OfferCountAsync(await App.DemoTenantAsync(), org));
        Assert.Equal(0, await App.OfferCountAsync(other, org));
    }

    [Fact]
    public async Task An_organisation_of_an_excluded_legal_form_cannot_offer()
    {
        var tenant = await App.DemoTenantAsync();
        var rep = await App.PersonAsync("Przedstawiciel Wykluczony");
        var org = await App.OrganisationAsync(tenant, rep, $"Związek Pracodawców {Guid.NewGuid():N}", OrganisationLegalForm.Other);
        using var client = new TestClient(App);
        await client.SignInAsync(rep);
        var page = await RefusedAsync(client, SmallGrantsKit.Offer(org, "Wykluczeni", StartIn(2), 30, 1_000m));
        Assert.Contains("art. 3 ust. 4", OrgWebKit.FieldError(page, "Input_OrganisationId"), StringComparison.Ordinal);
        Assert.Equal(0, await App.OfferCountAsync(tenant, org));
    }

    [Fact]
    public async Task An_editor_saves_a_draft_but_only_a_representative_submits_it()
    {
        var (repClient, org, tenant) = await RepresentativeAsync("Fundacja Redaktorów", 2);
        using var _ = repClient;
        var editor = await App.PersonAsync("Redaktorka");
        await App.AddMemberAsync(tenant, org, editor, OrganisationMemberRole.Editor);
        using var client = new TestClient(App);
        await client.SignInAsync(editor);
        var fields = SmallGrantsKit.Offer(org, "Szkic redaktorki", StartIn(2), 30, 3_000m);
        var saved = await client.SubmitAsync("/male-granty/nowa", fields, handler: "Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var url = saved.Headers.Location!.OriginalString;
        var refused = await OrgWebKit.PageOf(await client.SubmitAsync(url, new Dictionary<string, string>(), handler: "Submit"));
        Assert.Contains("tylko przedstawiciel", refused.GetElementById("Input_OrganisationId-error")!.TextContent, StringComparison.Ordinal);
        var submitted = await repClient.SubmitAsync(url, new Dictionary<string, string>(), handler: "Submit");
        Assert.True(submitted.StatusCode == HttpStatusCode.Redirect, TestClient.Parse(await submitted.Content.ReadAsStringAsync()).QuerySelector(".error-summary")?.TextContent);
        Assert.Contains("Złożona", (await repClient.GetPageAsync(url)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HTML_and_script_in_a_comment_are_shown_as_text_and_a_comment_without_text_is_explained()
    {
        var tenant = await App.DemoTenantAsync();
        var offerId = await App.InAsync(tenant, null, sp => sp.GetRequiredService<Civitas.Grants.Data.GrantsDb>().SmallGrantOffers
            .Where(o => o.Status == Civitas.Grants.Domain.SmallGrants.SmallGrantOfferStatus.Published).Select(o => o.Id).FirstAsync());
        using var anonymous = new TestClient(App);
        var empty = await OrgWebKit.PageOf(await anonymous.SubmitAsync($"/male-granty/{offerId}/uwagi", new Dictionary<string, string> { ["Input.Body"] = "  " }));
        Assert.Contains("wymagane", OrgWebKit.FieldError(empty, "Input_Body"), StringComparison.Ordinal);

        var marker = Guid.NewGuid().ToString("N");
        var body = $"<script>alert('{marker}')</script> [kliknij](javascript:alert(1)) <b>{marker}</b>";
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.SubmitAsync($"/male-granty/{offerId}/uwagi", new Dictionary<string, string> { ["Input.AuthorName"] = "<i>Ktoś</i>", ["Input.Body"] = body })).StatusCode);
        using var office = new TestClient(App);
        await office.SignInAsync(await App.OfficialAsync(tenant, "Moderatorka"));
        var page = await office.GetPageAsync($"/urzad/male-granty/{offerId}");
        var card = page.QuerySelectorAll("#comments li.card").Single(c => c.TextContent.Contains(marker, StringComparison.Ordinal));
        Assert.Empty(card.QuerySelectorAll("script, b, i"));
        var approve = await office.PostFromAsync(page, $"/urzad/male-granty/{offerId}", new Dictionary<string, string> { ["approve"] = "true" },
            pick: f => (f.GetAttribute("action") ?? "").Contains("handler=Moderate", StringComparison.Ordinal) && card.Contains(f));
        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);

        var shown = await anonymous.GetPageAsync($"/male-granty/{offerId}");
        var main = shown.QuerySelector("main")!;
        Assert.Contains($"<script>alert('{marker}')</script>", main.TextContent, StringComparison.Ordinal);
        Assert.Contains("<i>Ktoś</i>", main.TextContent, StringComparison.Ordinal);
        Assert.Empty(main.QuerySelectorAll("script, b, i"));
        Assert.DoesNotContain(main.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
    }
}

public sealed class SmallGrantBadInputTests_Sqlite(SqliteAppFixture f) : SmallGrantBadInputTests(f), IClassFixture<SqliteAppFixture>;

public sealed class SmallGrantBadInputTests_Postgres(PostgresAppFixture f) : SmallGrantBadInputTests(f), IClassFixture<PostgresAppFixture>;
