using Civitas.Grants.Data;
using Civitas.Grants.Domain.Committee;
using Civitas.Grants.Domain.FormalCheck;
using Civitas.Grants.Domain.Offers;
using Civitas.Grants.Web.FormalCheck;
using Civitas.Organisations.Contracts;
using Civitas.Platform.Audit;
using Civitas.Platform.Tenancy;
using Civitas.Testing;
using Civitas.Web.Tests.Grants.FormalCheck;
using Civitas.Web.Tests.Grants.Offers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Web.Tests.Grants.Committee;

public sealed class CommitteeSqliteFixture() : AppFixture(DatabaseKind.Sqlite);

public sealed class CommitteePostgresFixture() : AppFixture(DatabaseKind.Postgres);

/// <summary>A competition in its evaluation: two accepted offers (of "Stowarzyszenie „Gęśla Jaźń”" and "Fundacja Łódź"),
/// a committee with a chair, a voting member and an expert (none of them signed yet), and an official of the department.</summary>
internal sealed record CommitteeWorld(
    TenantInfo Tenant, Guid Competition, Guid Task, Guid Criterion,
    Guid OfferA, string ConfirmationA, Guid OrgA, string NameA,
    Guid OfferB, string ConfirmationB, Guid OrgB, string NameB,
    TestUser Official, TestUser Chair, TestUser Member, TestUser Expert)
{
    public string MemberUrl => $"/komisja/konkursy/{Competition}";

    public string OfferUrl(Guid offer) => $"/komisja/konkursy/{Competition}/oferty/{offer}";

    public string CompositionUrl => $"/urzad/konkursy/{Competition}/komisja";

    public string SheetUrl => $"/urzad/konkursy/{Competition}/arkusz";

    public string ProtocolUrl => $"/urzad/konkursy/{Competition}/protokol";
}

internal static class CommitteeKit
{
    /// <summary>Builds the world through the modules' own code. With <paramref name="startEvaluation"/> false the
    /// competition stays in its formal check with offer B without a verdict.</summary>
    public static async Task<CommitteeWorld> WorldAsync(CivitasAppFactory app, bool startEvaluation = true)
    {
        var tenant = await app.DemoTenantAsync();
        var (competition, task, deadline) = await app.CompetitionAsync(tenant);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var (offerA, confirmationA, orgA, nameA) = await SubmittedOfferAsync(app, tenant, competition, task, $"Stowarzyszenie „Gęśla Jaźń” {suffix}");
        var (offerB, confirmationB, orgB, nameB) = await SubmittedOfferAsync(app, tenant, competition, task, $"Fundacja Łódź {suffix}");
        if (app.Clock.GetUtcNow() < deadline) app.Clock.Set(deadline.AddHours(1));
        var official = await FormalCheckKit.OfficialAsync(app, tenant);
        await AcceptAsync(app, tenant, official, competition, offerA);
        if (startEvaluation) await AcceptAsync(app, tenant, official, competition, offerB);

        var chair = await app.CreateUserAsync(FormalCheckKit.Email("przewodniczaca"), "Łucja Gęślarz-Źdźbło");
        var member = await app.CreateUserAsync(FormalCheckKit.Email("czlonek"), "Żaneta Ćwikła");
        var expert = await app.CreateUserAsync(FormalCheckKit.Email("ekspert"), "Ernest Ekspercki");
        await app.InAsync(tenant, official.Id, async sp =>
        {
            var service = sp.GetRequiredService<CommitteeService>();
            var c = await LoadAsync(sp, competition);
            foreach (var (user, kind) in new[] { (chair, MemberKind.Official), (member, MemberKind.Official), (expert, MemberKind.Expert) })
            {
                var appointed = await service.AppointAsync(c, user.Email, kind, null, "https://portal.example", CancellationToken.None);
                Assert.True(appointed.Succeeded, string.Join(", ", appointed.Errors.Select(e => e.Code)));
            }
            if (startEvaluation)
            {
                var started = await service.StartEvaluationAsync(c, CancellationToken.None);
                Assert.True(started.Succeeded, string.Join(", ", started.Errors.Select(e => e.Code)));
            }
            return true;
        });
        var criterion = await app.InAsync(tenant, null, sp => sp.GetRequiredService<GrantsDb>().CompetitionCriteria.Where(x => x.CompetitionId == competition).Select(x => x.Id).FirstAsync());
        return new CommitteeWorld(tenant, competition, task, criterion, offerA, confirmationA, orgA, nameA, offerB, confirmationB, orgB, nameB, official, chair, member, expert);
    }

    public static Task<Civitas.Grants.Domain.Competitions.Competition> LoadAsync(IServiceProvider sp, Guid competition)
        => sp.GetRequiredService<GrantsDb>().Competitions.AsSplitQuery().Include(c => c.Tasks).Include(c => c.Criteria).Include(c => c.ChecklistItems)
            .FirstAsync(c => c.Id == competition);

    private static async Task<(Guid Offer, string Confirmation, Guid Org, string Name)> SubmittedOfferAsync(CivitasAppFactory app, TenantInfo tenant, Guid competition, Guid task, string name)
    {
        var representative = await app.PersonAsync("Regina Prezeska");
        var organisation = await app.OrganisationAsync(tenant, representative, name);
        var offer = await app.StartOfferAsync(tenant, competition, task, organisation, representative);
        await app.FillAsync(tenant, offer, representative);
        var confirmation = await app.InAsync(tenant, representative.Id, async sp =>
        {
            var result = await sp.GetRequiredService<OfferWorkflow>().SubmitAsync(offer, representative.Id, CancellationToken.None);
            Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Code)));
            return result.Value!.ConfirmationNumber;
        });
        return (offer, confirmation, organisation, name);
    }

    private static Task AcceptAsync(CivitasAppFactory app, TenantInfo tenant, TestUser official, Guid competition, Guid offer)
        => app.InAsync(tenant, official.Id, async sp =>
        {
            var service = sp.GetRequiredService<FormalCheckService>();
            var c = await LoadAsync(sp, competition);
            var detail = (await service.FindAsync(competition, offer, CancellationToken.None))!;
            var recorded = await service.RecordAsync(c, detail, new FormalReviewInput(new Dictionary<Guid, bool?>(), FormalOutcome.Accepted, null, []), detail.Review?.Version, CancellationToken.None);
            Assert.True(recorded.Succeeded, string.Join(", ", recorded.Errors.Select(e => e.Code)));
            return true;
        });

    /// <summary>Signs the declaration through the member's page, declaring conflicts with the given organisations.</summary>
    public static async Task<HttpResponseMessage> SignAsync(TestClient client, CommitteeWorld w, params Guid[] conflicts)
    {
        var fields = new List<KeyValuePair<string, string>> { new("Input.Confirm", "true") };
        fields.AddRange(conflicts.Select(c => new KeyValuePair<string, string>("Input.Conflicts", c.ToString())));
        return await PostAsync(client, w.MemberUrl, fields);
    }

    /// <summary>Scores the only criterion of the world's competition through the offer page.</summary>
    public static async Task<HttpResponseMessage> ScoreAsync(TestClient client, CommitteeWorld w, Guid offer, string points, string justification)
    {
        var page = await client.GetPageAsync(w.OfferUrl(offer));
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.Scores[0].CriterionId", w.Criterion.ToString()),
            new("Input.Scores[0].Points", points),
            new("Input.Scores[0].Justification", justification),
        };
        var version = page.QuerySelector("input[name='Input.Scores[0].Version']")?.GetAttribute("value");
        if (version is not null) fields.Add(new("Input.Scores[0].Version", version));
        return await PostAsync(client, w.OfferUrl(offer), fields, page);
    }

    /// <summary>Posts <paramref name="fields"/> with the antiforgery token of the page's last form.</summary>
    public static async Task<HttpResponseMessage> PostAsync(TestClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, AngleSharp.Html.Dom.IHtmlDocument? page = null)
    {
        page ??= await client.GetPageAsync(url);
        var form = page.Forms.Last(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase) && !(f.GetAttribute("action") ?? "").Contains("/konto/wyloguj", StringComparison.Ordinal));
        var all = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!) };
        all.AddRange(fields);
        return await client.Http.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(all));
    }

    public static Task<int> OpeningsAsync(CivitasAppFactory app, CommitteeWorld w, TestUser who, Guid offer)
        => app.InAsync(w.Tenant, null, sp => sp.GetRequiredService<GrantsDb>().AuditEntries.AsNoTracking()
            .CountAsync(a => a.Action == "OfferOpened" && a.ActorId == who.Id && a.EntityId == offer.ToString()));

    public static Task<List<CommitteeScore>> ScoresAsync(CivitasAppFactory app, CommitteeWorld w)
        => app.InAsync(w.Tenant, null, sp => sp.GetRequiredService<GrantsDb>().CommitteeScores.AsNoTracking().Where(s => s.CompetitionId == w.Competition).ToListAsync());

    public static Task<Civitas.Grants.Domain.Competitions.CompetitionStatus> StatusAsync(CivitasAppFactory app, CommitteeWorld w)
        => app.InAsync(w.Tenant, null, sp => sp.GetRequiredService<GrantsDb>().Competitions.Where(c => c.Id == w.Competition).Select(c => c.Status).FirstAsync());

    public static Task<string?> KrsAsync(CivitasAppFactory app, CommitteeWorld w, Guid organisation)
        => app.InAsync(w.Tenant, null, async sp => (await sp.GetRequiredService<IOrganisationDirectory>().GetAsync([organisation])).GetValueOrDefault(organisation)?.Krs);
}
