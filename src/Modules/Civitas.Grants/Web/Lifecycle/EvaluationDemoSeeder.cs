using System.Globalization;
using Civitas.Grants.Data;
using Civitas.Grants.Domain.Committee;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.FormalCheck;
using Civitas.Grants.Domain.Offers;
using Civitas.Platform.Calendar;
using Civitas.Platform.Data;
using Civitas.Platform.LegalParameters;
using Civitas.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Civitas.Grants.Web.Lifecycle.DemoCast;

namespace Civitas.Grants.Web.Lifecycle;

/// <summary>
/// Demo mode: a competition of the cooperation department UNDER COMMITTEE EVALUATION. Its offer deadline passed 30 days
/// before the clock; four offers of the demo organisations were submitted before it (a joint offer of Klub Żeglarski
/// „Łódź” with Klub Sportowy „Przykładowia”, the sailing club's holiday camp, and two offers of Centrum Wolontariatu);
/// the formal check accepted three and rejected one (its scope is not the announced task). The committee: Jan Urzędnik
/// (official, chair), Anna Mieszkańska (nominated by the Stowarzyszenie Przyjaciół Miasta Przykładowego, which takes no
/// part; she declared a conflict with Centrum Wolontariatu) and an expert with an advisory voice. Part of the scores are
/// in, with justifications, and the chair proposed an amount for the joint offer: the sheet shows averages, the ranking,
/// a minimum not met and the funds left, and the meeting is still to be held. Everything goes through
/// <see cref="DemoCompetitionStory"/> (the module's own commands), dates relative to the app's clock. Idempotent by its
/// title prefix; nothing is added when the demo's department, organisations or people are missing.
/// </summary>
internal sealed class EvaluationDemoSeeder(IServiceScopeFactory scopes, IDemoUsers demo, IOptions<DemoOptions> options) : IDataSeeder
{
    private string Portal => PortalOf(options.Value);

    public const string TitlePrefix = "Sport, wypoczynek i wolontariat dzieci i młodzieży";

    /// <summary>The competition's formal checklist, in order (the reviews refer to items by position).</summary>
    public static readonly string[] Checklist =
    [
        "Oferta złożona w terminie, na formularzu z załącznika nr 1 do rozporządzenia (Dz.U. 2018 poz. 2057)",
        "Oferent (każdy ze współoferentów) jest uprawniony do udziału w konkursie",
        "Zakres oferty odpowiada zadaniu ogłoszonemu w konkursie",
        "Kalkulacja kosztów jest zgodna z zasadami konkursu (wkład własny, koszty administracyjne)",
    ];

    public const string RejectionReason = "Oferta dotyczy szkoleń koordynatorów wolontariatu w klubach sportowych, a zadanie nr 4 obejmuje wsparcie organizacji w zakresie zarządzania, finansów i rozliczania dotacji. Zakres oferty nie odpowiada zadaniu ogłoszonemu w konkursie (pkt 3 listy sprawdzającej).";

    public async Task SeedAsync(CancellationToken ct)
    {
        var tenant = await demo.DemoTenantAsync(ct);
        if (tenant is null) return;
        using var scope = scopes.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ITenantContext>().Set(tenant);
        var db = sp.GetRequiredService<GrantsDb>();
        if (await db.Competitions.AnyAsync(c => c.Title.StartsWith(TitlePrefix), ct)) return;
        var cast = await LoadAsync(sp, demo, ct);
        if (cast is null) return;

        var today = WarsawTime.Today(sp.GetRequiredService<TimeProvider>());
        var minDays = (await sp.GetRequiredService<ILegalParameters>().GetAsync(LegalParameterKeys.OfferDeadlineMinDays, today, ct)).AsInt();
        // The deadline fell 30 days ago; the announcement left the statutory minimum (art. 13 ust. 1 UDPP) plus five days.
        var deadlineDay = today.AddDays(-30);
        var announcedDay = deadlineDay.AddDays(-(minDays + 5));
        var (start, end) = ImplementationWindow(today);
        var official = cast.Official;
        var story = new DemoCompetitionStory(scopes, tenant);
        var title = TitlePrefix + " w " + start.Year.ToString(CultureInfo.InvariantCulture) + " r.";
        var content = Announcement(title, announcedDay, deadlineDay, deadlineDay.AddDays(40), start, end,
        [
            new TaskDraft(null, "Całoroczne szkolenie sportowe dzieci i młodzieży w dyscyplinach wodnych i halowych", "17", 50_000m, TaskForm.Support, null),
            new TaskDraft(null, "Wypoczynek dzieci i młodzieży w czasie wolnym od nauki szkolnej", "15", 30_000m, TaskForm.Support, null),
            new TaskDraft(null, "Promocja wolontariatu wśród uczniów szkół ponadpodstawowych", "27", 20_000m, TaskForm.Support, null),
            new TaskDraft(null, "Wsparcie organizacji pozarządowych w zakresie zarządzania, finansów i rozliczania dotacji", "33", 15_000m, TaskForm.Support, null),
        ], Checklist, new PriorTaskDraft(announcedDay.Year - 1, "Szkolenie sportowe dzieci i młodzieży", 45_000m, 45_000m));
        var id = await story.AnnounceAsync(official, title, content, At(announcedDay, 9, 0), ct);
        var tasks = await db.CompetitionTasks.AsNoTracking().Where(t => t.CompetitionId == id).OrderBy(t => t.Order).Select(t => t.Id).ToListAsync(ct);

        var offerStart = start.AddDays(5);
        var offerEnd = offerStart.AddDays(150) is var e && e <= end ? e : end;
        var rep = cast.Representative;
        var (joint, _) = await story.SubmitOfferAsync(id, tasks[0], cast.Sailing, rep, JointOffer(offerStart, offerEnd, cast.Sailing, cast.Sports), At(deadlineDay.AddDays(-4), 10, 5), ct);
        var (camp, _) = await story.SubmitOfferAsync(id, tasks[1], cast.Sailing, rep, CampOffer(offerStart, offerEnd), At(deadlineDay.AddDays(-3), 18, 40), ct);
        var (clubs, _) = await story.SubmitOfferAsync(id, tasks[2], cast.Volunteering, rep, ClubsOffer(offerStart, offerEnd), At(deadlineDay.AddDays(-1), 12, 10), ct);
        var (academy, _) = await story.SubmitOfferAsync(id, tasks[3], cast.Volunteering, rep, AcademyOffer(offerStart, offerEnd), At(deadlineDay, 15, 2), ct);
        await story.CloseOfferPeriodAsync(id, At(deadlineDay, 15, 30), ct);

        var reviewDay = deadlineDay.AddDays(3);
        await story.ReviewAsync(id, joint, official, FormalOutcome.Accepted, [], null, [], At(reviewDay, 9, 30), ct);
        await story.ReviewAsync(id, camp, official, FormalOutcome.Accepted, [], null, [], At(reviewDay, 9, 50), ct);
        await story.ReviewAsync(id, clubs, official, FormalOutcome.Accepted, [], null, [], At(reviewDay, 10, 10), ct);
        await story.ReviewAsync(id, academy, official, FormalOutcome.Rejected, [2], RejectionReason, [], At(reviewDay, 10, 40), ct);

        // art. 15 ust. 2a–2d UDPP: the official first (the chair), a nominee of an organisation that takes no part, an expert.
        var appointDay = deadlineDay.AddDays(4);
        await story.AppointAsync(id, official, OfficialEmail, MemberKind.Official, null, Portal, At(appointDay, 11, 0), ct);
        await story.AppointAsync(id, official, ResidentEmail, MemberKind.NominatedByOrganisation, FriendsOfTheCityKrs, Portal, At(appointDay, 11, 5), ct);
        await story.AppointAsync(id, official, ExpertEmail, MemberKind.Expert, null, Portal, At(appointDay, 11, 10), ct);
        await story.StartEvaluationAsync(id, official, At(deadlineDay.AddDays(5), 8, 30), ct);

        var declarationDay = deadlineDay.AddDays(6);
        await story.DeclareAsync(id, official, [], At(declarationDay, 9, 0), ct);
        // KPA art. 24 § 1 (art. 15 ust. 2f UDPP): she volunteers at the centre, so she neither reads nor scores its offer.
        await story.DeclareAsync(id, cast.Resident, [cast.Volunteering], At(declarationDay, 17, 20), ct);
        await story.DeclareAsync(id, cast.Expert, [], At(declarationDay.AddDays(1), 8, 45), ct);

        await story.ScoreAsync(id, joint, official,
        [
            (8.5m, "Oba kluby od lat prowadzą zajęcia dla dzieci; mają przystań, łodzie i dostęp do hali."),
            (7m, "Koszty realne; stawka za wynajem hali nieco wyższa niż w innych ofertach."),
            (8m, "Instruktorzy z uprawnieniami PZŻ i trenerzy z licencjami; rzetelny harmonogram."),
            (4m, "Wkład wolontariuszy opisany i wyceniony; wkład rzeczowy niewielki."),
        ], At(today.AddDays(-12), 10, 15), ct);
        await story.ScoreAsync(id, camp, official,
        [
            (7m, "Doświadczenie w organizacji półkolonii; kadra wystarczająca dla 40 uczestników."),
            (6m, "Wyżywienie wycenione prawidłowo; brak kosztu ubezpieczenia uczestników w kalkulacji."),
            (7.5m, "Program zajęć różnorodny, z nauką zasad bezpieczeństwa na wodzie."),
            (3.5m, "Wkład osobowy niewielki w stosunku do zakresu zadania."),
        ], At(today.AddDays(-12), 11, 40), ct);
        await story.ScoreAsync(id, clubs, official,
        [
            (8m, "Centrum prowadzi wolontariat w mieście od 2012 r. i współpracuje ze szkołami."),
            (3.5m, "Wynagrodzenie koordynatora wysokie w stosunku do liczby klubów; brak kosztów dojazdów do szkół."),
            (7m, "Warsztaty dla opiekunów dobrze zaplanowane; rezultaty mierzalne."),
            (4m, "Wkład wolontariuszy centrum wyceniony realnie."),
        ], At(today.AddDays(-11), 9, 5), ct);
        await story.ScoreAsync(id, joint, cast.Resident,
        [
            (9m, "Kluby znane na osiedlu Północ; zajęcia odbywają się regularnie od kilku lat."),
            (6.5m, "Kalkulacja poprawna, ale koszty koordynacji wysokie w stosunku do liczby uczestników."),
            (8.5m, "Dobra współpraca z dwiema szkołami, rekrutacja przez świetlice."),
            (4.5m, "Rodzice i starsi zawodnicy pomagają jako wolontariusze."),
        ], At(today.AddDays(-9), 19, 30), ct);
        await story.ScoreAsync(id, joint, cast.Expert,
        [
            (8m, "Zasoby kadrowe i sprzętowe wystarczające dla 60 uczestników."),
            (7.5m, "Stawki instruktorów zgodne z rynkowymi."),
            (8m, "Program szkolenia zgodny z zasadami szkolenia młodzieży PZŻ i ZPRP."),
            (4m, "Wkład rzeczowy (łodzie klubowe) mógłby być wyceniony."),
        ], At(today.AddDays(-8), 13, 0), ct);

        // The chair's first proposal; the camp still awaits Anna Mieszkańska's scores and the meeting is to be held.
        await story.ProposeAsync(id, official, tasks[0], [(joint, 18_000m)], At(today.AddDays(-2), 14, 0), ct);
    }

    private static OfferContent JointOffer(DateOnly start, DateOnly end, Guid sailing, Guid sports) => new()
    {
        Offerors = new OfferorsSection { Partners = [sports], ContactName = "Anna Nowak", ContactPhone = "+48 600 100 200", ContactEmail = "anna.nowak@klub-lodz.example" },
        Task = new TaskSection
        {
            Title = "Na wodzie i w hali — całoroczne szkolenie sportowe młodzieży z osiedla Północ",
            StartDate = start,
            EndDate = end,
            Summary = "Klub Żeglarski „Łódź” prowadzi treningi żeglarskie i zajęcia z teorii żeglowania, Klub Sportowy „Przykładowia” treningi piłki ręcznej w hali przy ul. Chojnowskiej. Zajęcia są bezpłatne, dla 60 dzieci i młodzieży w wieku 10–16 lat.",
            Actions =
            [
                new OfferAction { Year = start.Year, Name = "Treningi żeglarskie i teoria żeglowania", Description = "Dwa razy w tygodniu, grupy po 10 osób, z instruktorem PZŻ", TargetGroup = "dzieci i młodzież 10–16 lat", PlannedPeriod = "cały okres zadania", OfferorId = sailing },
                new OfferAction { Year = start.Year, Name = "Treningi piłki ręcznej", Description = "Trzy razy w tygodniu w hali sportowej", TargetGroup = "dzieci i młodzież 10–16 lat", PlannedPeriod = "cały okres zadania", OfferorId = sports },
            ],
            ResultsNarrative = "60 uczestników regularnie trenuje; 15 z nich startuje w zawodach wojewódzkich.",
            Results = [new OfferResult { Name = "Liczba uczestników zajęć", TargetValue = "60", MonitoringMethod = "listy obecności" }],
        },
        Profile = new ProfileSection { PreviousActivity = "Klub Żeglarski „Łódź” od 2009 r. prowadzi szkółkę żeglarską; Klub Sportowy „Przykładowia” od 1998 r. szkoli drużyny młodzieżowe.", Resources = "Przystań z 12 łodziami i łodzią asekuracyjną, hala sportowa, pięciu instruktorów i trenerów." },
        Costs = new CostsSection
        {
            Lines =
            [
                new CostLine { Category = CostCategory.Action, ActionNumber = 1, Name = "Wynagrodzenie instruktorów żeglarstwa", Unit = "godz.", UnitCost = 80m, Quantity = 90m },
                new CostLine { Category = CostCategory.Action, ActionNumber = 1, Name = "Paliwo i serwis łodzi asekuracyjnej", Unit = "usługa", UnitCost = 1_500m, Quantity = 1m },
                new CostLine { Category = CostCategory.Action, ActionNumber = 2, Name = "Wynagrodzenie trenerów piłki ręcznej", Unit = "godz.", UnitCost = 70m, Quantity = 110m },
                new CostLine { Category = CostCategory.Action, ActionNumber = 2, Name = "Wynajem hali sportowej", Unit = "godz.", UnitCost = 120m, Quantity = 40m },
                new CostLine { Category = CostCategory.Administrative, Name = "Koordynacja i księgowość", Unit = "mies.", UnitCost = 500m, Quantity = 4m },
            ],
        },
        Sources = new SourcesSection { Grant = 20_000m, OwnFinancial = 1_400m, BeneficiaryFees = 0m, NonFinancialPersonal = 1_500m, NonFinancialInKind = 300m },
        Split = new SplitSection { Rows = [new SplitRow { OfferorId = sailing, Year = start.Year, Amount = 10_700m }, new SplitRow { OfferorId = sports, Year = start.Year, Amount = 12_500m }] },
        Other = new OtherSection { PaidMode = PaidMode.Unpaid, DivisionOfWork = "Klub Żeglarski „Łódź” (oferent wiodący) koordynuje zadanie, prowadzi treningi żeglarskie i rozlicza dotację; Klub Sportowy „Przykładowia” prowadzi treningi w hali. Oferentów wobec Miasta reprezentuje Klub Żeglarski „Łódź” na podstawie umowy partnerskiej." },
        Statements = Statements(),
    };

    private static OfferContent CampOffer(DateOnly start, DateOnly end) => new()
    {
        Offerors = new OfferorsSection { ContactName = "Anna Nowak", ContactPhone = "+48 600 100 200", ContactEmail = "anna.nowak@klub-lodz.example" },
        Task = new TaskSection
        {
            Title = "Półkolonie żeglarskie „Pod żaglami” dla dzieci, które nie wyjeżdżają w czasie wolnym od nauki",
            StartDate = start,
            EndDate = end,
            Summary = "Dwa turnusy półkolonii po dziesięć dni dla 30 dzieci: zajęcia na wodzie i na basenie, nauka zasad bezpieczeństwa, gry terenowe.",
            Actions =
            [
                new OfferAction { Year = start.Year, Name = "Turnusy półkolonii", Description = "Zajęcia z instruktorami i wychowawcami, ciepły posiłek", TargetGroup = "dzieci 8–13 lat", PlannedPeriod = "dwa turnusy po 10 dni" },
                new OfferAction { Year = start.Year, Name = "Zajęcia na basenie i lodowisku", Description = "Wyjścia dwa razy w tygodniu każdego turnusu", TargetGroup = "dzieci 8–13 lat", PlannedPeriod = "w czasie turnusów" },
            ],
            ResultsNarrative = "30 dzieci spędzi aktywnie czas wolny i zda wewnętrzny egzamin z zasad bezpieczeństwa na wodzie.",
        },
        Profile = new ProfileSection { PreviousActivity = "Od 2009 r. organizujemy półkolonie żeglarskie dla dzieci z miasta.", Resources = "Przystań, 12 łodzi typu Optimist, kamizelki, trzech instruktorów i dwóch wychowawców." },
        Costs = new CostsSection
        {
            Lines =
            [
                new CostLine { Category = CostCategory.Action, ActionNumber = 1, Name = "Instruktorzy żeglarstwa i wychowawcy", Unit = "godz.", UnitCost = 70m, Quantity = 100m },
                new CostLine { Category = CostCategory.Action, ActionNumber = 1, Name = "Wyżywienie uczestników", Unit = "os./dzień", UnitCost = 22m, Quantity = 300m },
                new CostLine { Category = CostCategory.Action, ActionNumber = 2, Name = "Bilety na basen i lodowisko", Unit = "szt.", UnitCost = 15m, Quantity = 120m },
                new CostLine { Category = CostCategory.Administrative, Name = "Obsługa księgowa", Unit = "usługa", UnitCost = 700m, Quantity = 1m },
            ],
        },
        Sources = new SourcesSection { Grant = 13_800m, OwnFinancial = 900m, BeneficiaryFees = 0m, NonFinancialPersonal = 1_200m, NonFinancialInKind = 200m },
        Other = new OtherSection { PaidMode = PaidMode.Unpaid },
        Statements = Statements(),
    };

    private static OfferContent ClubsOffer(DateOnly start, DateOnly end) => new()
    {
        Offerors = new OfferorsSection { ContactName = "Piotr Wolski", ContactPhone = "+48 76 114 24 62", ContactEmail = "wolontariat@centrum.example" },
        Task = new TaskSection
        {
            Title = "Szkolne kluby wolontariusza w liceach i technikach Miasta Przykładowego",
            StartDate = start,
            EndDate = end,
            Summary = "Zakładamy i wspieramy szkolne kluby wolontariusza w pięciu szkołach ponadpodstawowych: szkolimy opiekunów, koordynujemy akcje i nagradzamy najaktywniejszych uczniów.",
            Actions =
            [
                new OfferAction { Year = start.Year, Name = "Warsztaty dla opiekunów klubów", Description = "Trzy spotkania warsztatowe po osiem godzin", TargetGroup = "nauczyciele — opiekunowie klubów", PlannedPeriod = "pierwsze dwa miesiące" },
                new OfferAction { Year = start.Year, Name = "Koordynacja akcji wolontariackich", Description = "Dyżury koordynatora, kalendarz akcji, gala wolontariatu", TargetGroup = "uczniowie 15–19 lat", PlannedPeriod = "cały okres zadania" },
            ],
            ResultsNarrative = "Pięć klubów, co najmniej 100 uczniów w 20 akcjach wolontariackich.",
        },
        Profile = new ProfileSection { PreviousActivity = "Od 2012 r. prowadzimy Centrum Wolontariatu Miasta Przykładowego.", Resources = "Sala szkoleniowa, koordynator wolontariatu, baza 300 wolontariuszy." },
        Costs = new CostsSection
        {
            Lines =
            [
                new CostLine { Category = CostCategory.Action, ActionNumber = 1, Name = "Trener — warsztaty dla opiekunów", Unit = "godz.", UnitCost = 120m, Quantity = 24m },
                new CostLine { Category = CostCategory.Action, ActionNumber = 2, Name = "Wynagrodzenie koordynatora klubów", Unit = "mies.", UnitCost = 1_300m, Quantity = 5m },
                new CostLine { Category = CostCategory.Action, ActionNumber = 2, Name = "Materiały promocyjne i gala wolontariatu", Unit = "usługa", UnitCost = 1_600m, Quantity = 1m },
                new CostLine { Category = CostCategory.Administrative, Name = "Obsługa księgowa", Unit = "mies.", UnitCost = 140m, Quantity = 5m },
            ],
        },
        Sources = new SourcesSection { Grant = 10_000m, OwnFinancial = 500m, BeneficiaryFees = 0m, NonFinancialPersonal = 1_180m, NonFinancialInKind = 0m },
        Other = new OtherSection { PaidMode = PaidMode.Unpaid },
        Statements = Statements(),
    };

    private static OfferContent AcademyOffer(DateOnly start, DateOnly end) => new()
    {
        Offerors = new OfferorsSection { ContactName = "Piotr Wolski", ContactPhone = "+48 76 114 24 62", ContactEmail = "wolontariat@centrum.example" },
        Task = new TaskSection
        {
            Title = "Akademia koordynatora wolontariatu dla klubów sportowych",
            StartDate = start,
            EndDate = end,
            Summary = "Cykl szkoleń i konsultacji dla osób, które koordynują wolontariuszy w klubach sportowych miasta.",
            Actions =
            [
                new OfferAction { Year = start.Year, Name = "Szkolenia dla koordynatorów", Description = "Pięć szkoleń po sześć godzin", TargetGroup = "koordynatorzy wolontariatu w klubach", PlannedPeriod = "pierwsze trzy miesiące" },
                new OfferAction { Year = start.Year, Name = "Konsultacje indywidualne", Description = "Konsultacje w siedzibach klubów", TargetGroup = "kluby sportowe", PlannedPeriod = "cały okres zadania" },
            ],
            ResultsNarrative = "15 przeszkolonych koordynatorów z 10 klubów.",
        },
        Profile = new ProfileSection { PreviousActivity = "Od 2012 r. szkolimy koordynatorów wolontariatu.", Resources = "Sala szkoleniowa, dwoje trenerów." },
        Costs = new CostsSection
        {
            Lines =
            [
                new CostLine { Category = CostCategory.Action, ActionNumber = 1, Name = "Trener — szkolenia dla koordynatorów", Unit = "godz.", UnitCost = 130m, Quantity = 30m },
                new CostLine { Category = CostCategory.Action, ActionNumber = 1, Name = "Wynajem sali szkoleniowej", Unit = "godz.", UnitCost = 80m, Quantity = 30m },
                new CostLine { Category = CostCategory.Action, ActionNumber = 2, Name = "Konsultacje indywidualne", Unit = "godz.", UnitCost = 110m, Quantity = 20m },
                new CostLine { Category = CostCategory.Administrative, Name = "Obsługa księgowa", Unit = "mies.", UnitCost = 150m, Quantity = 3m },
            ],
        },
        Sources = new SourcesSection { Grant = 7_800m, OwnFinancial = 450m, BeneficiaryFees = 0m, NonFinancialPersonal = 700m, NonFinancialInKind = 0m },
        Other = new OtherSection { PaidMode = PaidMode.Unpaid },
        Statements = Statements(),
    };
}
