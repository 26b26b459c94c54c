using System.Globalization;
using Civitas.Grants.Data;
using Civitas.Organisations.Contracts;
using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Civitas.Organisations.Pages.Organisations.Member;
using Civitas.Platform.Tenancy;
using Civitas.Testing;
using Civitas.Web.Tests.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Web.Tests.Grants.SmallGrants;

/// <summary>Arranges organisations, plans and offers for the small-grant tests through the app's own services and pages.</summary>
internal static class SmallGrantsKit
{
    /// <summary>Registers an organisation in <paramref name="tenant"/> with <paramref name="representative"/>, verified there unless told otherwise.</summary>
    public static async Task<Guid> OrganisationAsync(this CivitasAppFactory app, TenantInfo tenant, TestUser representative, string name,
        OrganisationLegalForm form = OrganisationLegalForm.Association, bool verify = true)
    {
        var profile = new OrganisationProfile
        {
            Name = name,
            LegalForm = form,
            Krs = OrgWebKit.NewKrs(),
            City = "Miasto Przykładowe",
            Latitude = 51.205,
            Longitude = 16.158,
            Spheres = ["17"],
        };
        var id = await app.InAsync(tenant, representative.Id, async sp =>
        {
            var result = await sp.GetRequiredService<RegisterOrganisationHandler>().HandleAsync(profile, representative.Id, CancellationToken.None);
            Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Code)));
            return result.Value!.Organisation.Id;
        });
        if (verify)
        {
            await app.InAsync(tenant, null, async sp =>
            {
                var db = sp.GetRequiredService<OrganisationsDb>();
                var listing = await db.Listings.SingleAsync(l => l.OrganisationId == id);
                Assert.True(listing.Verify(VerificationMethod.KrsLookup, null, Guid.NewGuid(), app.Clock.GetUtcNow()).Succeeded);
                await db.SaveChangesAsync();
                return true;
            });
        }
        return id;
    }

    public static Task<int> OfferCountAsync(this CivitasAppFactory app, TenantInfo tenant, Guid organisationId)
        => app.InAsync(tenant, null, sp => sp.GetRequiredService<GrantsDb>().SmallGrantOffers.CountAsync(o => o.OrganisationId == organisationId));

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A complete offer: one cost line of <paramref name="grant"/> + 1 000 zł own contribution.</summary>
    public static Dictionary<string, string> Offer(Guid organisationId, string title, DateOnly start, int days, decimal grant) => new()
    {
        ["Input.OrganisationId"] = organisationId.ToString(),
        ["Input.Title"] = title,
        ["Input.SphereCode"] = "17",
        ["Input.Place"] = "Hala sportowa przy ul. Piastowskiej",
        ["Input.StartDate"] = Date(start),
        ["Input.EndDate"] = Date(start.AddDays(days - 1)),
        ["Input.Description"] = "Zajęcia sportowe dla dzieci; prowadzi je trener Piotr Kowalski.",
        ["Input.ExpectedResults"] = "30 dzieci regularnie ćwiczy.",
        ["Input.ContactName"] = "Piotr Kowalski",
        ["Input.ContactPhone"] = "+48 601 202 303",
        ["Input.ContactEmail"] = "piotr.kowalski@example.org",
        ["Input.CostLines[0].Name"] = "Wynagrodzenie trenera",
        ["Input.CostLines[0].Unit"] = "godz.",
        ["Input.CostLines[0].Quantity"] = "1",
        ["Input.CostLines[0].UnitCost"] = (grant + 1000m).ToString("0.##", CultureInfo.GetCultureInfo("pl-PL")),
        ["Input.GrantAmount"] = grant.ToString("0.##", CultureInfo.GetCultureInfo("pl-PL")),
        ["Input.OwnFinancial"] = "1000",
        ["Input.NonFinancial"] = "0",
        ["Input.WithinPublicBenefitActivity"] = "true",
        ["Input.FeesOnlyInPaidActivity"] = "true",
        ["Input.HasTaxArrears"] = "false",
        ["Input.HasSocialSecurityArrears"] = "false",
        ["Input.DataMatchRegister"] = "true",
        ["Input.InformationTrue"] = "true",
        ["Input.DataSubjectsInformed"] = "true",
    };

    public static async Task SetPlanAsync(this TestClient official, int year, decimal total)
    {
        var response = await official.SubmitAsync("/urzad/male-granty/plan", new Dictionary<string, string>
        {
            ["Input.Year"] = year.ToString(CultureInfo.InvariantCulture),
            ["Input.PlannedTotal"] = total.ToString("0.##", CultureInfo.GetCultureInfo("pl-PL")),
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Submits through /male-granty/nowa; returns the offer id from the redirect.</summary>
    public static async Task<Guid> SubmitOfferAsync(this TestClient representative, Dictionary<string, string> fields)
    {
        var response = await representative.SubmitAsync("/male-granty/nowa", fields, handler: "Submit");
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            var doc = TestClient.Parse(await response.Content.ReadAsStringAsync());
            throw new Xunit.Sdk.XunitException($"Submission refused: {(int)response.StatusCode} {doc.QuerySelector(".error-summary")?.TextContent}");
        }
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }
}
