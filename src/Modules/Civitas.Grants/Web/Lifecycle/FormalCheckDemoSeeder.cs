using System.Globalization;
using Civitas.Grants.Data;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.FormalCheck;
using Civitas.Grants.Domain.Offers;
using Civitas.Organisations.Contracts;
using Civitas.Platform.Calendar;
using Civitas.Platform.Data;
using Civitas.Platform.Identity;
using Civitas.Platform.LegalParameters;
using Civitas.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Grants.Web.Lifecycle;

/// <summary>
/// Demo mode: one more competition of the cooperation department (WOP), now UNDER FORMAL CHECK. It was
/// announced six weeks before the clock, its offer deadline passed two weeks ago, and three offers of the
/// demo organisations whose representative is a demo account (Maria Przedstawicielska) were submitted
/// before it: a JOINT offer of the sailing club with the sports club „Przykładowia” (the office asked for a
/// correction of the cost calculation two days ago, so the correction window is open), the sailing club's
/// summer camp (formally accepted) and the volunteering centre's offer (not checked yet). Everything goes
/// through <see cref="DemoCompetitionStory"/>, i.e. the module's own commands and workflows, with dates
/// relative to the app's clock. Idempotent: nothing is added once the competition exists, or when the
/// competitions' demo (department, organisations) is missing. Runs after <c>CompetitionsDemoSeeder</c>.
/// </summary>
internal sealed class FormalCheckDemoSeeder(IServiceScopeFactory scopes, IDemoUsers demo) : IDataSeeder
{
    public const string TitlePrefix = "Aktywny wypoczynek dzieci i młodzieży oraz wolontariat sportowy";
    private const string MailDomain = "miasto-przykladowe.example";
    private const string SailingClubKrs = "0000900001";
    private const string SportsClubKrs = "0000900018";
    private const string VolunteeringCentreKrs = "0000900015";

    /// <summary>The competition's formal checklist, in order (the reviews refer to items by position).</summary>
    public static readonly string[] Checklist =
    [
        "Oferta złożona w terminie, na formularzu z załącznika nr 1 do rozporządzenia (Dz.U. 2018 poz. 2057)",
        "Oferent (każdy ze współoferentów) jest uprawniony do udziału w konkursie",
        "Oferta podpisana przez osoby upoważnione do reprezentacji oferenta",
        "Kalkulacja kosztów wskazuje jednostki miary i liczbę jednostek zgodnie z harmonogramem",
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        var tenant = await demo.DemoTenantAsync(ct);
        if (tenant is null) return;
        using var scope = scopes.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ITenantContext>().Set(tenant);
        var db = sp.GetRequiredService<GrantsDb>();
        if (await db.Competitions.AnyAsync(c => c.Title.StartsWith(TitlePrefix), ct)) return;
        var department = (await sp.GetRequiredService<IDepartmentDirectory>().ListAsync(ct)).FirstOrDefault(d => d.ShortName == "WOP");
        if (department is null) return;
        var directory = sp.GetRequiredService<IOrganisationDirectory>();
        var sailing = await directory.FindAsync(SailingClubKrs, ct);
        var sports = await directory.FindAsync(SportsClubKrs, ct);
        var volunteering = await directory.FindAsync(VolunteeringCentreKrs, ct);
        if (sailing is null || sports is null || volunteering is null) return;

        var official = new DemoPerson(await demo.EnsureAsync("urzednik@" + MailDomain, "Jan Urzędnik", ct), "Jan Urzędnik", department.Id);
        var representative = new DemoPerson(await demo.EnsureAsync("przedstawicielka@" + MailDomain, "Maria Przedstawicielska", ct), "Maria Przedstawicielska");

        var clock = sp.GetRequiredService<TimeProvider>();
        var today = WarsawTime.Today(clock);
        var minDays = (await sp.GetRequiredService<ILegalParameters>().GetAsync(LegalParameterKeys.OfferDeadlineMinDays, today, ct)).AsInt();
        // The deadline fell two weeks ago; the announcement was published so that it left the statutory
        // minimum (art. 13 ust. 1 UDPP) plus five days.
        var deadlineDay = today.AddDays(-14);
        var announcedDay = deadlineDay.AddDays(-(minDays + 5));
        var deadline = WarsawTime.ToUtc(deadlineDay, new TimeOnly(15, 30));
        var start = today.AddDays(20);
        // Single-year tasks: late in the year the tasks run in the next one.
        if (start.Month >= 10) start = new DateOnly(start.Year + 1, 1, 15);
        var end = new DateOnly(start.Year, 12, 31);

        var story = new DemoCompetitionStory(scopes, tenant);
        var title = TitlePrefix + " w " + start.Year.ToString(CultureInfo.InvariantCulture) + " r.";
        var competitionId = await story.AnnounceAsync(official, title, Announcement(title, announcedDay, deadlineDay, start, end, today), WarsawTime.ToUtc(announcedDay, new TimeOnly(9, 0)), ct);
        var tasks = await db.CompetitionTasks.AsNoTracking().Where(t => t.CompetitionId == competitionId).OrderBy(t => t.Order).Select(t => t.Id).ToListAsync(ct);

        var offerStart = start.AddDays(5);
        var offerEnd = offerStart.AddDays(80) is var e && e <= end ? e : end;
        var (joint, _) = await story.SubmitOfferAsync(competitionId, tasks[0], sailing.Value, representative, JointOffer(offerStart, offerEnd, sailing.Value, sports.Value),
            WarsawTime.ToUtc(deadlineDay.AddDays(-3), new TimeOnly(11, 20)), ct);
        var (camp, _) = await story.SubmitOfferAsync(competitionId, tasks[1], sailing.Value, representative, CampOffer(offerStart, offerEnd),
            WarsawTime.ToUtc(deadlineDay.AddDays(-2), new TimeOnly(16, 45)), ct);
        await story.SubmitOfferAsync(competitionId, tasks[2], volunteering.Value, representative, VolunteeringOffer(offerStart, offerEnd),
            WarsawTime.ToUtc(deadlineDay, new TimeOnly(14, 58)), ct);

        await story.CloseOfferPeriodAsync(competitionId, deadline, ct);
        var reviewAt = WarsawTime.ToUtc(today.AddDays(-2), new TimeOnly(10, 15));
        await story.ReviewAsync(competitionId, camp, official, FormalOutcome.Accepted, [], null, [], reviewAt, ct);
        await story.ReviewAsync(competitionId, joint, official, FormalOutcome.CorrectionRequested, [3],
            "W kalkulacji kosztów (część V.A) pozycja „Wynajem hali sportowej” nie podaje liczby godzin najmu w jednostce miary, a liczba jednostek nie odpowiada harmonogramowi (część III.4). Prosimy o poprawienie jednostki i liczby jednostek tej pozycji.",
            [OfferSectionKey.Costs], reviewAt.AddMinutes(20), ct);
    }

    private static AnnouncementContent Announcement(string title, DateOnly published, DateOnly deadline, DateOnly start, DateOnly end, DateOnly today) => new()
    {
        Title = title,
        GrantRules = """
            1. Dotacje przyznaje Prezydent Miasta Przykładowego w formie wsparcia realizacji zadania (art. 11 ust. 1 pkt 1 ustawy).
            2. Oferty wspólne dwóch lub więcej organizacji są dopuszczalne (art. 14 ust. 2 ustawy).
            3. Kwota dotacji może być niższa od wnioskowanej; oferent może wtedy zaktualizować kalkulację kosztów i harmonogram.
            """,
        ImplementationConditions = "Zadania realizuje się na rzecz mieszkańców Miasta Przykładowego. Zajęcia prowadzą osoby z uprawnieniami instruktora lub trenera; uczestnicy są ubezpieczeni od następstw nieszczęśliwych wypadków.",
        ImplementationFrom = start,
        ImplementationTo = end,
        DeadlineDate = deadline,
        DeadlineTime = new TimeOnly(15, 30),
        SelectionProcedure = "Oferty spełniające wymogi formalne ocenia komisja konkursowa (art. 15 ust. 2a ustawy) według kryteriów podanych poniżej. Ostateczną decyzję podejmuje Prezydent Miasta.",
        SelectionDate = deadline.AddDays(30),
        MinOwnContributionPercent = 10m,
        OwnContributionKind = Civitas.Grants.Domain.Competitions.OwnContributionKind.FinancialOrNonFinancial,
        MaxAdminCostPercent = 10m,
        MaxGrantPerOffer = 25_000m,
        EligibleCostsFrom = start,
        EligibleCostsTo = end,
        JointOffersAllowed = true,
        EligibleLegalForms = [OrganisationLegalForm.Association, OrganisationLegalForm.Foundation, OrganisationLegalForm.SportsClub],
        BipPublishedOn = published,
        NoticeBoardPublishedOn = published,
        WebsitePublishedOn = published,
        Tasks =
        [
            new TaskDraft(null, "Całoroczne zajęcia sportowe dla dzieci i młodzieży z osiedli o niskiej aktywności fizycznej", "17", 60_000m, TaskForm.Support, null),
            new TaskDraft(null, "Letni wypoczynek dzieci i młodzieży w mieście", "15", 40_000m, TaskForm.Support, null),
            new TaskDraft(null, "Szkolenie i koordynacja młodzieżowych wolontariuszy imprez sportowych", "27", 20_000m, TaskForm.Support, null),
        ],
        Criteria =
        [
            new CriterionDraft(null, StatutoryCriterion.Capacity, "Możliwość realizacji zadania przez oferenta", 10, 4),
            new CriterionDraft(null, StatutoryCriterion.CostCalculation, "Kalkulacja kosztów w odniesieniu do zakresu zadania", 10, 4),
            new CriterionDraft(null, StatutoryCriterion.Quality, "Jakość wykonania zadania i kwalifikacje osób realizujących", 10, null),
            new CriterionDraft(null, StatutoryCriterion.PersonalAndInKind, "Wkład osobowy, w tym praca wolontariuszy, i wkład rzeczowy", 5, null),
        ],
        PriorTasks = [new PriorTaskDraft(today.Year - 1, "Zajęcia sportowe dla dzieci w czasie wolnym od nauki", 55_000m, 55_000m)],
        ChecklistItems = Checklist,
        RequiredAttachments = ["Umowa partnerska lub oświadczenie partnera (oferta wspólna)"],
    };

    private static OfferContent JointOffer(DateOnly start, DateOnly end, Guid sailing, Guid sports) => new()
    {
        Offerors = new OfferorsSection { Partners = [sports], ContactName = "Anna Nowak", ContactPhone = "+48 600 100 200", ContactEmail = "anna.nowak@klub-lodz.example" },
        Task = new TaskSection
        {
            Title = "Żagle i boisko — zajęcia sportowe dla dzieci z osiedla Północ",
            StartDate = start,
            EndDate = end,
            Summary = "Dwa kluby łączą siły: Klub Żeglarski „Łódź” prowadzi zajęcia żeglarskie na zalewie, Klub Sportowy „Przykładowia” treningi piłki ręcznej i siatkówki w hali przy ul. Chojnowskiej. Zajęcia są bezpłatne, dla 60 dzieci w wieku 9–14 lat.",
            Actions =
            [
                new OfferAction { Year = start.Year, Name = "Zajęcia żeglarskie", Description = "Dwa razy w tygodniu, grupy po 10 osób, z instruktorem PZŻ", TargetGroup = "dzieci 9–14 lat", PlannedPeriod = "cały okres zadania", OfferorId = sailing },
                new OfferAction { Year = start.Year, Name = "Treningi piłki ręcznej i siatkówki", Description = "Trzy razy w tygodniu w hali sportowej", TargetGroup = "dzieci 9–14 lat", PlannedPeriod = "cały okres zadania", OfferorId = sports },
            ],
            ResultsNarrative = "60 dzieci regularnie uprawia sport; 20 z nich dołącza do sekcji klubowych.",
            Results = [new OfferResult { Name = "Liczba uczestników zajęć", TargetValue = "60", MonitoringMethod = "listy obecności" }],
        },
        Profile = new ProfileSection { PreviousActivity = "Klub Żeglarski „Łódź” od 2009 r. prowadzi szkółkę żeglarską; Klub Sportowy „Przykładowia” od 1998 r. szkoli drużyny młodzieżowe.", Resources = "Przystań z 12 łodziami, hala sportowa, czterech instruktorów i trenerów." },
        Costs = new CostsSection
        {
            Lines =
            [
                new CostLine { Category = CostCategory.Action, ActionNumber = 1, Name = "Wynagrodzenie instruktorów żeglarstwa", Unit = "godz.", UnitCost = 75m, Quantity = 80m },
                new CostLine { Category = CostCategory.Action, ActionNumber = 2, Name = "Wynagrodzenie trenerów", Unit = "godz.", UnitCost = 70m, Quantity = 100m },
                new CostLine { Category = CostCategory.Action, ActionNumber = 2, Name = "Wynajem hali sportowej", Unit = "usługa", UnitCost = 3_000m, Quantity = 1m },
                new CostLine { Category = CostCategory.Administrative, Name = "Koordynacja i księgowość", Unit = "mies.", UnitCost = 400m, Quantity = 3m },
            ],
        },
        Sources = new SourcesSection { Grant = 15_000m, OwnFinancial = 1_000m, BeneficiaryFees = 0m, NonFinancialPersonal = 1_200m, NonFinancialInKind = 0m },
        Split = new SplitSection { Rows = [new SplitRow { OfferorId = sailing, Year = start.Year, Amount = 7_800m }, new SplitRow { OfferorId = sports, Year = start.Year, Amount = 9_400m }] },
        Other = new OtherSection { PaidMode = PaidMode.Unpaid, DivisionOfWork = "Klub Żeglarski „Łódź” (oferent wiodący) koordynuje zadanie, prowadzi zajęcia żeglarskie i rozlicza dotację; Klub Sportowy „Przykładowia” prowadzi treningi w hali. Oferentów wobec Miasta reprezentuje Klub Żeglarski „Łódź” na podstawie umowy partnerskiej." },
        Statements = Statements(),
    };

    private static OfferContent CampOffer(DateOnly start, DateOnly end) => new()
    {
        Offerors = new OfferorsSection { ContactName = "Anna Nowak", ContactPhone = "+48 600 100 200", ContactEmail = "anna.nowak@klub-lodz.example" },
        Task = new TaskSection
        {
            Title = "Obóz żeglarski „Wiatr w żagle” na zalewie miejskim",
            StartDate = start,
            EndDate = end,
            Summary = "Dwa dziesięciodniowe turnusy półkolonii żeglarskich dla 40 dzieci, które nie wyjeżdżają na wakacje.",
            Actions =
            [
                new OfferAction { Year = start.Year, Name = "Rekrutacja uczestników", Description = "Nabór przez szkoły i świetlice środowiskowe", TargetGroup = "dzieci 8–13 lat", PlannedPeriod = "pierwszy miesiąc" },
                new OfferAction { Year = start.Year, Name = "Turnusy półkolonii", Description = "Zajęcia na wodzie, nauka bezpieczeństwa, gry terenowe", TargetGroup = "dzieci 8–13 lat", PlannedPeriod = "dwa turnusy po 10 dni" },
            ],
            ResultsNarrative = "40 dzieci spędzi aktywnie wakacje i zda wewnętrzny egzamin z zasad bezpieczeństwa na wodzie.",
        },
        Profile = new ProfileSection { PreviousActivity = "Od 2009 r. organizujemy półkolonie żeglarskie dla dzieci z miasta.", Resources = "Przystań, 12 łodzi typu Optimist, kamizelki, dwóch instruktorów." },
        Costs = new CostsSection
        {
            Lines =
            [
                new CostLine { Category = CostCategory.Action, ActionNumber = 1, Name = "Druk plakatów i ulotek", Unit = "szt.", UnitCost = 1.5m, Quantity = 200m },
                new CostLine { Category = CostCategory.Action, ActionNumber = 2, Name = "Wynagrodzenie instruktorów", Unit = "godz.", UnitCost = 75m, Quantity = 120m },
                new CostLine { Category = CostCategory.Action, ActionNumber = 2, Name = "Wyżywienie uczestników", Unit = "os./dzień", UnitCost = 18m, Quantity = 400m },
                new CostLine { Category = CostCategory.Administrative, Name = "Obsługa księgowa", Unit = "usługa", UnitCost = 800m, Quantity = 1m },
            ],
        },
        Sources = new SourcesSection { Grant = 14_000m, OwnFinancial = 1_300m, BeneficiaryFees = 0m, NonFinancialPersonal = 1_500m, NonFinancialInKind = 500m },
        Other = new OtherSection { PaidMode = PaidMode.Unpaid },
        Statements = Statements(),
    };

    private static OfferContent VolunteeringOffer(DateOnly start, DateOnly end) => new()
    {
        Offerors = new OfferorsSection { ContactName = "Piotr Wolski", ContactPhone = "+48 76 114 24 62", ContactEmail = "wolontariat@centrum.example" },
        Task = new TaskSection
        {
            Title = "Wolontariusze na start — szkolenie młodzieżowych wolontariuszy imprez sportowych",
            StartDate = start,
            EndDate = end,
            Summary = "Szkolimy 30 uczniów szkół średnich na wolontariuszy imprez sportowych miasta i koordynujemy ich pracę podczas biegów i turniejów.",
            Actions =
            [
                new OfferAction { Year = start.Year, Name = "Szkolenie wolontariuszy", Description = "Dwa weekendowe szkolenia z pierwszej pomocy i obsługi imprez", TargetGroup = "młodzież 16–19 lat", PlannedPeriod = "pierwsze dwa miesiące" },
                new OfferAction { Year = start.Year, Name = "Koordynacja wolontariatu", Description = "Dyżury koordynatora podczas imprez sportowych", TargetGroup = "młodzież 16–19 lat", PlannedPeriod = "cały okres zadania" },
            ],
            ResultsNarrative = "30 przeszkolonych wolontariuszy obsłuży co najmniej 6 imprez sportowych.",
        },
        Profile = new ProfileSection { PreviousActivity = "Od 2012 r. prowadzimy Centrum Wolontariatu Miasta Przykładowego.", Resources = "Sala szkoleniowa, koordynator wolontariatu, dwoje trenerów pierwszej pomocy." },
        Costs = new CostsSection
        {
            Lines =
            [
                new CostLine { Category = CostCategory.Action, ActionNumber = 1, Name = "Trener pierwszej pomocy", Unit = "godz.", UnitCost = 120m, Quantity = 32m },
                new CostLine { Category = CostCategory.Action, ActionNumber = 1, Name = "Materiały szkoleniowe", Unit = "komplet", UnitCost = 35m, Quantity = 30m },
                new CostLine { Category = CostCategory.Action, ActionNumber = 2, Name = "Wynagrodzenie koordynatora", Unit = "mies.", UnitCost = 1_200m, Quantity = 4m },
                new CostLine { Category = CostCategory.Administrative, Name = "Obsługa księgowa", Unit = "mies.", UnitCost = 150m, Quantity = 4m },
            ],
        },
        Sources = new SourcesSection { Grant = 8_500m, OwnFinancial = 600m, BeneficiaryFees = 0m, NonFinancialPersonal = 1_190m, NonFinancialInKind = 0m },
        Other = new OtherSection { PaidMode = PaidMode.Unpaid },
        Statements = Statements(),
    };

    /// <summary>Part VII as a careful offeror fills it: every statement made, no arrears.</summary>
    private static StatementsSection Statements() => new()
    {
        WithinStatutoryActivity = true, FeesOnlyInPaidActivity = true, TaxArrears = false, SocialSecurityArrears = false,
        DataMatchRegister = true, InformationTrue = true, DataSubjectsInformed = true,
    };
}
