using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.Offers;
using Civitas.Organisations.Contracts;
using Civitas.Platform.Identity;
using Civitas.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Grants.Web.Lifecycle;

/// <summary>A committee meeting as the demo story records it: the people present are named by their accounts.</summary>
internal sealed record DemoMeeting(DateOnly HeldOn, string Place, IReadOnlyCollection<Guid> Present, int VotesFor, int VotesAgainst, int VotesAbstaining, string Remarks);

/// <summary>
/// Who plays in the demo competitions of the later stages: the cooperation department (WOP) and its official Jan
/// Urzędnik (who chairs the committees), the demo organisations whose representative is a demo account (Klub Żeglarski
/// „Łódź”, Centrum Wolontariatu) with the sports club „Przykładowia” as a partner, the resident Anna Mieszkańska
/// nominated to committees by the Stowarzyszenie Przyjaciół Miasta Przykładowego (which submits no offer), and an
/// expert with an advisory voice. Null when any of it is missing (demo mode off, the organisations' demo not seeded).
/// </summary>
internal sealed record DemoCast(
    Guid DepartmentId,
    Guid Sailing,
    Guid Sports,
    Guid Volunteering,
    DemoPerson Official,
    DemoPerson Representative,
    DemoPerson Resident,
    DemoPerson Expert)
{
    public const string MailDomain = "miasto-przykladowe.example";
    public const string OfficialEmail = "urzednik@" + MailDomain;
    public const string ResidentEmail = "mieszkanka@" + MailDomain;
    public const string ExpertEmail = "ekspertka@" + MailDomain;
    public const string SailingClubKrs = "0000900001";
    public const string FriendsOfTheCityKrs = "0000900002";
    public const string VolunteeringCentreKrs = "0000900015";
    public const string SportsClubKrs = "0000900018";

    /// <summary>The criteria of the demo competitions (art. 15 ust. 1 UDPP), in order; the scores follow this order.</summary>
    public static readonly CriterionDraft[] Criteria =
    [
        new(null, StatutoryCriterion.Capacity, "Możliwość realizacji zadania przez oferenta", 10, 4),
        new(null, StatutoryCriterion.CostCalculation, "Kalkulacja kosztów w odniesieniu do zakresu zadania", 10, 4),
        new(null, StatutoryCriterion.Quality, "Jakość wykonania zadania i kwalifikacje osób realizujących", 10, null),
        new(null, StatutoryCriterion.PersonalAndInKind, "Wkład osobowy, w tym praca wolontariuszy, i wkład rzeczowy", 5, null),
    ];

    public static async Task<DemoCast?> LoadAsync(IServiceProvider sp, IDemoUsers demo, CancellationToken ct)
    {
        var department = (await sp.GetRequiredService<IDepartmentDirectory>().ListAsync(ct)).FirstOrDefault(d => d.ShortName == "WOP");
        if (department is null) return null;
        var directory = sp.GetRequiredService<IOrganisationDirectory>();
        var sailing = await directory.FindAsync(SailingClubKrs, ct);
        var sports = await directory.FindAsync(SportsClubKrs, ct);
        var volunteering = await directory.FindAsync(VolunteeringCentreKrs, ct);
        var friends = await directory.FindAsync(FriendsOfTheCityKrs, ct);
        if (sailing is null || sports is null || volunteering is null || friends is null) return null;
        var official = new DemoPerson(await demo.EnsureAsync(OfficialEmail, "Jan Urzędnik", ct), "Jan Urzędnik", department.Id);
        var representative = new DemoPerson(await demo.EnsureAsync("przedstawicielka@" + MailDomain, "Maria Przedstawicielska", ct), "Maria Przedstawicielska");
        var resident = new DemoPerson(await demo.EnsureAsync(ResidentEmail, "Anna Mieszkańska", ct), "Anna Mieszkańska");
        var expert = new DemoPerson(await demo.EnsureAsync(ExpertEmail, "dr Barbara Sportowska", ct), "dr Barbara Sportowska");
        return new DemoCast(department.Id, sailing.Value, sports.Value, volunteering.Value, official, representative, resident, expert);
    }

    /// <summary>The implementation window of a single-year task that starts three weeks after <paramref name="today"/>;
    /// late in the year the tasks run in the next one.</summary>
    public static (DateOnly Start, DateOnly End) ImplementationWindow(DateOnly today)
    {
        var start = today.AddDays(20);
        if (start.Month >= 10) start = new DateOnly(start.Year + 1, 1, 15);
        return (start, new DateOnly(start.Year, 12, 31));
    }

    /// <summary>The address in the demo's e-mails: the demo JST's first host.</summary>
    public static string PortalOf(DemoOptions options) => "https://" + (options.Hosts.FirstOrDefault() ?? "localhost");

    /// <summary>The Warsaw date and hour as an instant.</summary>
    public static DateTimeOffset At(DateOnly day, int hour, int minute) => Civitas.Platform.Calendar.WarsawTime.ToUtc(day, new TimeOnly(hour, minute));

    /// <summary>An announcement of the cooperation department with the demo's rules for offers (art. 13 ust. 2 UDPP),
    /// published on every channel on <paramref name="published"/>.</summary>
    public static AnnouncementContent Announcement(string title, DateOnly published, DateOnly deadline, DateOnly selection, DateOnly start, DateOnly end,
        IReadOnlyList<TaskDraft> tasks, IReadOnlyList<string> checklist, PriorTaskDraft prior) => new()
    {
        Title = title,
        GrantRules = """
            1. Dotacje przyznaje Prezydent Miasta Przykładowego w formie wsparcia realizacji zadania (art. 11 ust. 1 pkt 1 ustawy).
            2. Oferty wspólne dwóch lub więcej organizacji są dopuszczalne (art. 14 ust. 2 ustawy).
            3. Kwota dotacji może być niższa od wnioskowanej; oferent może wtedy zaktualizować kalkulację kosztów i harmonogram.
            """,
        ImplementationConditions = "Zadania realizuje się na rzecz mieszkańców Miasta Przykładowego. Zajęcia prowadzą osoby z odpowiednimi kwalifikacjami; uczestnicy są ubezpieczeni od następstw nieszczęśliwych wypadków.",
        ImplementationFrom = start,
        ImplementationTo = end,
        DeadlineDate = deadline,
        DeadlineTime = new TimeOnly(15, 30),
        SelectionProcedure = "Oferty spełniające wymogi formalne ocenia komisja konkursowa (art. 15 ust. 2a ustawy) według kryteriów podanych poniżej. Ostateczną decyzję podejmuje Prezydent Miasta.",
        SelectionDate = selection,
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
        Tasks = [.. tasks],
        Criteria = [.. Criteria],
        PriorTasks = [prior],
        ChecklistItems = [.. checklist],
        RequiredAttachments = ["Umowa partnerska lub oświadczenie partnera (oferta wspólna)"],
    };

    /// <summary>Part VII as a careful offeror fills it: every statement made, no arrears.</summary>
    public static StatementsSection Statements() => new()
    {
        WithinStatutoryActivity = true, FeesOnlyInPaidActivity = true, TaxArrears = false, SocialSecurityArrears = false,
        DataMatchRegister = true, InformationTrue = true, DataSubjectsInformed = true,
    };
}
