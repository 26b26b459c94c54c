using System.Globalization;
using Civitas.Platform.Audit;
using Civitas.Platform.Calendar;
using Civitas.Platform.Data;
using Civitas.Platform.Tenancy;
using Civitas.Publishing.Contracts;
using Civitas.Publishing.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Publishing.Register;

/// <summary>
/// In demo mode, publishes in the demo tenant's register the announcement of the consultation of its
/// draft annual cooperation programme (art. 5a ust. 1 UDPP), through the same path every module uses
/// (<see cref="RecordPublicationHandler"/>), so that the demo register is not empty. The text follows
/// real announcements of Polish gminas, adapted to Miasto Przykładowe; the persons are the demo's
/// fictional accounts. Idempotent: an existing entry is left as it is.
/// </summary>
internal sealed class DemoPublicationSeeder(IServiceScopeFactory scopes, IDemoUsers demo) : IDataSeeder
{
    public const string SourceModule = "publishing";
    public const string SourceKey = "demo:cooperation-programme:consultation-notice";

    public async Task SeedAsync(CancellationToken ct)
    {
        var tenant = await demo.DemoTenantAsync(ct);
        if (tenant is null) return;
        using var scope = scopes.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ITenantContext>().Set(tenant);
        sp.GetRequiredService<IActorContext>().Set(Actor.System);
        var db = sp.GetRequiredService<PublishingDb>();
        if (await db.Publications.AnyAsync(p => p.SourceModule == SourceModule && p.SourceKey == SourceKey, ct)) return;

        var clock = sp.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow();
        var request = ConsultationNotice(now);
        await sp.GetRequiredService<RecordPublicationHandler>().HandleAsync(request, Guid.CreateVersion7(), now, ct);
    }

    internal static PublicationRequested ConsultationNotice(DateTimeOffset now)
    {
        var pl = CultureInfo.GetCultureInfo("pl");
        // Gminas consult next year's programme in October, so that the rada can adopt it by 30 November
        // (art. 5a ust. 1 UDPP): the demo shows the latest such announcement that has already been made.
        var today = WarsawTime.DateOf(now);
        var cycle = today >= new DateOnly(today.Year, 10, 1) ? today.Year : today.Year - 1;
        var announced = LegalCalendar.NextWorkingDayOnOrAfter(new DateOnly(cycle, 10, 1));
        var year = cycle + 1;
        var start = announced.AddDays(1);
        var meeting = LegalCalendar.NextWorkingDayOnOrAfter(announced.AddDays(8));
        var end = LegalCalendar.NextWorkingDayOnOrAfter(announced.AddDays(14));
        var publishedAt = WarsawTime.ToUtc(announced, new TimeOnly(9, 0));
        var producedAt = WarsawTime.ToUtc(announced.AddDays(-1), new TimeOnly(14, 30));
        string D(DateOnly d) => d.ToString("d MMMM yyyy", pl) + " r.";
        var programme = $"Programu współpracy Miasta Przykładowego z organizacjami pozarządowymi oraz podmiotami wymienionymi w art. 3 ust. 3 ustawy o działalności pożytku publicznego i o wolontariacie na {year} rok";

        var body = $"""
            Prezydent Miasta Przykładowego zaprasza organizacje pozarządowe oraz podmioty wymienione w art. 3 ust. 3 ustawy z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie (Dz. U. z 2024 r. poz. 1491), prowadzące działalność pożytku publicznego na terenie Miasta Przykładowego, do udziału w konsultacjach projektu „{programme}”.

            ## Podstawa prawna

            Art. 5 ust. 2 pkt 3 i art. 5a ust. 1 ustawy o działalności pożytku publicznego i o wolontariacie oraz uchwała Rady Miasta Przykładowego w sprawie szczegółowego sposobu konsultowania z organizacjami pozarządowymi projektów aktów prawa miejscowego w dziedzinach dotyczących ich działalności statutowej.

            ## Przedmiot konsultacji

            Projekt rocznego programu współpracy, który Rada Miasta uchwala po konsultacjach, do dnia 30 listopada roku poprzedzającego okres jego obowiązywania. Projekt określa w szczególności cele, zasady i formy współpracy, priorytetowe zadania publiczne, wysokość środków planowanych na realizację programu oraz sposób powoływania komisji konkursowych.

            ## Termin konsultacji

            Konsultacje trwają od {D(start)} do {D(end)}

            ## Forma konsultacji

            1. Zgłaszanie pisemnych opinii i uwag na formularzu stanowiącym załącznik do ogłoszenia:
               - osobiście w Biurze Obsługi Mieszkańców Urzędu Miasta Przykładowego, ul. Rynek 1,
               - pocztą na adres: Urząd Miasta Przykładowego, ul. Rynek 1, 00-950 Miasto Przykładowe (decyduje data wpływu do Urzędu),
               - pocztą elektroniczną na adres wop@miasto-przykladowe.example.
            2. Otwarte spotkanie konsultacyjne w dniu {D(meeting)} o godz. 17:00 w sali sesyjnej Urzędu Miasta (budynek dostępny dla osób z niepełnosprawnościami, pętla indukcyjna na sali).
            3. Opinia Miejskiej Rady Działalności Pożytku Publicznego (art. 41i ust. 1 pkt 2 ustawy).

            ## Wyniki konsultacji

            Uwagi zgłoszone po terminie nie będą rozpatrywane. Niezgłoszenie uwag w terminie oznacza rezygnację z prawa do ich wyrażenia. Sprawozdanie z przebiegu konsultacji, z informacją o sposobie rozpatrzenia każdej uwagi, zostanie opublikowane w tym rejestrze niezwłocznie po zakończeniu konsultacji.

            Informacji udziela Wydział Współpracy z Organizacjami Pozarządowymi Urzędu Miasta Przykładowego, tel. +48 22 000 00 00, e-mail wop@miasto-przykladowe.example.
            """;

        return new PublicationRequested(
            SourceModule,
            SourceKey,
            PublicationCategory.Announcement,
            $"Ogłoszenie o konsultacjach projektu Programu współpracy z organizacjami pozarządowymi na {year} rok",
            $"Consultation of the draft {year} programme of cooperation with non-governmental organisations",
            $"Konsultacje projektu „{programme}” trwają od {D(start)} do {D(end)} Uwagi można zgłaszać pisemnie, pocztą elektroniczną i na otwartym spotkaniu konsultacyjnym.",
            body,
            null,
            [],
            new PublicationPerson("Jan Urzędnik", "Naczelnik Wydziału Współpracy z Organizacjami Pozarządowymi"),
            new PublicationPerson("Jan Urzędnik", "Wydział Współpracy z Organizacjami Pozarządowymi"),
            producedAt,
            publishedAt,
            publishedAt,
            null,
            null,
            []);
    }
}
