using System.Globalization;
using Civitas.Platform.Calendar;
using Civitas.Platform.Documents;

namespace Civitas.Grants.Domain.Committee;

/// <summary>
/// The protocol of the committee's work on a competition (protokół z prac komisji konkursowej): the competition,
/// the composition with each member's kind, attendance, the impartiality declarations with the conflicts declared,
/// per offer the points and justifications per criterion with the averages of the voting members, the ranking per
/// task, the proposed amounts, the vote and the remarks. Written in Polish (an official record of a Polish organ)
/// whatever the interface language.
/// </summary>
internal static class ProtocolDocument
{
    private static readonly CultureInfo Pl = CultureInfo.GetCultureInfo("pl-PL");

    public static DocumentModel Build(ProtocolData d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var c = d.Competition;
        var m = d.Meeting;
        var present = m?.Present ?? new HashSet<Guid>();
        var criteria = c.Criteria.OrderBy(x => x.Order).ToList();
        var names = d.Members.ToDictionary(x => x.Id, x => x.Name);
        var participants = d.OfferorNames;

        var b = new DocumentBuilder("Protokół z prac komisji konkursowej", DocumentLanguage.Polish)
            .Subject($"Otwarty konkurs ofert {c.Number}")
            .Created(d.GeneratedAt)
            .Footer($"Konkurs {c.Number} · protokół wygenerowany {WarsawTime.ToLocal(d.GeneratedAt).ToString("dd.MM.yyyy HH:mm", Pl)}"
                + (m?.ClosedAt is { } closed ? $" · posiedzenie zamknięte {WarsawTime.ToLocal(closed).ToString("dd.MM.yyyy HH:mm", Pl)}" : " · posiedzenie niezamknięte"))
            .Paragraph("Komisja konkursowa powołana na podstawie art. 15 ust. 2a ustawy z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie w celu zaopiniowania ofert złożonych w otwartym konkursie ofert.")
            .KeyValues("Konkurs",
                ("Numer konkursu", c.Number),
                ("Tytuł", c.Title),
                ("Data posiedzenia", m?.HeldOn is { } on ? on.ToString("d MMMM yyyy", Pl) : "nie wpisano"),
                ("Miejsce posiedzenia", string.IsNullOrEmpty(m?.Place) ? "nie wpisano" : m.Place));

        b.Heading(1, "1. Skład komisji i obecność");
        b.Table("Skład komisji konkursowej", t =>
        {
            t.Column("Lp.", 0.5, ColumnAlignment.Right).Column("Imię i nazwisko", 2).Column("Funkcja i rodzaj członkostwa", 3).Column("Obecność", 1.2);
            var n = 0;
            foreach (var x in d.Members)
            {
                t.Row((++n).ToString(Pl), x.Name, (x.IsChair ? "przewodniczący komisji; " : "") + KindText(x), present.Contains(x.Id) ? "obecny" : "nieobecny");
            }
        });

        b.Heading(1, "2. Oświadczenia o bezstronności");
        b.Paragraph("Członkowie komisji składają oświadczenie o braku okoliczności, o których mowa w art. 24 § 1 i 2 Kodeksu postępowania administracyjnego (art. 15 ust. 2f ustawy), przed zapoznaniem się z ofertami. Członek, który wskazał konflikt z oferentem, nie otwierał ani nie oceniał ofert tego oferenta.");
        b.Table("Oświadczenia członków komisji", t =>
        {
            t.Column("Imię i nazwisko", 2).Column("Podpisano", 1.5).Column("Wskazane konflikty z oferentami", 3);
            foreach (var x in d.Members)
            {
                var conflicts = x.Conflicts.Select(id => participants.GetValueOrDefault(id) ?? id.ToString()).Order(StringComparer.Create(Pl, false)).ToList();
                t.Row(x.Name, x.DeclarationSignedAt is { } s ? WarsawTime.ToLocal(s).ToString("dd.MM.yyyy HH:mm", Pl) : "nie podpisano",
                    conflicts.Count == 0 ? "brak" : string.Join("; ", conflicts));
            }
        });

        b.Heading(1, "3. Ocena ofert i ranking");
        b.Paragraph("Średnie obliczono z ocen członków komisji z prawem głosu (z dokładnością do 0,01 pkt); oceny ekspertów z głosem doradczym (art. 15 ust. 2d ustawy) podano osobno i nie wliczono ich do średnich.");
        foreach (var task in d.Sheet)
        {
            b.Heading(2, $"Zadanie: {task.Task.Title}");
            b.KeyValues(null,
                ("Środki przeznaczone na zadanie", Money(task.Task.Funds)),
                ("Łącznie proponowane dotacje", Money(task.Proposed)),
                ("Pozostałe środki", Money(task.Left)));
            if (task.Rows.Count == 0)
            {
                b.Paragraph("Na to zadanie nie wpłynęła żadna oferta spełniająca wymogi formalne.");
                continue;
            }
            b.Table($"Ranking ofert – {task.Task.Title}", t =>
            {
                t.Column("Miejsce", 0.8, ColumnAlignment.Right).Column("Oferta", 2.4);
                foreach (var cr in criteria) t.Column(cr.Name, 1.2, ColumnAlignment.Right);
                t.Column("Suma średnich", 1.1, ColumnAlignment.Right).Column("Wnioskowana kwota", 1.4, ColumnAlignment.Right).Column("Proponowana kwota", 1.4, ColumnAlignment.Right);
                foreach (var r in task.Rows)
                {
                    var cells = new List<string?> { r.Rank?.ToString(Pl) ?? "–", $"{r.Offer.ConfirmationNumber} – {participants.GetValueOrDefault(r.Offer.OfferId, "")}" };
                    foreach (var cr in criteria) cells.Add(Points(r.Averages[cr.Id]) + (r.BelowMinimum.Contains(cr.Id) ? " (poniżej minimum)" : ""));
                    cells.Add(Points(r.Total));
                    cells.Add(Money(r.Offer.RequestedGrant));
                    cells.Add(r.Proposed is { } p ? Money(p) : "–");
                    t.Row([.. cells]);
                }
            });
            foreach (var r in task.Rows)
            {
                b.Heading(3, $"Oferta {r.Offer.ConfirmationNumber} – {participants.GetValueOrDefault(r.Offer.OfferId, "")}");
                var scores = d.Scores.Where(s => s.OfferId == r.Offer.OfferId)
                    .OrderBy(s => d.Members.FirstOrDefault(x => x.Id == s.MemberId)?.Votes == false)
                    .ThenBy(s => names.GetValueOrDefault(s.MemberId, ""), StringComparer.Create(Pl, false))
                    .ThenBy(s => criteria.FindIndex(x => x.Id == s.CriterionId)).ToList();
                if (scores.Count == 0)
                {
                    b.Paragraph("Oferta nie została oceniona.");
                    continue;
                }
                b.Table($"Oceny oferty {r.Offer.ConfirmationNumber}", t =>
                {
                    t.Column("Członek komisji", 2).Column("Kryterium", 2).Column("Punkty", 0.8, ColumnAlignment.Right).Column("Uzasadnienie", 4);
                    foreach (var s in scores)
                    {
                        var member = d.Members.FirstOrDefault(x => x.Id == s.MemberId);
                        var who = names.GetValueOrDefault(s.MemberId, "") + (member is { Votes: false } ? " (głos doradczy)" : "");
                        t.Row(who, criteria.FirstOrDefault(x => x.Id == s.CriterionId)?.Name ?? "", s.Points.ToString("0.0", Pl), s.Justification);
                    }
                });
                b.Paragraph($"Średnia członków z prawem głosu: {Points(r.Total)} pkt"
                    + (r.ExpertTotal is { } e ? $"; średnia ekspertów (głos doradczy): {Points(e)} pkt" : "")
                    + (r.BelowMinimum.Count > 0 ? $"; nie osiągnięto minimum w kryteriach: {string.Join(", ", criteria.Where(x => r.BelowMinimum.Contains(x.Id)).Select(x => x.Name))}" : "") + ".");
            }
        }

        b.Heading(1, "4. Głosowanie nad propozycją");
        if (m is null) b.Paragraph("Nie odnotowano głosowania.");
        else
        {
            b.KeyValues(null,
                ("Za", m.VotesFor.ToString(Pl)),
                ("Przeciw", m.VotesAgainst.ToString(Pl)),
                ("Wstrzymało się", m.VotesAbstaining.ToString(Pl)));
        }
        b.Heading(1, "5. Uwagi");
        b.Paragraph(string.IsNullOrWhiteSpace(m?.Remarks) ? "Brak uwag." : m.Remarks);
        b.Paragraph("Komisja konkursowa opiniuje oferty; o wyborze ofert i wysokości dotacji rozstrzyga organ wykonawczy.");
        var signers = d.Members.Where(x => present.Contains(x.Id)).Select(x => new SignatureLine(x.IsChair ? "przewodniczący komisji" : "członek komisji", x.Name)).ToArray();
        if (signers.Length > 0) b.Signatures(m?.HeldOn is { } day ? day.ToString("d MMMM yyyy 'r.'", Pl) : null, signers);
        return b.Build();
    }

    private static string KindText(CommitteeMember x) => x.Kind switch
    {
        MemberKind.Official => "przedstawiciel organu wykonawczego",
        MemberKind.NominatedByOrganisation => "osoba wskazana przez organizację: " + (x.NominatingOrganisationName ?? ""),
        _ => "ekspert z głosem doradczym",
    };

    private static string Points(decimal? v) => v is { } x ? x.ToString("0.00", Pl) : "–";

    private static string Money(decimal v) => v.ToString("N2", Pl) + " zł";
}
