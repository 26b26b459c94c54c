using Civitas.Grants.Data;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.FormalCheck;
using Civitas.Grants.Domain.Offers;
using Civitas.Grants.Domain.Results;
using Civitas.Grants.Web.Competitions;
using Civitas.Grants.Web.FormalCheck;
using Civitas.Platform.Tenancy;
using Civitas.Testing;
using Civitas.Web.Tests.Grants.FormalCheck;
using Civitas.Web.Tests.Grants.Offers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Web.Tests.Grants.Results;

public sealed class ResultsSqliteFixture() : AppFixture(DatabaseKind.Sqlite);

public sealed class ResultsPostgresFixture() : AppFixture(DatabaseKind.Postgres);

/// <summary>A competition in the committee's evaluation with two submitted offers: A formally accepted (requests
/// 8 000 zł), B rejected on formal grounds. The clock stands one hour after the offer deadline.</summary>
internal sealed record ResultsWorld(FormalWorld Formal, Guid OfferB, string ConfirmationB, TestUser RepresentativeB, string OrganisationA, string OrganisationB)
{
    public TenantInfo Tenant => Formal.Tenant;
    public Guid Competition => Formal.Competition;
    public Guid OfferA => Formal.Offer;
    public string ConfirmationA => Formal.Confirmation;
    public TestUser Official => Formal.Official;
    public TestUser RepresentativeA => Formal.Representative;
    public string DecisionUrl => $"/urzad/konkursy/{Competition}/decyzja";
    public string JustificationsUrl => $"/urzad/konkursy/{Competition}/uzasadnienia";
    public string RequestUrlA => $"/oferty/{OfferA}/uzasadnienie";
}

internal static class ResultsKit
{
    public const string RejectionReason = "Oferta złożona przez podmiot nieuprawniony.";

    public static async Task<ResultsWorld> WorldAsync(CivitasAppFactory app)
    {
        var formal = await FormalCheckKit.WorldAsync(app);
        var representativeB = await app.PersonAsync("Bogdan Drugi");
        var nameB = "Fundacja Odrzucona " + Guid.NewGuid().ToString("N")[..6];
        var organisationB = await app.OrganisationAsync(formal.Tenant, representativeB, nameB, Civitas.Organisations.Contracts.OrganisationLegalForm.Foundation);
        var offerB = await app.StartOfferAsync(formal.Tenant, formal.Competition, formal.Task, organisationB, representativeB);
        await app.FillAsync(formal.Tenant, offerB, representativeB);
        var confirmationB = await app.InAsync(formal.Tenant, representativeB.Id, async sp =>
            (await sp.GetRequiredService<OfferWorkflow>().SubmitAsync(offerB, representativeB.Id, CancellationToken.None)).Value!.ConfirmationNumber);
        var nameA = await app.InAsync(formal.Tenant, null, async sp =>
            (await sp.GetRequiredService<GrantsDb>().OfferSubmissions.AsNoTracking().FirstAsync(s => s.OfferId == formal.Offer)).Snapshot().Offerors[0].Name);

        app.Clock.Set(formal.Deadline.AddHours(1));
        await ReviewAsync(app, formal, formal.Offer, FormalOutcome.Accepted, true, null);
        await ReviewAsync(app, formal, offerB, FormalOutcome.Rejected, false, RejectionReason);
        // The committee's step (another area) hands the offers over; here through the domain.
        await app.InAsync(formal.Tenant, null, async sp =>
        {
            var db = sp.GetRequiredService<GrantsDb>();
            var competition = await db.Competitions.FirstAsync(c => c.Id == formal.Competition);
            Assert.True(competition.StartEvaluation().Succeeded);
            await db.SaveChangesAsync();
            return true;
        });
        return new ResultsWorld(formal, offerB, confirmationB, representativeB, nameA, nameB);
    }

    private static Task ReviewAsync(CivitasAppFactory app, FormalWorld w, Guid offer, FormalOutcome outcome, bool met, string? reasons)
        => app.InAsync(w.Tenant, w.Official.Id, async sp =>
        {
            var service = sp.GetRequiredService<FormalCheckService>();
            var competition = await sp.GetRequiredService<GrantsDb>().Competitions.Include(c => c.ChecklistItems).FirstAsync(c => c.Id == w.Competition);
            var detail = (await service.FindAsync(w.Competition, offer, CancellationToken.None))!;
            var items = competition.ChecklistItems.ToDictionary(i => i.Id, _ => (bool?)met);
            var result = await service.RecordAsync(competition, detail, new FormalReviewInput(items, outcome, reasons, []), null, CancellationToken.None);
            Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Code)));
            return true;
        });

    public static Task<CompetitionStatus> StatusAsync(CivitasAppFactory app, ResultsWorld w)
        => app.InAsync(w.Tenant, null, sp => sp.GetRequiredService<GrantsDb>().Competitions.Where(c => c.Id == w.Competition).Select(c => c.Status).FirstAsync());

    public static Task<CompetitionDecision?> DecisionAsync(CivitasAppFactory app, ResultsWorld w)
        => app.InAsync(w.Tenant, null, sp => sp.GetRequiredService<GrantsDb>().Decisions.AsNoTracking().Include(d => d.Lines).FirstOrDefaultAsync(d => d.CompetitionId == w.Competition));

    /// <summary>The decision form: A funded with <paramref name="amount"/> (or not funded with <paramref name="reason"/>).</summary>
    public static Dictionary<string, string> DecisionFields(ResultsWorld w, bool? funded, string? amount, string? reason = null, string signatory = "Jan Kowalski")
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.DecidedOn"] = Civitas.Platform.Calendar.WarsawTime.DateOf(w.Formal.Deadline.AddHours(1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.SignatoryName"] = signatory,
            ["Input.SignatoryFunction"] = "Prezydent Miasta",
            ["Input.Lines[0].OfferId"] = w.OfferA.ToString(),
        };
        if (funded is { } f) fields["Input.Lines[0].Funded"] = f ? "true" : "false";
        if (amount is not null) fields["Input.Lines[0].Amount"] = amount;
        if (reason is not null) fields["Input.Lines[0].Reason"] = reason;
        return fields;
    }

    /// <summary>Posts to <paramref name="url"/> with the person's antiforgery token taken from the home page (for a form the page does not show).</summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(TestClient client, string url, IDictionary<string, string> fields)
    {
        var home = await client.GetPageAsync("/");
        var token = home.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        var values = new Dictionary<string, string>(fields);
        if (token is not null) values["__RequestVerificationToken"] = token;
        return await client.Http.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(values));
    }

    public static Task<int> RequestCountAsync(CivitasAppFactory app, ResultsWorld w)
        => app.InAsync(w.Tenant, null, sp => sp.GetRequiredService<GrantsDb>().JustificationRequests.CountAsync(r => r.CompetitionId == w.Competition));

    public static Task<Guid> LeadOrganisationAsync(CivitasAppFactory app, ResultsWorld w)
        => app.InAsync(w.Tenant, null, sp => sp.GetRequiredService<GrantsDb>().Offers.Where(o => o.Id == w.OfferA).Select(o => o.LeadOrganisationId).FirstAsync());

    public static Task<Guid> FirstRequestAsync(CivitasAppFactory app, ResultsWorld w)
        => app.InAsync(w.Tenant, null, async sp => (await sp.GetRequiredService<GrantsDb>().JustificationRequests.FirstAsync(r => r.CompetitionId == w.Competition)).Id);
}
