using Civitas.Grants.Data;
using Civitas.Grants.Domain.Competitions;
using Civitas.Organisations.Contracts;
using Civitas.Platform.Audit;
using Civitas.Platform.Calendar;
using Civitas.Platform.Data;
using Civitas.Platform.Identity;
using Civitas.Platform.LegalParameters;
using Civitas.Platform.Outbox;
using Civitas.Platform.Tenancy;
using Civitas.Publishing.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Grants.Web.Competitions;

/// <summary>
/// Demo mode: Miasto Przykładowe's cooperation department gets an announced competition open for offers
/// (deadline a month after the clock), a cancelled one and a draft, with wording modelled on real
/// announcements of Polish cities. They go through the same domain rules and are published through the
/// outbox like any announcement. Idempotent: a tenant that already has competitions is left alone.
/// </summary>
internal sealed class CompetitionsDemoSeeder(IServiceScopeFactory scopes, IDemoUsers demo) : IDataSeeder
{
    public async Task SeedAsync(CancellationToken ct)
    {
        var tenant = await demo.DemoTenantAsync(ct);
        if (tenant is null) return;
        var official = await demo.EnsureAsync("urzednik@miasto-przykladowe.example", "Jan Urzędnik", ct);
        using var scope = scopes.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ITenantContext>().Set(tenant);
        sp.GetRequiredService<IActorContext>().Set(Actor.System);
        var db = sp.GetRequiredService<GrantsDb>();
        if (await db.Competitions.AnyAsync(ct)) return;
        var department = (await sp.GetRequiredService<IDepartmentDirectory>().ListAsync(ct)).FirstOrDefault(d => d.ShortName == "WOP");
        if (department is null) return;

        var clock = sp.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow();
        var today = WarsawTime.DateOf(now);
        var legal = await sp.GetRequiredService<ILegalParameters>().GetAsync(LegalParameterKeys.OfferDeadlineMinDays, today, ct);
        var spheres = await sp.GetRequiredService<IOrganisationDirectory>().GetSpheresAsync(today, ct);
        var rules = new AnnouncementRules(legal.AsInt(), legal.LegalBasis, spheres.Select(s => s.Code).ToHashSet(StringComparer.Ordinal));
        var outbox = sp.GetRequiredService<IOutbox>();
        var sphereNames = spheres.ToDictionary(s => s.Code, s => s.NamePolish, StringComparer.Ordinal);
        const string byName = "Jan Urzędnik";
        var person = new PublicationPerson(byName, "inspektor w Wydziale Współpracy z Organizacjami Pozarządowymi");

        // 1. Announced and open: deadline a month ahead (more than the statutory minimum after publication today).
        var open = Create(department, today.Year, 1, "Wspieranie kultury fizycznej i sportu dzieci i młodzieży w " + today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + " r.", now, official);
        var openDeadline = today.AddDays(legal.AsInt() + 10);
        Edit(open, Sport(today, openDeadline, today), rules);
        Announce(db, outbox, open, rules, now, official, byName, person, tenant.Name, department.Name, sphereNames);

        // 2. Cancelled (art. 18a ust. 1 UDPP: no offer was submitted), announced six weeks ago.
        var past = now.AddDays(-45);
        var pastDay = WarsawTime.DateOf(past);
        var cancelled = Create(department, today.Year, 2, "Ochrona dziedzictwa przyrodniczego doliny Kaczawy", past, official);
        Edit(cancelled, Ecology(pastDay, pastDay.AddDays(legal.AsInt() + 2), today), rules);
        Announce(db, outbox, cancelled, rules, past, official, byName, person, tenant.Name, department.Name, sphereNames);
        var reason = "Na zadanie nie wpłynęła żadna oferta (art. 18a ust. 1 pkt 1 ustawy o działalności pożytku publicznego i o wolontariacie).";
        var cancelledAt = now.AddDays(-12);
        cancelled.Cancel(reason, cancelledAt, official, byName);
        outbox.Add(db, new PublicationRequested(GrantsDb.ModuleName, CompetitionCommands.CancellationKey(cancelled.Id), PublicationCategory.Cancellation,
            $"Unieważnienie otwartego konkursu ofert nr {cancelled.Number}: {cancelled.Title}", null, null,
            AnnouncementDocument.Cancellation(cancelled, tenant.Name), CompetitionUrls.Public(cancelled.Id), [], person, person, cancelledAt, cancelledAt, cancelledAt, null, null, []));
        db.Competitions.Add(cancelled);

        // 3. A draft being prepared.
        var draft = Create(department, today.Year, 3, "Przeciwdziałanie samotności osób starszych — program „Sąsiedzka pomoc”", now, official);
        Edit(draft, new AnnouncementContent
        {
            Title = draft.Title,
            GrantRules = "Projekt zasad — do uzgodnienia z Wydziałem Polityki Społecznej.",
            Tasks = [new TaskDraft(null, "Sąsiedzkie wizyty wolontariuszy u osób starszych", "10", 80_000m, TaskForm.Support, null)],
            Criteria = [new CriterionDraft(null, StatutoryCriterion.Capacity, "Możliwość realizacji zadania przez oferenta", 10, null)],
        }, rules);
        db.Competitions.Add(draft);
        await db.SaveChangesAsync(ct);
    }

    private static Competition Create(DepartmentInfo department, int year, int sequence, string title, DateTimeOffset at, Guid by)
        => Competition.Create(department.Id, department.ShortName ?? "WOP", year, sequence, title, at, by).Value
            ?? throw new InvalidOperationException("Demo competition: invalid title.");

    private static void Edit(Competition c, AnnouncementContent content, AnnouncementRules rules)
    {
        var result = c.EditDraft(content, rules);
        if (!result.Succeeded) throw new InvalidOperationException("Demo competition: " + string.Join(", ", result.Errors.Select(e => e.Code + " " + e.Field)));
    }

    private static void Announce(GrantsDb db, IOutbox outbox, Competition c, AnnouncementRules rules, DateTimeOffset at, Guid by, string byName, PublicationPerson person,
        string tenantName, string departmentName, IReadOnlyDictionary<string, string> spheres)
    {
        var result = c.Announce(rules, at, by, byName);
        if (!result.Succeeded) throw new InvalidOperationException("Demo competition: " + string.Join(", ", result.Errors.Select(e => e.Code + " " + e.Field)));
        outbox.Add(db, new PublicationRequested(GrantsDb.ModuleName, CompetitionCommands.AnnouncementKey(c.Id), PublicationCategory.Announcement,
            $"Ogłoszenie otwartego konkursu ofert nr {c.Number}: {c.Title}", null, null,
            AnnouncementDocument.Body(c, tenantName, departmentName, spheres), CompetitionUrls.Public(c.Id), [], person, person, at, at, at, null, null, []));
        db.Competitions.Add(c);
    }

    private static AnnouncementContent Sport(DateOnly published, DateOnly deadline, DateOnly today) => new()
    {
        Title = "Wspieranie kultury fizycznej i sportu dzieci i młodzieży w " + today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + " r.",
        GrantRules = """
            1. Dotacje przyznaje Prezydent Miasta Przykładowego w formie wsparcia realizacji zadania (art. 11 ust. 1 pkt 1 ustawy).
            2. Złożenie oferty nie jest równoznaczne z przyznaniem dotacji; kwota dotacji może być niższa od wnioskowanej.
            3. Z dotacji nie można finansować zakupu nieruchomości, działalności gospodarczej ani kosztów poniesionych przed zawarciem umowy, z wyjątkiem kosztów poniesionych w okresie kwalifikowalności.
            """,
        ImplementationConditions = """
            Zadanie realizuje się na rzecz mieszkańców Miasta Przykładowego, na obiektach sportowych położonych na jego terenie. Oferent zapewnia kadrę z uprawnieniami trenera lub instruktora oraz ubezpieczenie uczestników. Materiały promocyjne zawierają informację o dofinansowaniu ze środków Miasta.
            """,
        ImplementationFrom = deadline.AddDays(30),
        ImplementationTo = new DateOnly(deadline.AddDays(30).Year, 12, 15),
        DeadlineDate = deadline,
        DeadlineTime = new TimeOnly(15, 30),
        SelectionProcedure = """
            Oferty ocenia komisja konkursowa powołana przez Prezydenta Miasta (art. 15 ust. 2a ustawy), w skład której wchodzą przedstawiciele organizacji pozarządowych. Komisja ocenia oferty według kryteriów podanych poniżej; ofertę, która w którymkolwiek kryterium nie osiągnie minimum punktów, odrzuca się. Ostateczną decyzję podejmuje Prezydent Miasta.
            """,
        SelectionDate = deadline.AddDays(21),
        MinOwnContributionPercent = 10m,
        OwnContributionKind = OwnContributionKind.FinancialOrNonFinancial,
        MaxAdminCostPercent = 10m,
        MaxGrantPerOffer = 25_000m,
        EligibleCostsFrom = deadline.AddDays(30),
        EligibleCostsTo = new DateOnly(deadline.AddDays(30).Year, 12, 31),
        JointOffersAllowed = true,
        EligibleLegalForms = [OrganisationLegalForm.Association, OrganisationLegalForm.Foundation, OrganisationLegalForm.SportsClub, OrganisationLegalForm.OrdinaryAssociation],
        BipPublishedOn = published,
        NoticeBoardPublishedOn = published,
        WebsitePublishedOn = published,
        Tasks =
        [
            new TaskDraft(null, "Szkolenie sportowe dzieci i młodzieży w dyscyplinach olimpijskich", "17", 180_000m, TaskForm.Support,
                "Regularne zajęcia treningowe co najmniej dwa razy w tygodniu, udział w zawodach, obozy sportowe."),
            new TaskDraft(null, "Organizacja imprez sportowo-rekreacyjnych dla dzieci w czasie ferii i wakacji", "17", 60_000m, TaskForm.Support, null),
        ],
        Criteria =
        [
            new CriterionDraft(null, StatutoryCriterion.Capacity, "Możliwość realizacji zadania przez oferenta", 10, 4),
            new CriterionDraft(null, StatutoryCriterion.CostCalculation, "Kalkulacja kosztów w odniesieniu do zakresu zadania", 10, 4),
            new CriterionDraft(null, StatutoryCriterion.Quality, "Jakość wykonania zadania i kwalifikacje osób realizujących", 10, null),
            new CriterionDraft(null, StatutoryCriterion.OwnFunds, "Udział środków finansowych własnych lub z innych źródeł", 5, null),
            new CriterionDraft(null, StatutoryCriterion.PersonalAndInKind, "Wkład osobowy, w tym praca wolontariuszy, i wkład rzeczowy", 5, null),
            new CriterionDraft(null, StatutoryCriterion.PastPerformance, "Rzetelność i terminowość realizacji zadań zleconych w latach poprzednich", 5, null),
        ],
        PriorTasks =
        [
            new PriorTaskDraft(today.Year - 1, "Szkolenie sportowe dzieci i młodzieży", 410_000m, 172_500m),
            new PriorTaskDraft(today.Year, "Sportowe ferie zimowe", 18_000m, 15_000m),
        ],
        ChecklistItems = ["Oferta złożona w terminie i na właściwym formularzu", "Oferent jest uprawniony do udziału w konkursie", "Oferta podpisana przez osoby upoważnione do reprezentacji", "Wymagany wkład własny i limit kosztów administracyjnych zachowane"],
        RequiredAttachments = ["Aktualny statut organizacji (jeżeli nie jest dostępny w KRS)", "Pełnomocnictwo, jeżeli ofertę podpisuje pełnomocnik"],
    };

    private static AnnouncementContent Ecology(DateOnly published, DateOnly deadline, DateOnly today) => new()
    {
        Title = "Ochrona dziedzictwa przyrodniczego doliny Kaczawy",
        GrantRules = "Dotacje przyznaje Prezydent Miasta Przykładowego w formie powierzenia realizacji zadania (art. 11 ust. 1 pkt 2 ustawy).",
        ImplementationConditions = "Zadanie realizuje się w granicach administracyjnych miasta, w porozumieniu z Wydziałem Ochrony Środowiska.",
        ImplementationFrom = deadline.AddDays(25),
        ImplementationTo = deadline.AddDays(150),
        DeadlineDate = deadline,
        DeadlineTime = new TimeOnly(12, 0),
        SelectionProcedure = "Oferty ocenia komisja konkursowa według kryteriów art. 15 ust. 1 ustawy.",
        SelectionDate = deadline.AddDays(14),
        MaxAdminCostPercent = 5m,
        MaxGrantPerOffer = 40_000m,
        EligibleCostsFrom = deadline.AddDays(25),
        EligibleCostsTo = deadline.AddDays(150),
        EligibleLegalForms = [OrganisationLegalForm.Association, OrganisationLegalForm.Foundation],
        BipPublishedOn = published,
        NoticeBoardPublishedOn = published,
        WebsitePublishedOn = published,
        Tasks = [new TaskDraft(null, "Sprzątanie brzegów rzeki i odtwarzanie zadrzewień nadrzecznych", "18", 40_000m, TaskForm.Entrusting, null)],
        Criteria =
        [
            new CriterionDraft(null, StatutoryCriterion.Capacity, "Możliwość realizacji zadania przez oferenta", 10, null),
            new CriterionDraft(null, StatutoryCriterion.CostCalculation, "Kalkulacja kosztów", 10, null),
            new CriterionDraft(null, StatutoryCriterion.Own, "Zaangażowanie mieszkańców w działania", 5, null),
        ],
        PriorTasks = [new PriorTaskDraft(today.Year - 1, "Sprzątanie brzegów Kaczawy", 35_000m, 35_000m)],
    };
}
