using Civitas.Bench.Organisations;
using Civitas.Grants.Domain.Offers;

namespace Civitas.Bench.Grants;

/// <summary>Fills the sections of annex 1 (Dz.U. 2018 poz. 2057) with plausible, valid content: 2–4 actions,
/// 1–3 cost lines each, administrative costs under the cap, grant under the maximum, own contribution over the
/// minimum; joint offers name their partners in II, per action in III.4, and split the costs in V.C.</summary>
internal sealed class OfferFactory(NameFactory random, Population people)
{
    private static readonly string[][] Actions =
    [
        ["Rekrutacja uczestników", "Nabór uczestników we współpracy ze szkołami i radami osiedli"],
        ["Zajęcia warsztatowe", "Cotygodniowe warsztaty prowadzone przez instruktorów"],
        ["Treningi", "Treningi dwa razy w tygodniu w hali sportowej"],
        ["Wyjazd integracyjny", "Trzydniowy wyjazd z programem edukacyjnym"],
        ["Festyn dzielnicowy", "Plenerowe wydarzenie dla mieszkańców z udziałem uczestników zadania"],
        ["Koncert finałowy", "Prezentacja efektów pracy uczestników"],
        ["Promocja zadania", "Plakaty, ulotki, strona internetowa i media społecznościowe"],
        ["Ewaluacja", "Ankiety uczestników i raport z realizacji zadania"],
    ];

    private static readonly (string Name, string Unit, decimal Min, decimal Max)[] Costs =
    [
        ("Wynagrodzenie instruktora", "godzina", 60m, 150m),
        ("Wynajem sali", "godzina", 80m, 250m),
        ("Materiały plastyczne i dydaktyczne", "komplet", 20m, 120m),
        ("Transport uczestników", "usługa", 800m, 4500m),
        ("Ubezpieczenie uczestników", "osoba", 8m, 25m),
        ("Wyżywienie uczestników", "osobodzień", 25m, 60m),
        ("Druk plakatów", "sztuka", 2m, 12m),
        ("Nagłośnienie i scena", "usługa", 1500m, 6000m),
        ("Sprzęt sportowy", "komplet", 150m, 900m),
    ];

    private static readonly string[] Targets = ["dzieci w wieku 7–12 lat", "młodzież szkolna", "seniorzy", "mieszkańcy osiedla", "osoby z niepełnosprawnościami", "rodziny z dziećmi"];

    public OfferContent Content(OfferRules rules, Guid lead, IReadOnlyList<Guid> partners, string leadName, int number)
    {
        var offerors = new[] { lead }.Concat(partners).ToList();
        var start = Max(rules.ImplementationFrom, rules.EligibleCostsFrom).AddDays(random.Next(40));
        var lastDay = Min(Min(rules.ImplementationTo, rules.EligibleCostsTo), new DateOnly(start.Year, 12, 31));
        var end = Min(start.AddDays(60 + random.Next(200)), lastDay);
        var actionCount = 2 + random.Next(3);
        var actions = Enumerable.Range(0, actionCount).Select(a =>
        {
            var act = Actions[(number + a * 3) % Actions.Length];
            return new OfferAction
            {
                Year = start.Year,
                Name = act[0],
                Description = act[1],
                TargetGroup = Targets[random.Next(Targets.Length)],
                PlannedPeriod = $"{start:MM.yyyy}–{end:MM.yyyy}",
                OfferorId = partners.Count > 0 ? offerors[a % offerors.Count] : null,
            };
        }).ToList();
        var lines = new List<CostLine>();
        for (var a = 1; a <= actionCount; a++)
        {
            var count = 1 + random.Next(3);
            for (var l = 0; l < count; l++)
            {
                var c = Costs[random.Next(Costs.Length)];
                var unitCost = decimal.Round(c.Min + ((c.Max - c.Min) * (decimal)random.NextDouble()), 2, MidpointRounding.AwayFromZero);
                lines.Add(new CostLine { Category = CostCategory.Action, ActionNumber = a, Name = c.Name, Unit = c.Unit, UnitCost = unitCost, Quantity = 1 + random.Next(60) });
            }
        }
        var actionsTotal = OfferCalculation.Compute(new OfferContent { Costs = new CostsSection { Lines = lines } }, offerors).Total;
        // Administrative costs between 2 and 9 % of the action costs: always under a 10 % cap of the total.
        var adminCap = rules.MaxAdminSharePercent ?? 10m;
        var admin = decimal.Round(actionsTotal * (0.02m + (0.07m * (decimal)random.NextDouble())) * adminCap / 10m, 2, MidpointRounding.AwayFromZero);
        if (admin > 0) lines.Add(new CostLine { Category = CostCategory.Administrative, Name = "Obsługa księgowa zadania", Unit = "usługa", UnitCost = admin, Quantity = 1 });
        var total = actionsTotal + admin;

        var share = 0.6m + (0.28m * (decimal)random.NextDouble());
        var grant = decimal.Round(total * share, 2, MidpointRounding.AwayFromZero);
        if (rules.MaxGrant is { } max && grant > max) grant = max;
        // Own contribution of at least the announced minimum (the remainder is over 12 % by construction).
        var own = total - grant;
        var paid = random.NextDouble() < 0.1 ? PaidMode.Both : PaidMode.Unpaid;
        var ownFinancial = decimal.Round(own * 0.5m, 2, MidpointRounding.AwayFromZero);
        var personal = decimal.Round(own * 0.3m, 2, MidpointRounding.AwayFromZero);
        var inKind = own - ownFinancial - personal;
        var fees = paid == PaidMode.Both ? decimal.Round(ownFinancial * 0.3m, 2, MidpointRounding.AwayFromZero) : 0m;

        var split = new SplitSection();
        if (partners.Count > 0)
        {
            var rest = total;
            foreach (var p in partners)
            {
                var part = decimal.Round(total * 0.2m, 2, MidpointRounding.AwayFromZero);
                split.Rows.Add(new SplitRow { OfferorId = p, Year = start.Year, Amount = part });
                rest -= part;
            }
            split.Rows.Insert(0, new SplitRow { OfferorId = lead, Year = start.Year, Amount = rest });
        }

        var contact = people.PersonName();
        return new OfferContent
        {
            Basic = new BasicInfoSection { Authority = rules.Authority, TaskType = rules.TaskTitle },
            Offerors = new OfferorsSection
            {
                Partners = [.. partners],
                ContactName = contact,
                ContactPhone = $"6{random.Next(100_000_000):D8}",
                ContactEmail = $"kontakt{number}@oferty.example",
            },
            Task = new TaskSection
            {
                Title = Truncate($"{rules.TaskTitle} – edycja {number % 17 + 1} ({leadName})", OfferValidator.LineTextMax),
                StartDate = start,
                EndDate = end,
                Summary = $"Zadanie odpowiada na potrzeby mieszkańców zdiagnozowane w badaniu ankietowym. Oferent prowadzi podobne działania od lat, współpracuje ze szkołami i radami osiedli. "
                    + $"Planujemy {actionCount} działania, w których weźmie udział około {20 + random.Next(200)} uczestników; zadanie uzupełnia ofertę instytucji miejskich.",
                Actions = actions,
                ResultsNarrative = "Uczestnicy nabędą nowe umiejętności i będą aktywniej uczestniczyć w życiu dzielnicy; powstanie trwała grupa wolontariuszy.",
                Results =
                [
                    new OfferResult { Name = "Liczba uczestników", TargetValue = (20 + random.Next(200)).ToString(System.Globalization.CultureInfo.InvariantCulture), MonitoringMethod = "Listy obecności" },
                    new OfferResult { Name = "Liczba godzin zajęć", TargetValue = (10 + random.Next(100)).ToString(System.Globalization.CultureInfo.InvariantCulture), MonitoringMethod = "Dziennik zajęć" },
                ],
            },
            Profile = new ProfileSection
            {
                PreviousActivity = $"{leadName} od lat realizuje zadania publiczne finansowane przez Miasto, rozliczone terminowo i bez zastrzeżeń.",
                Resources = "Wykwalifikowana kadra instruktorów, wolontariusze, lokal przy ul. Przykładowej, sprzęt nagłośnieniowy.",
            },
            Costs = new CostsSection { Lines = lines },
            Sources = new SourcesSection { Grant = grant, OwnFinancial = ownFinancial, BeneficiaryFees = fees, NonFinancialPersonal = personal, NonFinancialInKind = inKind },
            Split = split,
            Other = new OtherSection
            {
                PaidMode = paid,
                DivisionOfWork = partners.Count > 0 ? "Oferent wiodący koordynuje zadanie i odpowiada za rozliczenie; partnerzy prowadzą wskazane działania." : null,
                OtherInformation = random.NextDouble() < 0.3 ? "Zadanie realizujemy w partnerstwie z Radą Osiedla." : null,
            },
            Statements = new StatementsSection
            {
                WithinStatutoryActivity = true, FeesOnlyInPaidActivity = true, TaxArrears = false, SocialSecurityArrears = false,
                DataMatchRegister = true, InformationTrue = true, DataSubjectsInformed = true,
            },
        };
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
