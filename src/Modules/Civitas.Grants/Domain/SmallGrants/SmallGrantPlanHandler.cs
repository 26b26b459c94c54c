using Civitas.Grants.Data;
using Civitas.Platform;
using Civitas.Platform.Audit;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Grants.Domain.SmallGrants;

/// <summary>Enters or changes the planned total of grants for NGO tasks of a budget year.</summary>
internal sealed class SmallGrantPlanHandler(GrantsDb db, TimeProvider clock)
{
    public const int MinYear = 2004;
    public const int MaxYear = 2100;

    public async Task<Result> HandleAsync(int? year, decimal? plannedTotal, string? note, Actor official, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(official);
        var errors = new List<Error>();
        if (year is not { } y) errors.Add(new Error("SmallGrant.Required", "Year"));
        else if (y is < MinYear or > MaxYear) errors.Add(new Error("SmallGrant.YearOutOfRange", "Year", MinYear, MaxYear));
        if (plannedTotal is not { } total) errors.Add(new Error("SmallGrant.Required", "PlannedTotal"));
        else if (total <= 0) errors.Add(new Error("SmallGrant.NotPositive", "PlannedTotal"));
        else if (total >= 1_000_000_000_000m) errors.Add(new Error("SmallGrant.TooLarge", "PlannedTotal"));
        if (note is not null && note.Trim().Length > 1000) errors.Add(new Error("SmallGrant.ReasonTooLong", "Note", 1000));
        if (errors.Count > 0) return Result.From(errors);

        var now = clock.GetUtcNow();
        var plan = await db.SmallGrantPlans.FirstOrDefaultAsync(p => p.Year == year, ct);
        if (plan is null) db.SmallGrantPlans.Add(SmallGrantPlan.Create(year!.Value, plannedTotal!.Value, note, official.Name, now));
        else plan.Change(plannedTotal!.Value, note, official.Name, now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two officials entered the same year at once (unique index) or changed it at once (token).
            db.ChangeTracker.Clear();
            return Result.Fail(new Error("SmallGrant.Conflict"));
        }
        return Result.Ok();
    }
}
