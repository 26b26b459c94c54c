using System.Globalization;
using Civitas.Organisations.Contracts;
using Civitas.Platform.Calendar;
using Civitas.Platform.Documents;

namespace Civitas.Grants.Domain.Offers;

/// <summary>
/// The offer as a document on the template of Dz.U. 2018 poz. 2057, annex 1, built from a submission's
/// snapshot only (so the PDF is the same every time it is rendered). The template's wording is Polish
/// by law; the document is always in Polish whatever the interface language.
/// </summary>
internal static class OfferDocument
{
    private static readonly CultureInfo Pl = CultureInfo.GetCultureInfo("pl-PL");
    private const string NotApplicable = "nie dotyczy";

    public static DocumentModel Build(OfferSnapshot s, OfferSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(submission);
        var c = s.Content;
        var joint = s.Offerors.Count > 1;
        var ids = s.Offerors.Select(o => o.Id).ToList();
        var sums = OfferCalculation.Compute(c, ids);
        var names = s.Offerors.ToDictionary(o => o.Id, o => o.Name);
        var submittedAt = WarsawTime.ToLocal(submission.SubmittedAt);

        var b = new DocumentBuilder(joint ? "Oferta wspólna realizacji zadania publicznego" : "Oferta realizacji zadania publicznego", DocumentLanguage.Polish)
            .Author(s.Offerors[0].Name)
            .Subject($"Otwarty konkurs ofert {s.CompetitionNumber}")
            .Created(submission.SubmittedAt)
            .Footer($"Potwierdzenie {submission.ConfirmationNumber} · wersja {submission.Revision.ToString(Pl)} · złożono {submittedAt.ToString("dd.MM.yyyy HH:mm", Pl)} · SHA-256: {OfferSubmission.Grouped(submission.Checksum)}")
            .Paragraph("Oferta " + (joint ? "wspólna " : "") + "realizacji zadania publicznego, o której mowa w art. 14 ust. 1 i 2 ustawy z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie (wzór: Dz.U. 2018 poz. 2057, załącznik nr 1).")
            .Heading(1, "I. Podstawowe informacje o złożonej ofercie")
            .KeyValues(null,
                ("1. Organ administracji publicznej, do którego jest adresowana oferta", c.Basic.Authority),
                ("2. Rodzaj zadania publicznego", c.Basic.TaskType))
            .Heading(1, "II. Dane oferenta (-tów)");
        foreach (var o in s.Offerors)
        {
            b.KeyValues((o.Lead ? "Oferent wiodący: " : "Oferent: ") + o.Name,
                ("Nazwa oferenta", o.Name),
                ("Forma prawna", LegalFormName(o.LegalForm)),
                ("Numer w Krajowym Rejestrze Sądowym lub innej ewidencji", o.Krs ?? o.OtherRegister ?? NotApplicable),
                ("Adres siedziby", o.RegisteredAddress),
                ("Adres do korespondencji", o.CorrespondenceAddress ?? "jak adres siedziby"),
                ("Adres poczty elektronicznej", o.Email ?? NotApplicable),
                ("Numer telefonu", o.Phone ?? NotApplicable),
                ("Adres strony internetowej", o.Website ?? NotApplicable));
        }
        b.KeyValues("2. Dane osoby upoważnionej do składania wyjaśnień dotyczących oferty",
            ("Imię i nazwisko", c.Offerors.ContactName), ("Numer telefonu", c.Offerors.ContactPhone), ("Adres poczty elektronicznej", c.Offerors.ContactEmail));

        var t = c.Task;
        b.Heading(1, "III. Opis zadania publicznego proponowanego do realizacji")
            .KeyValues(null,
                ("1. Tytuł zadania publicznego", t.Title),
                ("2. Termin realizacji zadania publicznego", $"od {Date(t.StartDate)} do {Date(t.EndDate)}"))
            .Heading(2, "3. Syntetyczny opis zadania")
            .Paragraph(t.Summary ?? "")
            .Heading(2, "4. Plan i harmonogram działań");
        foreach (var year in sums.Years.Count == 0 ? [0] : sums.Years)
        {
            var actions = t.Actions.Select((a, i) => (a, n: i + 1)).Where(x => sums.Years.Count <= 1 || x.a.Year == year).ToList();
            b.Table(sums.Years.Count > 1 ? $"Harmonogram na rok {year.ToString(Pl)}" : "Harmonogram", tb =>
            {
                tb.Column("Lp.", 0.5, ColumnAlignment.Right).Column("Nazwa działania", 2).Column("Opis", 3).Column("Grupa docelowa", 1.6)
                  .Column("Planowany termin realizacji", 1.4).Column(joint ? "Oferent realizujący działanie" : "Zakres realizowany przez podmiot niebędący stroną umowy", 1.6);
                foreach (var (a, n) in actions)
                {
                    tb.Row(n.ToString(Pl), a.Name ?? "", a.Description ?? "", a.TargetGroup ?? "", a.PlannedPeriod ?? "",
                        joint ? (a.OfferorId is { } who && names.TryGetValue(who, out var nm) ? nm : "") : (string.IsNullOrWhiteSpace(a.ByNonParty) ? NotApplicable : a.ByNonParty));
                }
            });
        }
        b.Heading(2, "5. Opis zakładanych rezultatów realizacji zadania publicznego").Paragraph(t.ResultsNarrative ?? "");
        if (t.Results.Count > 0)
        {
            b.Table("6. Dodatkowe informacje dotyczące rezultatów realizacji zadania publicznego", tb =>
            {
                tb.Column("Nazwa rezultatu", 3).Column("Planowany poziom osiągnięcia rezultatów (wartość docelowa)", 2).Column("Sposób monitorowania rezultatów / źródło informacji o osiągnięciu wskaźnika", 3);
                foreach (var r in t.Results) tb.Row(r.Name ?? "", r.TargetValue ?? "", r.MonitoringMethod ?? "");
            });
        }
        else
        {
            b.KeyValues(null, ("6. Dodatkowe informacje dotyczące rezultatów realizacji zadania publicznego", NotApplicable));
        }

        b.Heading(1, "IV. Charakterystyka oferenta")
            .Heading(2, "1. Informacja o wcześniejszej działalności oferenta w obszarze, w którym będzie realizowane zadanie publiczne")
            .Paragraph(c.Profile.PreviousActivity ?? "")
            .Heading(2, "2. Zasoby kadrowe, rzeczowe i finansowe oferenta, które będą wykorzystane do realizacji zadania")
            .Paragraph(c.Profile.Resources ?? "");

        b.Heading(1, "V. Kalkulacja przewidywanych kosztów realizacji zadania publicznego");
        var multi = sums.Years.Count > 1;
        b.Table("V.A Zestawienie kosztów realizacji zadania", tb =>
        {
            tb.Column("Lp.", 0.7).Column("Rodzaj kosztu", 2.6).Column("Rodzaj miary", 1.1).Column("Koszt jednostkowy [PLN]", 1.3, ColumnAlignment.Right)
              .Column("Liczba jednostek", 1, ColumnAlignment.Right).Column("Wartość razem [PLN]", 1.4, ColumnAlignment.Right);
            if (multi) foreach (var y in sums.Years) tb.Column($"Rok {y.ToString(Pl)} [PLN]", 1.3, ColumnAlignment.Right);
            var lines = c.Costs.Lines;
            foreach (var action in sums.Actions)
            {
                var title = action.ActionNumber is { } n && n >= 1 && n <= t.Actions.Count ? $"Działanie {n.ToString(Pl)}: {t.Actions[n - 1].Name}" : "Działanie";
                tb.Row(Pad(multi, sums.Years.Count, $"I.{action.ActionNumber?.ToString(Pl)}", title, "", "", "", Money(action.Total)));
                var k = 0;
                for (var i = 0; i < lines.Count; i++)
                {
                    if (lines[i].Category != CostCategory.Action || lines[i].ActionNumber != action.ActionNumber) continue;
                    k++;
                    tb.Row(LineCells(lines[i], sums.LineTotals[i], $"I.{action.ActionNumber?.ToString(Pl)}.{k.ToString(Pl)}", multi, sums.Years.Count));
                }
            }
            tb.Row(Pad(multi, sums.Years.Count, "I", "Razem koszty realizacji działań", "", "", "", Money(sums.ActionsTotal)));
            var m = 0;
            for (var i = 0; i < lines.Count; i++)
            {
                if (lines[i].Category != CostCategory.Administrative) continue;
                m++;
                tb.Row(LineCells(lines[i], sums.LineTotals[i], $"II.{m.ToString(Pl)}", multi, sums.Years.Count));
            }
            tb.Row(Pad(multi, sums.Years.Count, "II", "Razem koszty administracyjne", "", "", "", Money(sums.AdministrativeTotal)));
            var total = new List<string> { "", "Suma wszystkich kosztów realizacji zadania", "", "", "", Money(sums.Total) };
            if (multi) total.AddRange(sums.YearTotals.Select(Money));
            tb.Total([.. total]);
        });
        b.Table("V.B Źródła finansowania kosztów realizacji zadania", tb => tb
            .Column("Lp.", 0.5).Column("Źródło finansowania kosztów realizacji zadania", 4).Column("Wartość [PLN]", 1.4, ColumnAlignment.Right).Column("Udział [%]", 1, ColumnAlignment.Right)
            .Row("1", "Suma wszystkich kosztów realizacji zadania", Money(sums.Total), "100,00")
            .Row("2", "Planowana dotacja w ramach niniejszej oferty", Money(sums.Grant), Percent(sums.GrantSharePercent))
            .Row("3", "Wkład własny", Money(sums.OwnContribution), Percent(sums.OwnContributionSharePercent))
            .Row("3.1", "Wkład własny finansowy", Money(sums.OwnFinancial), Percent(sums.OwnFinancialSharePercent))
            .Row("", "w tym świadczenia pieniężne od odbiorców zadania", Money(sums.BeneficiaryFees), Percent(OfferCalculation.Percent(sums.BeneficiaryFees, sums.Total)))
            .Row("3.2", "Wkład własny niefinansowy (osobowy i rzeczowy)", Money(sums.NonFinancial), Percent(sums.NonFinancialSharePercent))
            .Row("3.2.1", "Wkład osobowy", Money(sums.NonFinancialPersonal), Percent(OfferCalculation.Percent(sums.NonFinancialPersonal, sums.Total)))
            .Row("3.2.2", "Wkład rzeczowy", Money(sums.NonFinancialInKind), Percent(OfferCalculation.Percent(sums.NonFinancialInKind, sums.Total))));
        if (joint)
        {
            b.Table("V.C Podział kosztów realizacji zadania pomiędzy oferentów", tb =>
            {
                tb.Column("Lp.", 0.5).Column("Oferent", 3).Column("Razem [PLN]", 1.4, ColumnAlignment.Right);
                foreach (var y in sums.Years) tb.Column($"Rok {y.ToString(Pl)} [PLN]", 1.3, ColumnAlignment.Right);
                var n = 0;
                foreach (var split in sums.Split)
                {
                    n++;
                    tb.Row([n.ToString(Pl), names.GetValueOrDefault(split.OfferorId, ""), Money(split.Total), .. split.PerYear.Select(Money)]);
                }
                tb.Total(["", "Suma wszystkich kosztów realizacji zadania", Money(sums.SplitTotal), .. sums.SplitYearTotals.Select(Money)]);
            });
        }
        else
        {
            b.KeyValues(null, ("V.C Podział kosztów realizacji zadania pomiędzy oferentów", NotApplicable));
        }

        var other = c.Other;
        b.Heading(1, "VI. Inne informacje")
            .KeyValues(null,
                ("1. Deklaracja o zamiarze odpłatnego lub nieodpłatnego wykonania zadania publicznego", other.PaidMode switch
                {
                    PaidMode.Paid => "odpłatnie",
                    PaidMode.Unpaid => "nieodpłatnie",
                    PaidMode.Both => "częściowo odpłatnie, częściowo nieodpłatnie",
                    _ => "",
                }),
                ("2. Działania, które w ramach realizacji zadania publicznego będą wykonywać poszczególni oferenci oraz sposób ich reprezentacji wobec organu administracji publicznej", joint ? other.DivisionOfWork : NotApplicable),
                ("3. Inne działania, które mogą mieć znaczenie przy ocenie oferty, w tym odnoszące się do kalkulacji przewidywanych kosztów", string.IsNullOrWhiteSpace(other.OtherInformation) ? NotApplicable : other.OtherInformation));

        var st = c.Statements;
        b.Heading(1, "VII. Oświadczenia")
            .Paragraph("Oświadczam(-my), że:")
            .NumberedList(
                (st.WithinStatutoryActivity ? "" : "[NIE ZŁOŻONO] ") + "proponowane zadanie publiczne będzie realizowane wyłącznie w zakresie działalności pożytku publicznego oferenta(-tów);",
                (st.FeesOnlyInPaidActivity ? "" : "[NIE ZŁOŻONO] ") + "pobieranie świadczeń pieniężnych będzie się odbywać wyłącznie w ramach prowadzonej odpłatnej działalności pożytku publicznego;",
                $"oferent* / oferenci* {(st.TaxArrears == true ? "zalega(-ją)" : "nie zalega(-ją)")} z opłacaniem należności z tytułu zobowiązań podatkowych;",
                $"oferent* / oferenci* {(st.SocialSecurityArrears == true ? "zalega(-ją)" : "nie zalega(-ją)")} z opłacaniem należności z tytułu składek na ubezpieczenia społeczne;",
                (st.DataMatchRegister ? "" : "[NIE ZŁOŻONO] ") + "dane zawarte w części II niniejszej oferty są zgodne z Krajowym Rejestrem Sądowym / właściwą ewidencją;",
                (st.InformationTrue ? "" : "[NIE ZŁOŻONO] ") + "wszystkie informacje podane w ofercie oraz załącznikach są zgodne z aktualnym stanem prawnym i faktycznym;",
                (st.DataSubjectsInformed ? "" : "[NIE ZŁOŻONO] ") + "w zakresie związanym z otwartym konkursem ofert, w tym z gromadzeniem, przetwarzaniem i przekazywaniem danych osobowych, a także wprowadzaniem ich do systemów informatycznych, osoby, których dotyczą te dane, złożyły stosowne oświadczenia zgodnie z przepisami o ochronie danych osobowych.")
            .Note("* Niepotrzebne skreślić – w dokumencie pozostawiono właściwą odpowiedź.")
            .Signatures($"Złożono w systemie {submittedAt.ToString("d MMMM yyyy 'r., godz.' HH:mm", Pl)}",
                new SignatureLine("podpis osoby upoważnionej lub podpisy osób upoważnionych do składania oświadczeń woli w imieniu oferentów", submission.SubmittedByName));
        return b.Build();
    }

    private static string[] LineCells(CostLine l, decimal total, string number, bool multi, int years)
    {
        var cells = new List<string> { number, l.Name ?? "", l.Unit ?? "", Money(l.UnitCost ?? 0m), (l.Quantity ?? 0m).ToString("0.##", Pl), Money(total) };
        if (multi) cells.AddRange(Enumerable.Range(0, years).Select(y => Money(y < l.PerYear.Count ? l.PerYear[y] ?? 0m : 0m)));
        return [.. cells];
    }

    private static string[] Pad(bool multi, int years, params string[] cells) => multi ? [.. cells, .. Enumerable.Repeat("", years)] : cells;

    private static string Money(decimal value) => value.ToString("N2", Pl);

    private static string Percent(decimal value) => value.ToString("N2", Pl);

    private static string Date(DateOnly? date) => date?.ToString("dd.MM.yyyy", Pl) ?? "";

    /// <summary>The legal form in Polish, as in the registry.</summary>
    public static string LegalFormName(string form) => Enum.TryParse<OrganisationLegalForm>(form, out var f) ? f switch
    {
        OrganisationLegalForm.Association => "stowarzyszenie",
        OrganisationLegalForm.Foundation => "fundacja",
        OrganisationLegalForm.OrdinaryAssociation => "stowarzyszenie zwykłe",
        OrganisationLegalForm.ChurchLegalPerson => "kościelna osoba prawna",
        OrganisationLegalForm.SocialCooperative => "spółdzielnia socjalna",
        OrganisationLegalForm.NonProfitCompany => "spółka non-profit",
        OrganisationLegalForm.SportsClub => "klub sportowy",
        OrganisationLegalForm.RuralHousewivesCircle => "koło gospodyń wiejskich",
        OrganisationLegalForm.LocalGovernmentAssociation => "stowarzyszenie jednostek samorządu terytorialnego",
        _ => "inna",
    } : form;
}
