using System.Globalization;
using System.Text;
using Civitas.Grants.Domain.Competitions;
using Civitas.Platform.Calendar;

namespace Civitas.Grants.Domain.Results;

/// <summary>The published text of the results, in Polish by law whatever the official's UI language
/// (art. 15 ust. 2h UDPP: at least the offeror, the task and the amount), as Markdown for the register.</summary>
internal static class ResultsDocument
{
    private static readonly CultureInfo Pl = CultureInfo.GetCultureInfo("pl-PL");

    public static string Summary(int funded, int notFunded, decimal total)
        => string.Create(Pl, $"Dofinansowano ofert: {funded}, na łączną kwotę {total:N2} zł. Nie dofinansowano ofert: {notFunded}.");

    public static string Body(Competition competition, CompetitionDecision decision, string authority, DeadlineResult period, string basis)
    {
        ArgumentNullException.ThrowIfNull(competition);
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(period);
        var b = new StringBuilder();
        b.Append(Pl, $"{Escape(authority)} ogłasza wyniki otwartego konkursu ofert nr {Escape(competition.Number)} „{Escape(competition.Title)}”")
         .Append(Pl, $" (art. 15 ust. 2h ustawy o działalności pożytku publicznego i o wolontariacie). Decyzja z dnia {decision.DecidedOn.ToString("d MMMM yyyy", Pl)} r.")
         .Append(Pl, $", podpisał(a): {Escape(decision.SignatoryName)}, {Escape(decision.SignatoryFunction)}.\n\n");
        var lines = decision.Lines.OrderBy(l => l.Order).ToList();
        b.Append("## Oferty, którym przyznano dotację\n\n");
        foreach (var task in competition.Tasks.OrderBy(t => t.Order))
        {
            var funded = lines.Where(l => l.TaskId == task.Id && l.Funded).ToList();
            b.Append(Pl, $"### Zadanie: {Escape(task.Title)}\n\n");
            if (funded.Count == 0)
            {
                b.Append("Nie przyznano dotacji na to zadanie.\n\n");
                continue;
            }
            b.Append("| Oferent | Tytuł zadania publicznego | Numer oferty | Kwota dotacji |\n|---|---|---|---:|\n");
            foreach (var l in funded)
            {
                b.Append(Pl, $"| {Escape(Offerors(l))} | {Escape(l.OfferTitle)} | {l.ConfirmationNumber} | {l.Amount!.Value:N2} zł |\n");
            }
            b.Append(Pl, $"\nRazem: {funded.Sum(l => l.Amount ?? 0m):N2} zł ze środków {task.Funds:N2} zł.\n\n");
        }
        var notFunded = lines.Where(l => !l.Funded).ToList();
        b.Append("## Oferty, którym nie przyznano dotacji\n\n");
        if (notFunded.Count == 0) b.Append("Brak.\n\n");
        else
        {
            b.Append("| Oferent | Tytuł zadania publicznego | Zadanie konkursowe | Numer oferty | Przyczyna |\n|---|---|---|---|---|\n");
            var tasks = competition.Tasks.ToDictionary(t => t.Id, t => t.Title);
            foreach (var l in notFunded)
            {
                var reason = l.FormallyRejected ? "Odrzucona z przyczyn formalnych: " + l.Reason : l.Reason;
                b.Append(Pl, $"| {Escape(Offerors(l))} | {Escape(l.OfferTitle)} | {Escape(tasks.GetValueOrDefault(l.TaskId, ""))} | {l.ConfirmationNumber} | {Escape(reason)} |\n");
            }
            b.Append('\n');
        }
        b.Append(Pl, $"Każdy może w terminie do dnia {period.LastDay.ToString("d MMMM yyyy", Pl)} r. żądać uzasadnienia wyboru lub odrzucenia oferty ({Escape(basis)}).\n");
        return b.ToString();
    }

    private static string Offerors(DecisionLine l) => string.Join("; ", l.Offerors.Select(o => o.Name));

    // Table cells and Markdown control characters from user text must not break the table or add markup.
    private static string Escape(string s) => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal)
        .Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal)
        .Replace("<", "\\<", StringComparison.Ordinal).Replace("#", "\\#", StringComparison.Ordinal);
}
