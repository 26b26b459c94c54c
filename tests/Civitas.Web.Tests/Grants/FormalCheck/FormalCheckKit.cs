using Civitas.Grants.Data;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.FormalCheck;
using Civitas.Grants.Domain.Offers;
using Civitas.Platform.Identity;
using Civitas.Platform.Tenancy;
using Civitas.Testing;
using Civitas.Web.Tests.Grants.Offers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Web.Tests.Grants.FormalCheck;

public sealed class FormalCheckSqliteFixture() : AppFixture(DatabaseKind.Sqlite);

public sealed class FormalCheckPostgresFixture() : AppFixture(DatabaseKind.Postgres);

/// <summary>A competition with a two-item formal checklist and one submitted offer, arranged through the modules' own code.</summary>
internal sealed record FormalWorld(TenantInfo Tenant, Guid Competition, Guid Task, DateTimeOffset Deadline, Guid Offer, string Confirmation, TestUser Official, TestUser Representative)
{
    public string OffersUrl => $"/urzad/konkursy/{Competition}/oferty";

    public string ReviewUrl => $"/urzad/konkursy/{Competition}/ocena-formalna/{Offer}";

    public string PdfUrl => $"/urzad/konkursy/{Competition}/oferty/{Offer}/pdf";
}

internal static class FormalCheckKit
{
    public const string Department = "Wydział Zdrowia i Spraw Społecznych";
    public static readonly string[] Checklist = ["Oferta złożona przez podmiot uprawniony", "Kalkulacja kosztów kompletna"];

    public static string Email(string who) => $"{who}-{Guid.NewGuid():N}@example.org";

    public static async Task<TestUser> OfficialAsync(CivitasAppFactory app, TenantInfo tenant, string department = Department)
    {
        var dep = await app.DepartmentAsync(tenant, department);
        return await app.CreateUserAsync(Email("urzednik"), "Urszula Urzędniczka", tenant, TenantRole.Official, dep, twoFactor: true);
    }

    /// <summary>A fresh competition (deadline 30 days after the clock) with one submitted offer.</summary>
    public static async Task<FormalWorld> WorldAsync(CivitasAppFactory app)
    {
        var tenant = await app.DemoTenantAsync();
        var (competition, task, deadline) = await app.CompetitionAsync(tenant, checklist: Checklist);
        var representative = await app.PersonAsync("Regina Prezeska");
        var organisation = await app.OrganisationAsync(tenant, representative, "Stowarzyszenie Formalne " + Guid.NewGuid().ToString("N")[..6]);
        var offer = await app.StartOfferAsync(tenant, competition, task, organisation, representative);
        await app.FillAsync(tenant, offer, representative);
        var confirmation = await app.InAsync(tenant, representative.Id, async sp =>
        {
            var result = await sp.GetRequiredService<OfferWorkflow>().SubmitAsync(offer, representative.Id, CancellationToken.None);
            Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Code)));
            return result.Value!.ConfirmationNumber;
        });
        var official = await OfficialAsync(app, tenant);
        return new FormalWorld(tenant, competition, task, deadline, offer, confirmation, official, representative);
    }

    /// <summary>The review form's fields: per checklist item (in page order) "true"/"false"/null, the outcome, reasons and sections.</summary>
    public static async Task<HttpResponseMessage> PostReviewAsync(TestClient client, string url, bool?[] items, string? outcome, string? reasons = null, params string[] sections)
    {
        var page = await client.GetPageAsync(url);
        var form = page.Forms.Last(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase) && !(f.GetAttribute("action") ?? "").Contains("/konto/wyloguj", StringComparison.Ordinal));
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!) };
        var version = form.QuerySelector("input[name='Input.ReviewVersion']")?.GetAttribute("value");
        if (!string.IsNullOrEmpty(version)) fields.Add(new("Input.ReviewVersion", version));
        var ids = form.QuerySelectorAll("input[type=hidden]").Where(i => (i.GetAttribute("name") ?? "").EndsWith(".Id", StringComparison.Ordinal)).ToList();
        Assert.Equal(items.Length, ids.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            fields.Add(new(ids[i].GetAttribute("name")!, ids[i].GetAttribute("value")!));
            if (items[i] is { } met) fields.Add(new($"Input.Items[{i}].Met", met ? "true" : "false"));
        }
        if (outcome is not null) fields.Add(new("Input.Outcome", outcome));
        if (reasons is not null) fields.Add(new("Input.Reasons", reasons));
        foreach (var s in sections) fields.Add(new("Input.Sections", s));
        return await client.Http.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    /// <summary>Saves one section as the representative through the offers workflow, changed by <paramref name="change"/>.</summary>
    public static Task<SectionSaveResult> SaveSectionAsync(CivitasAppFactory app, FormalWorld w, OfferSectionKey key, Action<OfferContent> change)
        => app.InAsync(w.Tenant, w.Representative.Id, async sp =>
        {
            var db = sp.GetRequiredService<GrantsDb>();
            var workflow = sp.GetRequiredService<OfferWorkflow>();
            var offer = await db.Offers.AsNoTracking().FirstAsync(o => o.Id == w.Offer);
            var rules = (await sp.GetRequiredService<IOfferRulesSource>().GetAsync(offer.CompetitionId, offer.TaskId, CancellationToken.None))!;
            var (content, sections) = await workflow.LoadAsync(w.Offer, CancellationToken.None);
            change(content);
            return await workflow.SaveSectionAsync(offer, rules, key, content.Get(key), sections[key].Version, w.Representative.Id, CancellationToken.None);
        });

    public static Task<FormalReview?> ReviewAsync(CivitasAppFactory app, FormalWorld w)
        => app.InAsync(w.Tenant, null, sp => sp.GetRequiredService<GrantsDb>().FormalReviews.AsNoTracking().FirstOrDefaultAsync(r => r.OfferId == w.Offer));

    public static Task<CompetitionStatus> StatusAsync(CivitasAppFactory app, FormalWorld w)
        => app.InAsync(w.Tenant, null, sp => sp.GetRequiredService<GrantsDb>().Competitions.Where(c => c.Id == w.Competition).Select(c => c.Status).FirstAsync());

    /// <summary>Runs <paramref name="body"/> with the clock at <paramref name="at"/> and puts it back afterwards.</summary>
    public static async Task AtAsync(CivitasAppFactory app, DateTimeOffset at, Func<Task> body)
    {
        var before = app.Clock.GetUtcNow();
        app.Clock.Set(at);
        try
        {
            await body();
        }
        finally
        {
            app.Clock.Set(before);
        }
    }
}
