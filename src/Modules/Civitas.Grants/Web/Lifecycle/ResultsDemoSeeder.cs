using System.Globalization;
using Civitas.Grants.Data;
using Civitas.Grants.Domain.Committee;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.FormalCheck;
using Civitas.Grants.Domain.Offers;
using Civitas.Grants.Domain.Results;
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
/// Demo mode: a competition of the cooperation department WITH PUBLISHED RESULTS. Its offer deadline passed 45 days
/// before the clock; Klub Żeglarski „Łódź” (children's regattas) and Centrum Wolontariatu (volunteers at the city's
/// runs) submitted offers, both formally accepted; the committee (Jan Urzędnik chairing, Anna Mieszkańska nominated by
/// an organisation that takes no part, an expert with an advisory voice) scored them, the chair proposed an amount and
/// the meeting was closed with its vote; the decision (ten days ago) funds the regattas below the requested amount and
/// does not fund the volunteers' offer (a criterion's minimum not reached); the results were published seven days ago —
/// register entry, events and e-mails to the representatives through the outbox — so the 30-day period for requests
/// for justification (art. 15 ust. 2j UDPP) is running. Everything through <see cref="DemoCompetitionStory"/>, dates
/// relative to the app's clock; idempotent by its title prefix.
/// </summary>
internal sealed class ResultsDemoSeeder(IServiceScopeFactory scopes, IDemoUsers demo, IOptions<DemoOptions> options) : IDataSeeder
{
    private string Portal => PortalOf(options.Value);

    public const string TitlePrefix = "Imprezy sportowe dla dzieci i młodzieży oraz wolontariat przy wydarzeniach miejskich";

    public static readonly string[] Checklist =
    [
        "Oferta złożona w terminie, na formularzu z załącznika nr 1 do rozporządzenia (Dz.U. 2018 poz. 2057)",
        "Oferent jest uprawniony do udziału w konkursie",
        "Kalkulacja kosztów jest zgodna z zasadami konkursu (wkład własny, koszty administracyjne)",
    ];

    /// <summary>The amount granted to the regattas (the offer asked for 13 500,00 zł).</summary>
    public const decimal RegattaGrant = 11_000m;

    public const string NotFundedReason = "Oferta nie uzyskała minimalnej liczby punktów w kryterium „Kalkulacja kosztów w odniesieniu do zakresu zadania” (średnia 3,25 pkt przy wymaganym minimum 4 pkt): koszt koordynatora jest nieproporcjonalny do liczby obsługiwanych imprez.";

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
        var deadlineDay = today.AddDays(-45);
        // Published so that the deadline left the statutory minimum (art. 13 ust. 1 UDPP) plus four days.
        var announcedDay = deadlineDay.AddDays(-(minDays + 4));
        var decisionDay = today.AddDays(-10);
        var (start, end) = ImplementationWindow(today);
        var official = cast.Official;
        var story = new DemoCompetitionStory(scopes, tenant);
        var title = TitlePrefix + " w " + start.Year.ToString(CultureInfo.InvariantCulture) + " r.";
        var content = Announcement(title, announcedDay, deadlineDay, decisionDay, start, end,
        [
            new TaskDraft(null, "Organizacja imprez sportowych dla dzieci i młodzieży, w tym regat żeglarskich", "17", 20_000m, TaskForm.Support, null),
            new TaskDraft(null, "Wolontariat sportowy przy miejskich imprezach biegowych i turniejach", "27", 15_000m, TaskForm.Support, null),
        ], Checklist, new PriorTaskDraft(announcedDay.Year - 1, "Organizacja imprez sportowych dla dzieci i młodzieży", 18_000m, 18_000m));
        var id = await story.AnnounceAsync(official, title, content, At(announcedDay, 9, 0), ct);
        var tasks = await db.CompetitionTasks.AsNoTracking().Where(t => t.CompetitionId == id).OrderBy(t => t.Order).Select(t => t.Id).ToListAsync(ct);

        var offerStart = start.AddDays(10);
        var offerEnd = offerStart.AddDays(120) is var e && e <= end ? e : end;
        var rep = cast.Representative;
        var (regatta, _) = await story.SubmitOfferAsync(id, tasks[0], cast.Sailing, rep, RegattaOffer(offerStart, offerEnd), At(deadlineDay.AddDays(-6), 13, 25), ct);
        var (runs, _) = await story.SubmitOfferAsync(id, tasks[1], cast.Volunteering, rep, RunsOffer(offerStart, offerEnd), At(deadlineDay.AddDays(-2), 9, 50), ct);
        await story.CloseOfferPeriodAsync(id, At(deadlineDay, 15, 30), ct);

        await story.ReviewAsync(id, regatta, official, FormalOutcome.Accepted, [], null, [], At(deadlineDay.AddDays(2), 10, 0), ct);
        await story.ReviewAsync(id, runs, official, FormalOutcome.Accepted, [], null, [], At(deadlineDay.AddDays(2), 10, 25), ct);

        var appointDay = deadlineDay.AddDays(3);
        await story.AppointAsync(id, official, OfficialEmail, MemberKind.Official, null, Portal, At(appointDay, 12, 0), ct);
        await story.AppointAsync(id, official, ResidentEmail, MemberKind.NominatedByOrganisation, FriendsOfTheCityKrs, Portal, At(appointDay, 12, 5), ct);
        await story.AppointAsync(id, official, ExpertEmail, MemberKind.Expert, null, Portal, At(appointDay, 12, 10), ct);
        await story.StartEvaluationAsync(id, official, At(deadlineDay.AddDays(4), 8, 0), ct);
        await story.DeclareAsync(id, official, [], At(deadlineDay.AddDays(5), 9, 0), ct);
        await story.DeclareAsync(id, cast.Resident, [], At(deadlineDay.AddDays(5), 18, 0), ct);
        await story.DeclareAsync(id, cast.Expert, [], At(deadlineDay.AddDays(6), 8, 30), ct);

        var scoreDay = deadlineDay.AddDays(8);
        await story.ScoreAsync(id, regatta, official,
        [
            (9m, "Klub od lat organizuje regaty o Puchar Prezydenta Miasta; ma sprzęt i sędziów."),
            (7.5m, "Koszty zabezpieczenia na wodzie realne; nagrody wycenione oszczędnie."),
            (8.5m, "Regaty zgodne z przepisami PZŻ, z zabezpieczeniem ratowniczym."),
            (4m, "Wolontariusze klubu przy organizacji każdej edycji."),
        ], At(scoreDay, 10, 0), ct);
        await story.ScoreAsync(id, runs, official,
        [
            (6.5m, "Centrum ma doświadczenie w wolontariacie, mniejsze przy imprezach sportowych."),
            (3.5m, "Wynagrodzenie koordynatora stanowi dwie trzecie kosztów przy czterech imprezach."),
            (6m, "Szkolenie z pierwszej pomocy zaplanowane właściwie; mało konkretów o punktach odżywczych."),
            (3m, "Wkład osobowy niewielki."),
        ], At(scoreDay, 10, 40), ct);
        await story.ScoreAsync(id, regatta, cast.Resident,
        [
            (8.5m, "Regaty są znane w mieście, biorą w nich udział dzieci z kilku szkół."),
            (7m, "Koszty wyżywienia uczestników mogłyby być niższe."),
            (9m, "Trzy edycje w sezonie, dobra promocja wśród rodziców."),
            (4.5m, "Duże zaangażowanie rodziców i starszych zawodników."),
        ], At(scoreDay.AddDays(1), 20, 15), ct);
        await story.ScoreAsync(id, runs, cast.Resident,
        [
            (7m, "Centrum sprawnie organizuje wolontariuszy przy akcjach miejskich."),
            (3m, "Koszt koordynatora za wysoki w stosunku do zakresu zadania."),
            (6.5m, "Program szkolenia dobry, ale bez planu dyżurów na trasach biegów."),
            (3.5m, "Wkład wolontariuszy wyceniony realnie."),
        ], At(scoreDay.AddDays(1), 20, 40), ct);
        await story.ScoreAsync(id, regatta, cast.Expert,
        [
            (9m, "Kadra sędziowska i ratownicy z uprawnieniami."),
            (8m, "Stawki zgodne z rynkowymi dla imprez żeglarskich."),
            (8.5m, "Trasa i zabezpieczenie regat zaplanowane zgodnie z przepisami."),
            (4m, "Wkład rzeczowy klubu (łodzie, przystań) niewyceniony."),
        ], At(scoreDay.AddDays(2), 9, 0), ct);

        var meetingDay = deadlineDay.AddDays(14);
        await story.ProposeAsync(id, official, tasks[0], [(regatta, RegattaGrant)], At(meetingDay, 10, 30), ct);
        await story.CloseMeetingAsync(id, official, new DemoMeeting(meetingDay, "Urząd Miasta Przykładowego, ul. Rynek 1, sala 112",
            [official.Id, cast.Resident.Id, cast.Expert.Id], 2, 0, 0,
            "Komisja rekomenduje dofinansowanie oferty Klubu Żeglarskiego „Łódź” kwotą 11 000,00 zł. Oferta Centrum Wolontariatu nie uzyskała minimum punktowego w kryterium kalkulacji kosztów."),
            At(meetingDay, 12, 0), ct);

        await story.DecideAsync(id, official, new DecisionInput(decisionDay, "Andrzej Przykładowy", "Prezydent Miasta Przykładowego",
        [
            new DecisionLineInput(regatta, true, RegattaGrant, null),
            new DecisionLineInput(runs, false, null, NotFundedReason),
        ]), At(decisionDay, 12, 0), ct);
        await story.PublishResultsAsync(id, official, Portal, At(today.AddDays(-7), 10, 0), ct);
    }

    private static OfferContent RegattaOffer(DateOnly start, DateOnly end) => new()
    {
        Offerors = new OfferorsSection { ContactName = "Anna Nowak", ContactPhone = "+48 600 100 200", ContactEmail = "anna.nowak@klub-lodz.example" },
        Task = new TaskSection
        {
            Title = "Regaty „O Błękitną Wstęgę Zalewu” dla dzieci i młodzieży — trzy edycje w sezonie",
            StartDate = start,
            EndDate = end,
            Summary = "Trzy edycje regat w klasie Optimist i Laser dla 60 dzieci i młodzieży ze szkół miasta, z zabezpieczeniem ratowniczym, sędziami PZŻ i nagrodami.",
            Actions =
            [
                new OfferAction { Year = start.Year, Name = "Przygotowanie trasy i zabezpieczenie regat", Description = "Wytyczenie trasy, łódź motorowa zabezpieczenia, ratownicy", TargetGroup = "uczestnicy regat", PlannedPeriod = "przed każdą edycją" },
                new OfferAction { Year = start.Year, Name = "Regaty — trzy edycje", Description = "Wyścigi w dwóch klasach, ceremonia wręczenia nagród", TargetGroup = "dzieci i młodzież 8–18 lat", PlannedPeriod = "trzy weekendy sezonu" },
            ],
            ResultsNarrative = "60 uczestników w trzech edycjach; regaty wpisane do kalendarza okręgowego związku żeglarskiego.",
            Results = [new OfferResult { Name = "Liczba uczestników regat", TargetValue = "60", MonitoringMethod = "listy startowe" }],
        },
        Profile = new ProfileSection { PreviousActivity = "Od 2009 r. organizujemy regaty o Puchar Prezydenta Miasta.", Resources = "Przystań, 12 łodzi, łódź motorowa, sędziowie i ratownicy współpracujący z klubem." },
        Costs = new CostsSection
        {
            Lines =
            [
                new CostLine { Category = CostCategory.Action, ActionNumber = 1, Name = "Wynajem łodzi motorowej zabezpieczenia z obsługą", Unit = "godz.", UnitCost = 150m, Quantity = 24m },
                new CostLine { Category = CostCategory.Action, ActionNumber = 1, Name = "Ratownik wodny", Unit = "godz.", UnitCost = 60m, Quantity = 36m },
                new CostLine { Category = CostCategory.Action, ActionNumber = 2, Name = "Sędziowie regat", Unit = "os./dzień", UnitCost = 250m, Quantity = 12m },
                new CostLine { Category = CostCategory.Action, ActionNumber = 2, Name = "Puchary, medale i dyplomy", Unit = "komplet", UnitCost = 900m, Quantity = 3m },
                new CostLine { Category = CostCategory.Action, ActionNumber = 2, Name = "Wyżywienie uczestników", Unit = "os./dzień", UnitCost = 20m, Quantity = 180m },
                new CostLine { Category = CostCategory.Administrative, Name = "Koordynacja i rozliczenie zadania", Unit = "mies.", UnitCost = 300m, Quantity = 3m },
            ],
        },
        Sources = new SourcesSection { Grant = 13_500m, OwnFinancial = 960m, BeneficiaryFees = 0m, NonFinancialPersonal = 1_200m, NonFinancialInKind = 300m },
        Other = new OtherSection { PaidMode = PaidMode.Unpaid },
        Statements = Statements(),
    };

    private static OfferContent RunsOffer(DateOnly start, DateOnly end) => new()
    {
        Offerors = new OfferorsSection { ContactName = "Piotr Wolski", ContactPhone = "+48 76 114 24 62", ContactEmail = "wolontariat@centrum.example" },
        Task = new TaskSection
        {
            Title = "Biegam, pomagam — wolontariusze przy miejskich imprezach biegowych",
            StartDate = start,
            EndDate = end,
            Summary = "Szkolimy 30 wolontariuszy i koordynujemy ich pracę na punktach odżywczych i przy zabezpieczeniu tras czterech miejskich biegów.",
            Actions =
            [
                new OfferAction { Year = start.Year, Name = "Szkolenie wolontariuszy", Description = "Obsługa punktów odżywczych i pierwsza pomoc", TargetGroup = "wolontariusze 16+", PlannedPeriod = "pierwszy miesiąc" },
                new OfferAction { Year = start.Year, Name = "Koordynacja wolontariuszy na biegach", Description = "Koordynator na każdej imprezie, grafik dyżurów", TargetGroup = "wolontariusze 16+", PlannedPeriod = "cały okres zadania" },
            ],
            ResultsNarrative = "30 przeszkolonych wolontariuszy obsłuży cztery biegi.",
        },
        Profile = new ProfileSection { PreviousActivity = "Od 2012 r. prowadzimy Centrum Wolontariatu Miasta Przykładowego.", Resources = "Koordynator wolontariatu, trenerzy pierwszej pomocy, baza wolontariuszy." },
        Costs = new CostsSection
        {
            Lines =
            [
                new CostLine { Category = CostCategory.Action, ActionNumber = 1, Name = "Szkolenie wolontariuszy z obsługi punktów i pierwszej pomocy", Unit = "godz.", UnitCost = 110m, Quantity = 16m },
                new CostLine { Category = CostCategory.Action, ActionNumber = 1, Name = "Koszulki i identyfikatory wolontariuszy", Unit = "szt.", UnitCost = 40m, Quantity = 30m },
                new CostLine { Category = CostCategory.Action, ActionNumber = 2, Name = "Koordynator wolontariatu", Unit = "mies.", UnitCost = 1_500m, Quantity = 4m },
                new CostLine { Category = CostCategory.Administrative, Name = "Obsługa księgowa", Unit = "mies.", UnitCost = 150m, Quantity = 4m },
            ],
        },
        Sources = new SourcesSection { Grant = 8_400m, OwnFinancial = 400m, BeneficiaryFees = 0m, NonFinancialPersonal = 760m, NonFinancialInKind = 0m },
        Other = new OtherSection { PaidMode = PaidMode.Unpaid },
        Statements = Statements(),
    };
}
