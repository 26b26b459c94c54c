using System.Globalization;
using System.Text;
using Civitas.Organisations.Contracts;

namespace Civitas.Grants.Domain.SmallGrants;

/// <summary>The published version of a small-grant offer as Markdown (Polish, the language of
/// publication), built from the offer with the redacted texts; user text stays Markdown and becomes HTML
/// only through the sanitising renderer of the register.</summary>
internal static class SmallGrantPublicationText
{
    private static readonly CultureInfo Pl = CultureInfo.GetCultureInfo("pl-PL");

    public static string SourceKey(Guid offerId) => $"small-grant-offer:{offerId}";

    public static string Title(SmallGrantOffer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        var title = $"Oferta realizacji zadania publicznego w trybie art. 19a: „{offer.Title}” — {offer.Offeror?.Name}";
        return title.Length <= 500 ? title : title[..499] + "…";
    }

    public static string TitleEnglish(SmallGrantOffer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        var title = $"Small-grant offer (art. 19a): “{offer.Title}” — {offer.Offeror?.Name}";
        return title.Length <= 500 ? title : title[..499] + "…";
    }

    public static string Body(SmallGrantOffer offer, string? sphereName, DateOnly commentsLastDay)
    {
        ArgumentNullException.ThrowIfNull(offer);
        var o = offer.Offeror!;
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Na podstawie art. 19a ust. 3 ustawy o działalności pożytku publicznego i o wolontariacie podaje się do publicznej wiadomości ofertę złożoną w trybie pozakonkursowym. Uwagi do oferty może zgłosić każdy do dnia {commentsLastDay.ToString("d MMMM yyyy", Pl)} r. na stronie oferty.");
        sb.AppendLine();
        sb.AppendLine("## Oferent");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"- Nazwa: {Escape(o.Name)}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"- Forma prawna: {LegalFormPolish(o.LegalForm)}");
        if (o.Krs is not null) sb.AppendLine(CultureInfo.InvariantCulture, $"- Numer KRS: {o.Krs}");
        if (o.OtherRegister is not null) sb.AppendLine(CultureInfo.InvariantCulture, $"- Rejestr lub ewidencja: {Escape(o.OtherRegister)}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"- Adres siedziby: {Escape(o.RegisteredAddress)}");
        if (!offer.ContactRedacted)
        {
            var contact = string.Join(" ", new[] { offer.ContactName, offer.ContactPhone, offer.ContactEmail }.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => Escape(v!)));
            sb.AppendLine("- Osoba do kontaktu: " + contact);
        }
        sb.AppendLine();
        sb.AppendLine("## Zadanie publiczne");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"- Tytuł: {Escape(offer.Title)}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"- Sfera zadań publicznych (art. 4 ust. 1 ustawy): pkt {offer.SphereCode}{(sphereName is null ? "" : " — " + Escape(sphereName))}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"- Miejsce realizacji: {Escape(offer.Place)}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"- Termin realizacji: od {offer.StartDate!.Value.ToString("dd.MM.yyyy", Pl)} do {offer.EndDate!.Value.ToString("dd.MM.yyyy", Pl)}");
        sb.AppendLine();
        sb.AppendLine("### Opis zadania");
        sb.AppendLine();
        sb.AppendLine(offer.PublishedDescription);
        sb.AppendLine();
        sb.AppendLine("### Zakładane rezultaty");
        sb.AppendLine();
        sb.AppendLine(offer.PublishedResults);
        sb.AppendLine();
        sb.AppendLine("## Kalkulacja przewidywanych kosztów");
        sb.AppendLine();
        sb.AppendLine("| Lp. | Rodzaj kosztu | Jednostka | Liczba jednostek | Koszt jednostkowy (zł) | Wartość (zł) |");
        sb.AppendLine("|---:|---|---|---:|---:|---:|");
        foreach (var l in offer.CostLines.OrderBy(l => l.Position))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {l.Position} | {Cell(l.Name)} | {Cell(l.Unit)} | {l.Quantity.ToString("0.####", Pl)} | {Zl(l.UnitCost)} | {Zl(l.Total)} |");
        }
        sb.AppendLine(CultureInfo.InvariantCulture, $"| | **Razem** | | | | **{Zl(offer.TotalCost)}** |");
        sb.AppendLine();
        sb.AppendLine("## Źródła finansowania");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"- Wnioskowana kwota dotacji: {Zl(offer.GrantAmount ?? 0)} zł");
        sb.AppendLine(CultureInfo.InvariantCulture, $"- Wkład własny finansowy: {Zl(offer.OwnFinancial)} zł");
        sb.AppendLine(CultureInfo.InvariantCulture, $"- Wkład własny niefinansowy (osobowy i rzeczowy): {Zl(offer.NonFinancial)} zł");
        sb.AppendLine(CultureInfo.InvariantCulture, $"- Koszt całkowity: {Zl(offer.TotalCost)} zł");
        return sb.ToString();
    }

    public static string Zl(decimal value) => value.ToString("N2", Pl);

    private static string Cell(string value) => Escape(value).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>Data from the registry are text, not Markdown: emphasis or link syntax in a name is shown as typed.</summary>
    private static string Escape(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var ch in value.ReplaceLineEndings(" "))
        {
            if ("\\`*_[]<>#|".Contains(ch, StringComparison.Ordinal)) sb.Append('\\');
            sb.Append(ch);
        }
        return sb.ToString();
    }

    private static string LegalFormPolish(string legalForm) => Enum.TryParse<OrganisationLegalForm>(legalForm, out var form) ? form switch
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
    } : legalForm;
}
