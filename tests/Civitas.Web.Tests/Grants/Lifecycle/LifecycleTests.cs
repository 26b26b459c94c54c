using Civitas.Grants.Data;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.FormalCheck;
using Civitas.Grants.Domain.Lifecycle;
using Civitas.Grants.Domain.Offers;
using Civitas.Grants.Web.Lifecycle;
using Civitas.Platform.Audit;
using Civitas.Platform.Calendar;
using Civitas.Platform.Data;
using Civitas.Testing;
using Civitas.Web.Tests.Grants.Offers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Web.Tests.Grants.Lifecycle;

public sealed class LifecycleSqliteFixture() : AppFixture(DatabaseKind.Sqlite);

public sealed class LifecyclePostgresFixture() : AppFixture(DatabaseKind.Postgres);

/// <summary>The competition's life at the offer deadline (the scheduled job, driven by the test clock) and the
/// demo competition under formal check. The clock of this fixture only ever moves forward, so the scheduler's
/// next-run times stay meaningful.</summary>
public abstract class LifecycleTests(AppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;

    [Fact]
    public async Task Competition_enters_the_formal_check_by_itself_once_the_offer_deadline_passes()
    {
        var demo = await App.DemoTenantAsync();
        var other = await App.CreateTenantAsync("gmina-cykl-" + Guid.NewGuid().ToString("N")[..8], "Gmina Cykliczna", $"cykl-{Guid.NewGuid():N}.example");
        var (due, _, deadline) = await App.CompetitionAsync(demo);
        var (otherDue, _, otherDeadline) = await App.CompetitionAsync(other);
        Assert.Equal(deadline.Date, otherDeadline.Date);

        // A minute before the deadline nothing moves, whatever the job does.
        await RunJobsAtAsync(deadline.AddMinutes(-1));
        Assert.Equal(CompetitionStatus.Announced, await StatusAsync(demo, due));
        // A competition whose deadline is later stays open after the others close.
        var (later, _, laterDeadline) = await App.CompetitionAsync(demo);
        Assert.True(laterDeadline > deadline.AddMinutes(5));

        await RunJobsAtAsync(deadline.AddMinutes(2));
        Assert.Equal(CompetitionStatus.FormalCheck, await StatusAsync(demo, due));
        Assert.Equal(CompetitionStatus.FormalCheck, await StatusAsync(other, otherDue));
        Assert.Equal(CompetitionStatus.Announced, await StatusAsync(demo, later));

        // Audited as done by the system, once: a second run changes nothing.
        await RunJobsAtAsync(deadline.AddMinutes(10));
        var entries = await AuditAsync(demo, due);
        var closed = Assert.Single(entries, e => e.Action == OfferDeadlineJob.AuditAction);
        Assert.Null(closed.ActorId);
        Assert.Equal(Actor.System.Name, closed.ActorName);
        Assert.Equal(demo.Id, closed.TenantId);
        var updated = Assert.Single(entries, e => e.Action == "Updated");
        Assert.Null(updated.ActorId);
        Assert.Contains("FormalCheck", updated.Changes, StringComparison.Ordinal);
        Assert.Single(await AuditAsync(other, otherDue), e => e.Action == OfferDeadlineJob.AuditAction);
    }

    [Fact]
    public async Task Offers_cannot_be_submitted_after_the_job_closed_the_offer_period_and_the_office_can_review_them()
    {
        var tenant = await App.DemoTenantAsync();
        var (competition, task, deadline) = await App.CompetitionAsync(tenant, checklist: ["Oferta złożona w terminie"]);
        var representative = await App.PersonAsync("Renata Cykliczna");
        var organisation = await App.OrganisationAsync(tenant, representative, "Stowarzyszenie Cykliczne " + Guid.NewGuid().ToString("N")[..6]);
        var offer = await App.StartOfferAsync(tenant, competition, task, organisation, representative);
        await App.FillAsync(tenant, offer, representative);
        await App.InAsync(tenant, representative.Id, async sp =>
        {
            var submitted = await sp.GetRequiredService<OfferWorkflow>().SubmitAsync(offer, representative.Id, CancellationToken.None);
            Assert.True(submitted.Succeeded);
            return true;
        });

        await RunJobsAtAsync(deadline.AddMinutes(3));
        Assert.Equal(CompetitionStatus.FormalCheck, await StatusAsync(tenant, competition));
        var late = await App.InAsync(tenant, representative.Id, sp => sp.GetRequiredService<OfferWorkflow>().SubmitAsync(offer, representative.Id, CancellationToken.None));
        Assert.Contains(late.Errors, e => e.Code == "Offer.DeadlinePassed");

        // The formal review no longer has to open the formal check, and still records its verdict.
        var official = await App.CreateUserAsync($"u-{Guid.NewGuid():N}@example.org", "Urszula Cykliczna", tenant, Civitas.Platform.Identity.TenantRole.Official,
            await App.DepartmentAsync(tenant, "Wydział Zdrowia i Spraw Społecznych"));
        var recorded = await App.InAsync(tenant, official.Id, async sp =>
        {
            var db = sp.GetRequiredService<GrantsDb>();
            var c = await db.Competitions.Include(x => x.ChecklistItems).FirstAsync(x => x.Id == competition);
            var service = sp.GetRequiredService<Civitas.Grants.Web.FormalCheck.FormalCheckService>();
            var detail = (await service.FindAsync(competition, offer, CancellationToken.None))!;
            var items = c.ChecklistItems.ToDictionary(i => i.Id, _ => (bool?)true);
            return await service.RecordAsync(c, detail, new FormalReviewInput(items, FormalOutcome.Accepted, null, []), null, CancellationToken.None);
        });
        Assert.True(recorded.Succeeded, string.Join(", ", recorded.Errors.Select(e => e.Code)));
        Assert.Equal(CompetitionStatus.FormalCheck, await StatusAsync(tenant, competition));
    }

    [Fact]
    public async Task Demo_tenant_has_a_competition_under_formal_check_with_a_joint_an_accepted_and_a_corrected_offer()
    {
        var tenant = await App.DemoTenantAsync();
        var now = App.Clock.GetUtcNow();
        var state = await App.InAsync(tenant, null, async sp =>
        {
            var db = sp.GetRequiredService<GrantsDb>();
            var competition = await db.Competitions.AsNoTracking().Include(c => c.ChecklistItems).SingleAsync(c => c.Title.StartsWith(FormalCheckDemoSeeder.TitlePrefix));
            var offers = await db.Offers.AsNoTracking().Where(o => o.CompetitionId == competition.Id).ToListAsync();
            var ids = offers.Select(o => o.Id).ToList();
            var submissions = await db.OfferSubmissions.AsNoTracking().Where(s => ids.Contains(s.OfferId)).ToListAsync();
            var reviews = await db.FormalReviews.AsNoTracking().Where(r => ids.Contains(r.OfferId)).ToListAsync();
            var closed = await db.AuditEntries.AsNoTracking().CountAsync(a => a.EntityId == competition.Id.ToString() && a.Action == OfferDeadlineJob.AuditAction);
            return (competition, offers, submissions, reviews, closed);
        });
        var (c, offers, submissions, reviews, closedEntries) = state;
        Assert.Equal(CompetitionStatus.FormalCheck, c.Status);
        Assert.True(c.OfferDeadline < now);
        Assert.Equal(1, closedEntries);
        Assert.Equal(FormalCheckDemoSeeder.Checklist.Length, c.ChecklistItems.Count);
        Assert.Equal(3, offers.Count);
        Assert.All(offers, o => Assert.Equal(OfferStatus.Submitted, o.Status));
        // Every offer was submitted before the deadline, by the server clock of that moment.
        Assert.All(submissions, s => Assert.True(s.SubmittedAt < c.OfferDeadline));
        var joint = Assert.Single(submissions, s => s.Snapshot().Offerors.Count == 2);
        Assert.Contains(joint.Snapshot().Offerors, o => o.Name.Contains("Łódź", StringComparison.Ordinal));
        Assert.Contains(joint.Snapshot().Offerors, o => o.Name.Contains("Przykładowia", StringComparison.Ordinal));

        var accepted = Assert.Single(reviews, r => r.Outcome == FormalOutcome.Accepted);
        var correction = Assert.Single(reviews, r => r.Outcome == FormalOutcome.CorrectionRequested);
        Assert.Equal(joint.OfferId, correction.OfferId);
        Assert.NotEqual(joint.OfferId, accepted.OfferId);
        Assert.Equal([OfferSectionKey.Costs], correction.Sections);
        // The request was made two days before seeding and its window is still open on the seeding day (other
        // tests of this fixture move the clock weeks ahead, so "now" is not the seeding time here).
        Assert.True(correction.AllowsCorrectionAt(correction.ReviewedAt.AddDays(2).AddHours(13)));
        Assert.True(accepted.ReviewedAt > c.OfferDeadline && correction.ReviewedAt > c.OfferDeadline);
        Assert.False(string.IsNullOrWhiteSpace(correction.CorrectionBasis));
        Assert.Equal(2, reviews.Count);
    }

    [Fact]
    public async Task Demo_seeding_again_adds_nothing()
    {
        var tenant = await App.DemoTenantAsync();
        var before = await CountsAsync(tenant);
        using (var scope = App.Services.CreateScope())
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<IDataSeeder>().OfType<FormalCheckDemoSeeder>())
            {
                await seeder.SeedAsync(CancellationToken.None);
            }
        }
        Assert.Equal(before, await CountsAsync(tenant));
    }

    private Task<(int Competitions, int Offers, int Submissions, int Reviews)> CountsAsync(Civitas.Platform.Tenancy.TenantInfo tenant)
        => App.InAsync(tenant, null, async sp =>
        {
            var db = sp.GetRequiredService<GrantsDb>();
            return (await db.Competitions.CountAsync(), await db.Offers.CountAsync(), await db.OfferSubmissions.CountAsync(), await db.FormalReviews.CountAsync());
        });

    /// <summary>Moves the clock forward to <paramref name="at"/> (never back) and runs the due scheduled jobs.</summary>
    private async Task RunJobsAtAsync(DateTimeOffset at)
    {
        if (at > App.Clock.GetUtcNow()) App.Clock.Set(at);
        await App.RunScheduledJobsAsync();
    }

    private Task<CompetitionStatus> StatusAsync(Civitas.Platform.Tenancy.TenantInfo tenant, Guid id)
        => App.InAsync(tenant, null, sp => sp.GetRequiredService<GrantsDb>().Competitions.Where(c => c.Id == id).Select(c => c.Status).FirstAsync());

    private Task<List<AuditEntry>> AuditAsync(Civitas.Platform.Tenancy.TenantInfo tenant, Guid id)
        => App.InAsync(tenant, null, sp => sp.GetRequiredService<GrantsDb>().AuditEntries.AsNoTracking().Where(a => a.EntityId == id.ToString()).ToListAsync());
}

public sealed class LifecycleTests_Sqlite(LifecycleSqliteFixture f) : LifecycleTests(f), IClassFixture<LifecycleSqliteFixture>;

public sealed class LifecycleTests_Postgres(LifecyclePostgresFixture f) : LifecycleTests(f), IClassFixture<LifecyclePostgresFixture>;
