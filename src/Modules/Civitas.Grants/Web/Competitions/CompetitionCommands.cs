using System.Globalization;
using System.Security.Claims;
using Civitas.Grants.Data;
using Civitas.Grants.Domain.Competitions;
using Civitas.Organisations.Contracts;
using Civitas.Platform;
using Civitas.Platform.Audit;
using Civitas.Platform.Calendar;
using Civitas.Platform.Identity;
using Civitas.Platform.LegalParameters;
using Civitas.Platform.Outbox;
using Civitas.Platform.Tenancy;
using Civitas.Platform.Web;
using Civitas.Publishing.Contracts;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Grants.Web.Competitions;

/// <summary>The office's use cases on a competition: create, save the draft, announce (publish),
/// correct, cancel. Publishing writes <see cref="PublicationRequested"/> to GrantsDb's outbox in the
/// same SaveChanges as the change, so the register and the competition never disagree.</summary>
internal sealed class CompetitionCommands(
    GrantsDb db,
    IOutbox outbox,
    ILegalParameters legal,
    IOrganisationDirectory organisations,
    IDepartmentDirectory departments,
    IActorContext actor,
    ITenantContext tenant,
    TimeProvider clock,
    IOutputCacheStore cache)
{
    public async Task<AnnouncementRules> RulesAsync(CancellationToken ct)
    {
        var today = WarsawTime.Today(clock);
        var min = await legal.GetAsync(LegalParameterKeys.OfferDeadlineMinDays, today, ct);
        var spheres = await organisations.GetSpheresAsync(today, ct);
        return new AnnouncementRules(min.AsInt(), min.LegalBasis, spheres.Select(s => s.Code).ToHashSet(StringComparer.Ordinal));
    }

    public async Task<Result<Guid>> CreateAsync(Guid departmentId, string? title, ClaimsPrincipal user, CancellationToken ct)
    {
        var department = await departments.FindAsync(departmentId, ct);
        if (department is null || !department.IsActive) return Result.Fail<Guid>(new Error("Competition.DepartmentUnknown", "DepartmentId"));
        if (!CompetitionAccess.MayManage(user, departmentId)) return Result.Fail<Guid>(new Error("Competition.DepartmentNotYours", "DepartmentId"));
        var now = clock.GetUtcNow();
        var year = WarsawTime.DateOf(now).Year;
        var prefix = string.IsNullOrWhiteSpace(department.ShortName) ? Initials(department.Name) : department.ShortName.Trim();
        for (var attempt = 0; ; attempt++)
        {
            var last = await db.Competitions.Where(c => c.DepartmentId == departmentId && c.Year == year).MaxAsync(c => (int?)c.Sequence, ct) ?? 0;
            var created = Competition.Create(departmentId, prefix, year, last + 1, title ?? "", now, user.UserId() ?? Guid.Empty);
            if (!created.Succeeded) return Result.Fail<Guid>([.. created.Errors]);
            db.Competitions.Add(created.Value!);
            try
            {
                await db.SaveChangesAsync(ct);
                return created.Value!.Id;
            }
            catch (DbUpdateException) when (attempt < 2)
            {
                // Two officials created one at the same moment: the unique number refused the second; take the next.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Every message for a form whose numbers could not all be read: the parse errors, plus the
    /// domain's messages for the other fields.</summary>
    public async Task<Result> CheckAsync(Competition competition, Result parseErrors, AnnouncementContent partial, CancellationToken ct)
    {
        var fields = parseErrors.Errors.Select(e => e.Field).ToHashSet();
        var others = competition.Check(partial, await RulesAsync(ct)).Where(e => !fields.Contains(e.Field));
        return Result.From([.. parseErrors.Errors, .. others]);
    }

    public async Task<Result> SaveDraftAsync(Competition competition, int version, AnnouncementContent content, CancellationToken ct)
    {
        db.Entry(competition).Property(c => c.Version).OriginalValue = version;
        var result = competition.EditDraft(content, await RulesAsync(ct));
        if (!result.Succeeded) return result;
        return await SaveAsync(ct);
    }

    public async Task<Result> AnnounceAsync(Competition competition, int version, ClaimsPrincipal user, CancellationToken ct)
    {
        db.Entry(competition).Property(c => c.Version).OriginalValue = version;
        var now = clock.GetUtcNow();
        var person = Person(user);
        var announced = competition.Announce(await RulesAsync(ct), now, user.UserId() ?? Guid.Empty, person.Name);
        if (!announced.Succeeded) return announced;
        var body = await BodyAsync(competition, ct);
        // art. 13 ust. 3 UDPP: published in BIP; shown from the BIP publication date (today or later).
        var visibleFrom = Max(now, WarsawTime.ToUtc(competition.BipPublishedOn!.Value, TimeOnly.MinValue));
        outbox.Add(db, new PublicationRequested(
            GrantsDb.ModuleName, AnnouncementKey(competition.Id), PublicationCategory.Announcement,
            $"Ogłoszenie otwartego konkursu ofert nr {competition.Number}: {competition.Title}", null,
            Summary(competition), body, CompetitionUrls.Public(competition.Id), [], person, person, now, now, visibleFrom, null, null, []));
        return await SaveAsync(ct);
    }

    public async Task<Result> CorrectAsync(Competition competition, int version, AnnouncementContent content, string? reason, ClaimsPrincipal user, CancellationToken ct)
    {
        db.Entry(competition).Property(c => c.Version).OriginalValue = version;
        var now = clock.GetUtcNow();
        var person = Person(user);
        var corrected = competition.Correct(content, reason, await RulesAsync(ct), now, user.UserId() ?? Guid.Empty, person.Name);
        if (!corrected.Succeeded) return corrected;
        var v = corrected.Value!;
        var body = await BodyAsync(competition, ct);
        // A new version of the SAME entry (same source key) with its reason: the register keeps every version.
        outbox.Add(db, new PublicationRequested(
            GrantsDb.ModuleName, AnnouncementKey(competition.Id), PublicationCategory.Announcement,
            $"Ogłoszenie otwartego konkursu ofert nr {competition.Number}: {competition.Title}", null,
            Summary(competition), body, CompetitionUrls.Public(competition.Id), [], person, person, now, now, now, null,
            string.Create(CultureInfo.InvariantCulture, $"Korekta nr {v.Number - 1}: {v.Reason}"), []));
        return await SaveAsync(ct);
    }

    public async Task<Result> CancelAsync(Competition competition, int version, string? reason, ClaimsPrincipal user, CancellationToken ct)
    {
        db.Entry(competition).Property(c => c.Version).OriginalValue = version;
        var now = clock.GetUtcNow();
        var person = Person(user);
        var cancelled = competition.Cancel(reason, now, user.UserId() ?? Guid.Empty, person.Name);
        if (!cancelled.Succeeded) return cancelled;
        // art. 18a ust. 2 UDPP: the cancellation is published like the announcement.
        var body = AnnouncementDocument.Cancellation(competition, tenant.Require().Name);
        outbox.Add(db, new PublicationRequested(
            GrantsDb.ModuleName, CancellationKey(competition.Id), PublicationCategory.Cancellation,
            $"Unieważnienie otwartego konkursu ofert nr {competition.Number}: {competition.Title}", null,
            null, body, CompetitionUrls.Public(competition.Id), [], person, person, now, now, now, null, null, []));
        return await SaveAsync(ct);
    }

    public static string AnnouncementKey(Guid id) => $"competition:{id}:announcement";

    public static string CancellationKey(Guid id) => $"competition:{id}:cancellation";

    private async Task<string> BodyAsync(Competition competition, CancellationToken ct)
    {
        var spheres = (await organisations.GetSpheresAsync(WarsawTime.Today(clock), ct)).ToDictionary(s => s.Code, s => s.NamePolish, StringComparer.Ordinal);
        var department = await departments.FindAsync(competition.DepartmentId, ct);
        return AnnouncementDocument.Body(competition, tenant.Require().Name, department?.Name, spheres);
    }

    private static string Summary(Competition c)
    {
        var funds = c.Tasks.Sum(t => t.Funds);
        return string.Create(CultureInfo.GetCultureInfo("pl"), $"Termin składania ofert: {AnnouncementDocument.Deadline(c.OfferDeadline!.Value)}. Środki: {funds:N2} zł.");
    }

    private PublicationPerson Person(ClaimsPrincipal user)
    {
        var name = user.FindFirstValue(CivitasClaims.DisplayName);
        if (string.IsNullOrWhiteSpace(name)) name = actor.Current.Name;
        return new PublicationPerson(name.Length > PublicationLimits.PersonName ? name[..PublicationLimits.PersonName] : name);
    }

    private async Task<Result> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Fail(new Error("Competition.Conflict"));
        }
        // The public list and page are output-cached per tenant; drop them so the change shows at once.
        if (tenant.TenantId is { } id) await cache.EvictByTagAsync(AnnouncementKeyTag(id), ct);
        return Result.Ok();
    }

    private static string AnnouncementKeyTag(Guid tenantId) => AnonymousPageCachePolicy.TenantTag(tenantId);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static string Initials(string name) =>
        new(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 2).Select(w => char.ToUpperInvariant(w[0])).Take(6).ToArray());
}
