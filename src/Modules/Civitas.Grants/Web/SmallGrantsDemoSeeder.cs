using Civitas.Grants.Data;
using Civitas.Grants.Domain.SmallGrants;
using Civitas.Organisations.Contracts;
using Civitas.Platform.Audit;
using Civitas.Platform.Calendar;
using Civitas.Platform.Data;
using Civitas.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Grants.Web;

/// <summary>
/// Demo mode: the planned grants of the year and one small-grant offer of a demo organisation (the sailing
/// club of the organisations' demo, whose representative is a demo account), submitted and published
/// through the module's own handlers, so it is inside its comment window after start-up, with one approved
/// and one pending comment. Idempotent: nothing is added once the demo tenant has a small-grant offer.
/// </summary>
internal sealed class SmallGrantsDemoSeeder(IServiceScopeFactory scopes, IDemoUsers demo) : IDataSeeder
{
    private const string DemoKrs = "0000900001";
    private const string Domain = "miasto-przykladowe.example";

    public async Task SeedAsync(CancellationToken ct)
    {
        var tenant = await demo.DemoTenantAsync(ct);
        if (tenant is null) return;
        using var scope = scopes.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ITenantContext>().Set(tenant);
        var db = sp.GetRequiredService<GrantsDb>();
        if (await db.SmallGrantOffers.AnyAsync(ct)) return;
        var organisationId = await sp.GetRequiredService<IOrganisationDirectory>().FindAsync(DemoKrs, ct);
        if (organisationId is null) return;

        var representative = await demo.EnsureAsync("przedstawicielka@" + Domain, "Maria Przedstawicielska", ct);
        var official = await demo.EnsureAsync("urzednik@" + Domain, "Jan Urzędnik", ct);
        var clock = sp.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow();
        var today = WarsawTime.Today(clock);
        var start = today.AddDays(21);
        // The task has to fit in one calendar year: near the year's end it starts in January.
        if (start.AddDays(44).Year != start.Year) start = new DateOnly(start.Year + 1, 1, 15);
        var end = start.AddDays(44);

        var actor = sp.GetRequiredService<IActorContext>();
        actor.Set(new Actor(official, "Jan Urzędnik"));
        if (!await db.SmallGrantPlans.AnyAsync(p => p.Year == start.Year, ct))
        {
            db.SmallGrantPlans.Add(SmallGrantPlan.Create(start.Year, 2_400_000m, "Uchwała budżetowa — dotacje na zadania zlecane organizacjom pozarządowym (dane demonstracyjne)", "Jan Urzędnik", now));
            await db.SaveChangesAsync(ct);
        }

        actor.Set(new Actor(representative, "Maria Przedstawicielska"));
        var content = new SmallGrantOfferContent(
            "Żeglarskie lato na zalewie — warsztaty dla dzieci z osiedla Północ",
            "17",
            "Zalew miejski, przystań Klubu Żeglarskiego „Łódź”, ul. Rynek 3, Miasto Przykładowe",
            start,
            end,
            "Cztery tygodniowe turnusy warsztatów żeglarskich dla 40 dzieci w wieku 9–13 lat z osiedla Północ, które nie wyjeżdżają na wakacje. "
            + "Zajęcia prowadzą instruktorzy PZŻ; uczestnicy poznają zasady bezpieczeństwa na wodzie, budowę łodzi i podstawy manewrów. "
            + "Rekrutację prowadzimy razem ze świetlicą środowiskową przy ul. Chojnowskiej; koordynatorem zajęć jest Anna Nowak.",
            "- 40 dzieci ukończy warsztaty i zda wewnętrzny egzamin z zasad bezpieczeństwa na wodzie;\n- 10 najbardziej zaangażowanych uczestników otrzyma zaproszenie do sekcji młodzieżowej klubu;\n- po zakończeniu zadania przystań pozostaje otwarta dla świetlicy w soboty.",
            "Anna Nowak",
            "+48 600 100 200",
            "anna.nowak@klub-lodz.example",
            [
                new SmallGrantCostLineInput("Wynagrodzenie instruktorów żeglarstwa", "godz.", 80, 75m),
                new SmallGrantCostLineInput("Wynajem łodzi typu Optimist", "dzień", 20, 150m),
                new SmallGrantCostLineInput("Kamizelki asekuracyjne dla dzieci", "szt.", 10, 180m),
                new SmallGrantCostLineInput("Ubezpieczenie NNW uczestników", "os.", 40, 12.5m),
                new SmallGrantCostLineInput("Praca wolontariuszy (wycena)", "godz.", 60, 30m),
            ],
            9_500m,
            1_800m,
            1_800m,
            new SmallGrantStatements(true, true, false, false, true, true, true));
        var saved = await sp.GetRequiredService<SaveSmallGrantOfferHandler>().HandleAsync(null, organisationId.Value, content, submit: true, representative, ct);
        if (!saved.Succeeded) throw new InvalidOperationException("Demo small-grant offer: " + string.Join(", ", saved.Errors.Select(e => $"{e.Field}:{e.Code}")));

        var officialActor = new Actor(official, "Jan Urzędnik");
        actor.Set(officialActor);
        var published = await sp.GetRequiredService<PublishSmallGrantOfferHandler>().HandleAsync(saved.Value,
            new PublishSmallGrantOfferHandler.Request(true,
                content.Description!.Replace("; koordynatorem zajęć jest Anna Nowak", "; koordynatorem zajęć jest [dane osobowe wyłączone]", StringComparison.Ordinal),
                content.ExpectedResults), officialActor, ct);
        if (!published.Succeeded) throw new InvalidOperationException("Demo small-grant publication: " + string.Join(", ", published.Errors.Select(e => e.Code)));

        var comments = sp.GetRequiredService<SmallGrantCommentsHandler>();
        actor.Set(Actor.System);
        await comments.PostAsync(saved.Value, "Mieszkanka osiedla Północ", null, "Świetny pomysł. Czy przewidziano **transport** dzieci z osiedla na przystań?", ct);
        await comments.PostAsync(saved.Value, null, null, "Proszę o informację, ile kosztuje udział w warsztatach dla rodziców.", ct);
        var first = await db.SmallGrantComments.Where(c => c.OfferId == saved.Value).OrderBy(c => c.SubmittedAt).ThenBy(c => c.Id).Select(c => c.Id).FirstAsync(ct);
        actor.Set(officialActor);
        await comments.ModerateAsync(saved.Value, first, approve: true, officialActor, ct);
    }
}
