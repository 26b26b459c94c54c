using System.Globalization;
using System.Text;
using Civitas.Grants.Domain.Competitions;
using Civitas.Organisations.Contracts;
using Civitas.Platform.Calendar;

namespace Civitas.Grants.Web.Competitions;

/// <summary>
/// The text of the announcement published in the register (Markdown). It is a legal document in the
/// official language (Polish, art. 27 of the Constitution and the Polish language act), so its fixed
/// wording is Polish whatever the official's UI language; it follows the items of art. 13 ust. 2 UDPP.
/// </summary>
internal static class AnnouncementDocument
{
    private static readonly CultureInfo Pl = CultureInfo.GetCultureInfo("pl");

    public static string Deadline(DateTimeOffset instant) => WarsawTime.ToLocal(instant).ToString("d MMMM yyyy 'r., godz.' HH:mm", Pl);

    public static string Date(DateOnly? date) => date is { } d ? d.ToString("d MMMM yyyy", Pl) + " r." : "—";

    public static string Money(decimal amount) => amount.ToString("N2", Pl) + " zł";

    public static string Body(Competition c, string tenantName, string? departmentName, IReadOnlyDictionary<string, string> spheres)
    {
        var sb = new StringBuilder();
        void Line(string text) => sb.Append(text).Append('\n');
        Line($"{tenantName} ogłasza otwarty konkurs ofert nr {c.Number} na realizację zadań publicznych: **{Escape(c.Title)}**, na podstawie art. 11 ust. 2 i art. 13 ustawy z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie.");
        if (departmentName is not null) Line($"\nKonkurs prowadzi: {Escape(departmentName)}.");
        Line("\n## 1. Rodzaj zadań i wysokość środków publicznych (art. 13 ust. 2 pkt 1–2)\n");
        Line("| Zadanie | Sfera (art. 4 ust. 1) | Forma | Środki |");
        Line("|---|---|---|---:|");
        foreach (var t in c.Tasks.OrderBy(t => t.Order))
        {
            var sphere = spheres.TryGetValue(t.SphereCode, out var s) ? $"pkt {t.SphereCode}: {s}" : $"pkt {t.SphereCode}";
            Line($"| {Cell(t.Title)} | {Cell(sphere)} | {(t.Form == TaskForm.Support ? "wspieranie" : "powierzanie")} | {Money(t.Funds)} |");
        }
        Line($"\nŁącznie: **{Money(c.Tasks.Sum(t => t.Funds))}**.");
        foreach (var t in c.Tasks.OrderBy(t => t.Order).Where(t => t.Description is not null))
        {
            Line($"\n### {Escape(t.Title)}\n\n{t.Description}");
        }
        Line("\n## 2. Zasady przyznawania dotacji (art. 13 ust. 2 pkt 3)\n");
        Line(c.GrantRules);
        Line("");
        if (c.MinOwnContributionPercent is { } own)
        {
            var kind = c.OwnContributionKind switch
            {
                OwnContributionKind.Financial => "finansowy",
                OwnContributionKind.NonFinancial => "niefinansowy (osobowy lub rzeczowy)",
                _ => "finansowy lub niefinansowy",
            };
            Line($"- Minimalny wkład własny: {own.ToString("0.##", Pl)}% kosztów zadania ({kind}).");
        }
        if (c.MaxAdminCostPercent is { } admin) Line($"- Koszty administracyjne: nie więcej niż {admin.ToString("0.##", Pl)}% kosztów zadania.");
        if (c.MaxGrantPerOffer is { } max) Line($"- Maksymalna kwota dotacji na jedną ofertę: {Money(max)}.");
        if (c.EligibleCostsFrom is not null || c.EligibleCostsTo is not null) Line($"- Okres kwalifikowalności kosztów: od {Date(c.EligibleCostsFrom)} do {Date(c.EligibleCostsTo)}.");
        Line($"- Oferta wspólna (art. 14 ust. 2): {(c.JointOffersAllowed ? "dopuszczalna" : "niedopuszczalna")}.");
        if (c.EligibleLegalForms.Count > 0) Line($"- Oferty mogą składać: {string.Join("; ", c.EligibleLegalForms.Select(LegalFormName))}.");
        Line("\n## 3. Terminy i warunki realizacji zadania (art. 13 ust. 2 pkt 4)\n");
        Line($"Zadanie należy zrealizować w terminie od {Date(c.ImplementationFrom)} do {Date(c.ImplementationTo)}.\n");
        Line(c.ImplementationConditions);
        Line("\n## 4. Termin składania ofert (art. 13 ust. 2 pkt 5)\n");
        Line($"Oferty należy złożyć w systemie do **{Deadline(c.OfferDeadline!.Value)}** (czasu urzędowego w Polsce). Oferty złożone po terminie nie będą rozpatrywane.");
        if (c.RequiredAttachments.Count > 0)
        {
            Line("\nDo oferty należy dołączyć:\n");
            foreach (var a in c.RequiredAttachments.OrderBy(a => a.Order)) Line($"- {Escape(a.Name)}");
        }
        Line("\n## 5. Tryb, kryteria i termin wyboru ofert (art. 13 ust. 2 pkt 6)\n");
        Line(c.SelectionProcedure);
        Line($"\nTermin dokonania wyboru ofert: {Date(c.SelectionDate)}.\n");
        Line("| Kryterium | Podstawa | Maks. punktów | Minimum |");
        Line("|---|---|---:|---:|");
        foreach (var k in c.Criteria.OrderBy(k => k.Order))
        {
            var basis = k.Statutory == StatutoryCriterion.Own ? "kryterium własne" : $"art. 15 ust. 1 pkt {(int)k.Statutory}";
            Line($"| {Cell(k.Name)} | {basis} | {k.MaxPoints} | {(k.MinPoints is { } m ? m.ToString(Pl) : "—")} |");
        }
        if (c.ChecklistItems.Count > 0)
        {
            Line("\nOcena formalna obejmuje:\n");
            foreach (var i in c.ChecklistItems.OrderBy(i => i.Order)) Line($"- {Escape(i.Text)}");
        }
        Line("\n## 6. Zadania publiczne tego samego rodzaju zrealizowane w roku ogłoszenia konkursu i w roku poprzednim (art. 13 ust. 2 pkt 7)\n");
        if (c.PriorTasks.Count == 0) Line("W roku ogłoszenia konkursu i w roku poprzednim nie realizowano zadań tego samego rodzaju.");
        else
        {
            Line("| Rok | Zadanie | Koszt | W tym dotacje dla organizacji |");
            Line("|---:|---|---:|---:|");
            foreach (var p in c.PriorTasks.OrderBy(p => p.Order)) Line($"| {p.Year.ToString(CultureInfo.InvariantCulture)} | {Cell(p.Name)} | {Money(p.TotalCost)} | {Money(p.GrantsToOrganisations)} |");
        }
        Line("\n## 7. Publikacja ogłoszenia (art. 13 ust. 3)\n");
        Line($"- Biuletyn Informacji Publicznej: {Date(c.BipPublishedOn)}");
        Line($"- tablica ogłoszeń urzędu: {Date(c.NoticeBoardPublishedOn)}");
        Line($"- strona internetowa urzędu: {Date(c.WebsitePublishedOn)}");
        return sb.ToString();
    }

    public static string Cancellation(Competition c, string tenantName) =>
        $"{tenantName} unieważnia otwarty konkurs ofert nr {c.Number}: **{Escape(c.Title)}** (art. 18a ustawy o działalności pożytku publicznego i o wolontariacie).\n\n## Przyczyna unieważnienia\n\n{Escape(c.CancellationReason ?? "")}\n";

    /// <summary>Polish names of the legal forms as the act calls them (art. 3 ust. 2–3 UDPP).</summary>
    public static string LegalFormName(OrganisationLegalForm form) => form switch
    {
        OrganisationLegalForm.Association => "stowarzyszenia",
        OrganisationLegalForm.Foundation => "fundacje",
        OrganisationLegalForm.OrdinaryAssociation => "stowarzyszenia zwykłe",
        OrganisationLegalForm.ChurchLegalPerson => "osoby prawne i jednostki organizacyjne kościołów i związków wyznaniowych",
        OrganisationLegalForm.SocialCooperative => "spółdzielnie socjalne",
        OrganisationLegalForm.NonProfitCompany => "spółki non-profit (art. 3 ust. 3 pkt 4)",
        OrganisationLegalForm.SportsClub => "kluby sportowe",
        OrganisationLegalForm.RuralHousewivesCircle => "koła gospodyń wiejskich",
        OrganisationLegalForm.LocalGovernmentAssociation => "stowarzyszenia jednostek samorządu terytorialnego",
        _ => form.ToString(),
    };

    private static string Cell(string text) => Escape(text).Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');

    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (ch is '*' or '_' or '[' or ']' or '`' or '<' or '>' or '#') sb.Append('\\');
            sb.Append(ch);
        }
        return sb.ToString();
    }
}
