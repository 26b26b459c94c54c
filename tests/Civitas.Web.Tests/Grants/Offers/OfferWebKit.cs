using System.Globalization;
using Civitas.Grants.Data;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.Offers;
using Civitas.Organisations.Contracts;
using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Civitas.Organisations.Pages.Organisations.Member;
using Civitas.Platform.Audit;
using Civitas.Platform.Calendar;
using Civitas.Platform.Tenancy;
using Civitas.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Web.Tests.Grants.Offers;

public sealed class OffersSqliteFixture() : AppFixture(DatabaseKind.Sqlite);

public sealed class OffersPostgresFixture() : AppFixture(DatabaseKind.Postgres);

/// <summary>Arranges competitions, organisations and offers for the offers tests through the modules' own code.</summary>
internal static class OfferWebKit
{
    private static int _sequence = Random.Shared.Next(1000, 9000) * 100;

    public static string NewKrs() => "0008" + Interlocked.Increment(ref _sequence).ToString("D6", CultureInfo.InvariantCulture);

    public static async Task<T> InAsync<T>(this CivitasAppFactory app, TenantInfo tenant, Guid? userId, Func<IServiceProvider, Task<T>> body)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(tenant);
        scope.ServiceProvider.GetRequiredService<IActorContext>().Set(userId is { } id ? new Actor(id, "Test") : Actor.System);
        return await body(scope.ServiceProvider);
    }

    /// <summary>An announced competition with one task (sphere 13) whose deadline is 30 days from the test clock.</summary>
    public static async Task<(Guid Competition, Guid Task, DateTimeOffset Deadline)> CompetitionAsync(this CivitasAppFactory app, TenantInfo tenant,
        decimal? adminCap = 10m, decimal? maxGrant = 20_000m, bool joint = true, decimal? minOwn = 10m, IReadOnlyList<string>? checklist = null)
    {
        var department = await app.DepartmentAsync(tenant, "Wydział Zdrowia i Spraw Społecznych");
        var today = WarsawTime.DateOf(app.Clock.GetUtcNow());
        var year = today.Year;
        return await app.InAsync(tenant, null, async sp =>
        {
            var db = sp.GetRequiredService<GrantsDb>();
            var sequence = Interlocked.Increment(ref _sequence);
            var competition = Competition.Create(department, "WZS", year, sequence, "Wypoczynek dzieci i młodzieży", app.Clock.GetUtcNow(), Guid.Empty).Value!;
            var content = new AnnouncementContent
            {
                Title = "Wypoczynek dzieci i młodzieży",
                GrantRules = "Zasady przyznawania dotacji.",
                ImplementationConditions = "Warunki realizacji.",
                ImplementationFrom = today.AddDays(40),
                ImplementationTo = new DateOnly(year + 1, 12, 31),
                DeadlineDate = today.AddDays(30),
                DeadlineTime = new TimeOnly(15, 0),
                SelectionProcedure = "Komisja konkursowa.",
                SelectionDate = today.AddDays(50),
                MinOwnContributionPercent = minOwn,
                MaxAdminCostPercent = adminCap,
                MaxGrantPerOffer = maxGrant,
                EligibleCostsFrom = today.AddDays(40),
                EligibleCostsTo = new DateOnly(year + 1, 12, 31),
                JointOffersAllowed = joint,
                EligibleLegalForms = [OrganisationLegalForm.Association, OrganisationLegalForm.Foundation],
                BipPublishedOn = today,
                NoticeBoardPublishedOn = today,
                WebsitePublishedOn = today,
                Tasks = [new TaskDraft(null, "Półkolonie dla dzieci", "13", 100_000m, TaskForm.Support, null)],
                Criteria = [new CriterionDraft(null, StatutoryCriterion.Capacity, "Możliwość realizacji zadania", 10, null)],
                ChecklistItems = checklist ?? [],
            };
            var rules = new AnnouncementRules(21, "art. 13 ust. 1 UDPP", new HashSet<string> { "13" });
            var edited = competition.EditDraft(content, rules);
            Assert.True(edited.Succeeded, string.Join(", ", edited.Errors.Select(e => e.Code + "@" + e.Field)));
            var announced = competition.Announce(rules, app.Clock.GetUtcNow(), Guid.Empty, "Test");
            Assert.True(announced.Succeeded, string.Join(", ", announced.Errors.Select(e => e.Code + "@" + e.Field)));
            db.Competitions.Add(competition);
            await db.SaveChangesAsync();
            return (competition.Id, competition.Tasks[0].Id, competition.OfferDeadline!.Value);
        });
    }

    /// <summary>An organisation registered by <paramref name="representative"/> in <paramref name="tenant"/>, verified there unless told otherwise.</summary>
    public static async Task<Guid> OrganisationAsync(this CivitasAppFactory app, TenantInfo tenant, TestUser representative, string name,
        OrganisationLegalForm form = OrganisationLegalForm.Association, bool verify = true, string sphere = "13")
    {
        var profile = new OrganisationProfile
        {
            Name = name,
            LegalForm = form,
            Krs = NewKrs(),
            City = "Miasto Przykładowe",
            Street = "Polna",
            Building = "1",
            PostalCode = "00-001",
            Email = "biuro@example.org",
            Latitude = 51.205,
            Longitude = 16.158,
            Spheres = [sphere],
        };
        var id = await app.InAsync(tenant, representative.Id, async sp =>
        {
            var result = await sp.GetRequiredService<RegisterOrganisationHandler>().HandleAsync(profile, representative.Id, CancellationToken.None);
            Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Code)));
            return result.Value.Organisation.Id;
        });
        if (verify)
        {
            await app.InAsync(tenant, null, async sp =>
            {
                var db = sp.GetRequiredService<OrganisationsDb>();
                var listing = await db.Listings.FirstAsync(l => l.OrganisationId == id);
                Assert.True(listing.Verify(VerificationMethod.KrsLookup, null, Guid.NewGuid(), app.Clock.GetUtcNow()).Succeeded);
                await db.SaveChangesAsync();
                return true;
            });
        }
        return id;
    }

    public static Task AddMemberAsync(this CivitasAppFactory app, TenantInfo tenant, Guid organisationId, TestUser person, OrganisationMemberRole role)
        => app.InAsync(tenant, null, async sp =>
        {
            var db = sp.GetRequiredService<OrganisationsDb>();
            db.Memberships.Add(new Membership(organisationId, person.Id, role, app.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
            return true;
        });

    public static Task<TestUser> PersonAsync(this CivitasAppFactory app, string name)
        => app.CreateUserAsync($"p{Guid.NewGuid():N}@example.org", name);

    /// <summary>Starts a draft as <paramref name="person"/> through the workflow.</summary>
    public static Task<Guid> StartOfferAsync(this CivitasAppFactory app, TenantInfo tenant, Guid competition, Guid task, Guid organisation, TestUser person)
        => app.InAsync(tenant, person.Id, async sp =>
        {
            var result = await sp.GetRequiredService<OfferWorkflow>().StartAsync(competition, task, organisation, person.Id, CancellationToken.None);
            Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Code)));
            return result.Value;
        });

    /// <summary>Fills every section with a valid single-year offer (costs 10 000 zł: admin 900, grant 8 000, own 2 000).</summary>
    public static Task FillAsync(this CivitasAppFactory app, TenantInfo tenant, Guid offerId, TestUser person, Action<OfferContent>? change = null)
        => app.InAsync(tenant, person.Id, async sp =>
        {
            var db = sp.GetRequiredService<GrantsDb>();
            var workflow = sp.GetRequiredService<OfferWorkflow>();
            var offer = await db.Offers.AsNoTracking().FirstAsync(o => o.Id == offerId);
            var rules = (await sp.GetRequiredService<IOfferRulesSource>().GetAsync(offer.CompetitionId, offer.TaskId, CancellationToken.None))!;
            var content = Valid(rules.ImplementationFrom);
            change?.Invoke(content);
            var (_, sections) = await workflow.LoadAsync(offerId, CancellationToken.None);
            foreach (var key in OfferSectionKeys.All.Where(k => k != OfferSectionKey.Basic))
            {
                var saved = await workflow.SaveSectionAsync(offer, rules, key, content.Get(key), sections[key].Version, person.Id, CancellationToken.None);
                Assert.True(saved.Succeeded, key + ": " + string.Join(", ", saved.Errors.Select(e => e.Code)));
            }
            return true;
        });

    public static OfferContent Valid(DateOnly start) => new()
    {
        Offerors = new OfferorsSection { ContactName = "Zofia Żak", ContactPhone = "600100200", ContactEmail = "zofia@example.org" },
        Task = new TaskSection
        {
            Title = "Lato na łące – półkolonie",
            StartDate = start,
            EndDate = start.AddDays(30) is var e && e.Year == start.Year ? e : new DateOnly(start.Year, 12, 31),
            Summary = "Półkolonie dla dzieci z osiedla Źródlana; zajęcia przyrodnicze.",
            Actions =
            [
                new OfferAction { Year = start.Year, Name = "Rekrutacja", Description = "Nabór uczestników", TargetGroup = "dzieci 7–12 lat", PlannedPeriod = "czerwiec" },
                new OfferAction { Year = start.Year, Name = "Zajęcia", Description = "Warsztaty przyrodnicze", TargetGroup = "dzieci 7–12 lat", PlannedPeriod = "lipiec" },
            ],
            ResultsNarrative = "60 dzieci spędzi aktywnie wakacje.",
        },
        Profile = new ProfileSection { PreviousActivity = "Od 2015 r. prowadzimy zajęcia dla dzieci.", Resources = "Dwoje animatorów, sala, rowery." },
        Costs = new CostsSection
        {
            Lines =
            [
                new CostLine { Category = CostCategory.Action, ActionNumber = 1, Name = "Plakaty", Unit = "sztuka", UnitCost = 10m, Quantity = 10m },
                new CostLine { Category = CostCategory.Action, ActionNumber = 2, Name = "Animator", Unit = "godzina", UnitCost = 50m, Quantity = 180m },
                new CostLine { Category = CostCategory.Administrative, Name = "Księgowość", Unit = "usługa", UnitCost = 900m, Quantity = 1m },
            ],
        },
        Sources = new SourcesSection { Grant = 8_000m, OwnFinancial = 1_000m, BeneficiaryFees = 0m, NonFinancialPersonal = 1_000m, NonFinancialInKind = 0m },
        Other = new OtherSection { PaidMode = PaidMode.Unpaid },
        Statements = new StatementsSection
        {
            WithinStatutoryActivity = true, FeesOnlyInPaidActivity = true, TaxArrears = false, SocialSecurityArrears = false,
            DataMatchRegister = true, InformationTrue = true, DataSubjectsInformed = true,
        },
    };

    public static Task<List<OfferSubmission>> SubmissionsAsync(this CivitasAppFactory app, TenantInfo tenant, Guid offerId)
        => app.InAsync(tenant, null, sp => sp.GetRequiredService<GrantsDb>().OfferSubmissions.AsNoTracking().Where(s => s.OfferId == offerId).ToListAsync());
}
