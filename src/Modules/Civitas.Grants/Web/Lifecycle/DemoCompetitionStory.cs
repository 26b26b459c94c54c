using System.Security.Claims;
using Civitas.Grants.Data;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.FormalCheck;
using Civitas.Grants.Domain.Lifecycle;
using Civitas.Grants.Domain.Offers;
using Civitas.Grants.Web.Competitions;
using Civitas.Grants.Web.FormalCheck;
using Civitas.Platform;
using Civitas.Platform.Audit;
using Civitas.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Grants.Web.Lifecycle;

/// <summary>A person of the demo acting in the story: the account id, the display name, and (for an official) the department.</summary>
internal sealed record DemoPerson(Guid Id, string Name, Guid? DepartmentId = null)
{
    /// <summary>The principal the office's commands expect from a signed-in official.</summary>
    public ClaimsPrincipal Principal()
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, Id.ToString()), new(CivitasClaims.DisplayName, Name) };
        if (DepartmentId is { } d) claims.Add(new Claim(CivitasClaims.Department, d.ToString()));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "demo"));
    }
}

/// <summary>
/// Plays a competition's life for demo data through the same commands and workflows the pages call, each
/// step in its own scope "as of" a moment of the past (<see cref="FixedClock"/>), so every rule of the
/// module judges it: the announcement (<see cref="CompetitionCommands"/>), offers started, filled section
/// by section and submitted (<see cref="OfferWorkflow"/>), the offer period closed at the deadline
/// (<see cref="OfferDeadlineJob"/>), the formal reviews (<see cref="FormalCheckService"/>). A step that a
/// rule refuses throws: demo data that the rules would not allow is a bug. Later stages (committee,
/// decision, results) add their own steps here.
/// </summary>
internal sealed class DemoCompetitionStory(IServiceScopeFactory scopes, TenantInfo tenant)
{
    private async Task<T> AtAsync<T>(DateTimeOffset at, Actor actor, Func<IServiceProvider, FixedClock, Task<T>> step)
    {
        using var scope = scopes.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ITenantContext>().Set(tenant);
        sp.GetRequiredService<IActorContext>().Set(actor);
        return await step(sp, new FixedClock(at));
    }

    private static T Create<T>(IServiceProvider sp, FixedClock clock, params object[] more) => ActivatorUtilities.CreateInstance<T>(sp, [clock, .. more]);

    private static void Ensure(Result result, string what)
    {
        if (!result.Succeeded) throw new InvalidOperationException($"Demo story, {what}: " + string.Join(", ", result.Errors.Select(e => e.Code + "@" + e.Field)));
    }

    /// <summary>Creates the competition, saves the announcement and publishes it at <paramref name="at"/>.</summary>
    public Task<Guid> AnnounceAsync(DemoPerson official, string title, AnnouncementContent content, DateTimeOffset at, CancellationToken ct)
        => AtAsync(at, new Actor(official.Id, official.Name), async (sp, clock) =>
        {
            var commands = Create<CompetitionCommands>(sp, clock);
            var user = official.Principal();
            var created = await commands.CreateAsync(official.DepartmentId!.Value, title, user, ct);
            Ensure(created, "create");
            var (_, competition) = await sp.GetRequiredService<CompetitionAccess>().LoadAsync(created.Value, user, ct);
            Ensure(await commands.SaveDraftAsync(competition!, competition!.Version, content, ct), "announcement draft");
            Ensure(await commands.AnnounceAsync(competition, competition.Version, user, ct), "announce");
            return competition.Id;
        });

    /// <summary>Starts the organisation's offer for the task, saves every section of <paramref name="content"/>
    /// one by one as the editor does, and submits it as the representative; returns the offer and its confirmation number.</summary>
    public Task<(Guid Offer, string Confirmation)> SubmitOfferAsync(Guid competitionId, Guid taskId, Guid organisationId, DemoPerson representative,
        OfferContent content, DateTimeOffset at, CancellationToken ct)
        => AtAsync(at, new Actor(representative.Id, representative.Name), async (sp, clock) =>
        {
            var rulesSource = Create<CompetitionOfferRules>(sp, clock);
            var workflow = Create<OfferWorkflow>(sp, clock, rulesSource);
            var started = await workflow.StartAsync(competitionId, taskId, organisationId, representative.Id, ct);
            Ensure(started, "start offer");
            await SaveSectionsAsync(sp, workflow, rulesSource, started.Value, content, OfferSectionKeys.All, representative, ct);
            var submitted = await workflow.SubmitAsync(started.Value, representative.Id, ct);
            Ensure(submitted, "submit offer");
            return (started.Value, submitted.Value!.ConfirmationNumber);
        });

    /// <summary>Saves the named sections of <paramref name="content"/> and submits again (a correction after a
    /// formal review asked for one, or a new revision before the deadline).</summary>
    public Task<string> ResubmitAsync(Guid offerId, DemoPerson representative, OfferContent content, IReadOnlyCollection<OfferSectionKey> sections, DateTimeOffset at, CancellationToken ct)
        => AtAsync(at, new Actor(representative.Id, representative.Name), async (sp, clock) =>
        {
            var rulesSource = Create<CompetitionOfferRules>(sp, clock);
            var workflow = Create<OfferWorkflow>(sp, clock, rulesSource);
            await SaveSectionsAsync(sp, workflow, rulesSource, offerId, content, sections, representative, ct);
            var submitted = await workflow.SubmitAsync(offerId, representative.Id, ct);
            Ensure(submitted, "resubmit offer");
            return submitted.Value!.ConfirmationNumber;
        });

    private static async Task SaveSectionsAsync(IServiceProvider sp, OfferWorkflow workflow, IOfferRulesSource rulesSource, Guid offerId, OfferContent content,
        IEnumerable<OfferSectionKey> keys, DemoPerson person, CancellationToken ct)
    {
        var offer = await sp.GetRequiredService<GrantsDb>().Offers.AsNoTracking().FirstAsync(o => o.Id == offerId, ct);
        var rules = await rulesSource.GetAsync(offer.CompetitionId, offer.TaskId, ct) ?? throw new InvalidOperationException("Demo story: the offer's task is unknown.");
        var (_, sections) = await workflow.LoadAsync(offerId, ct);
        foreach (var key in keys.Where(k => k != OfferSectionKey.Basic))
        {
            var version = sections.TryGetValue(key, out var row) ? row.Version : 0;
            var saved = await workflow.SaveSectionAsync(offer, rules, key, content.Get(key), version, person.Id, ct);
            if (saved.Errors.Count > 0) throw new InvalidOperationException($"Demo story, section {key}: " + string.Join(", ", saved.Errors.Select(e => e.Code)));
        }
    }

    /// <summary>Closes the offer period as the scheduled job does when the deadline passes (as the system).</summary>
    public Task<bool> CloseOfferPeriodAsync(Guid competitionId, DateTimeOffset at, CancellationToken ct)
        => AtAsync(at, Actor.System, (sp, _) => OfferDeadlineJob.CloseAsync(sp.GetRequiredService<GrantsDb>(), sp.GetRequiredService<IAuditLog>(), competitionId, at, ct));

    /// <summary>Records the official's formal review of the offer's latest revision: <paramref name="unmet"/> are the
    /// (0-based) checklist items not met, the rest met.</summary>
    public Task<bool> ReviewAsync(Guid competitionId, Guid offerId, DemoPerson official, FormalOutcome outcome, IReadOnlyCollection<int> unmet, string? reasons,
        IReadOnlyCollection<OfferSectionKey> sections, DateTimeOffset at, CancellationToken ct)
        => AtAsync(at, new Actor(official.Id, official.Name), async (sp, clock) =>
        {
            var service = Create<FormalCheckService>(sp, clock);
            var (_, competition) = await sp.GetRequiredService<CompetitionAccess>().LoadAsync(competitionId, official.Principal(), ct);
            var detail = await service.FindAsync(competitionId, offerId, ct) ?? throw new InvalidOperationException("Demo story: the offer is not submitted.");
            var items = competition!.ChecklistItems.OrderBy(i => i.Order).Select((item, index) => (item.Id, Met: (bool?)!unmet.Contains(index))).ToDictionary(x => x.Id, x => x.Met);
            Ensure(await service.RecordAsync(competition, detail, new FormalReviewInput(items, outcome, reasons, sections), null, ct), "formal review");
            return true;
        });
}
