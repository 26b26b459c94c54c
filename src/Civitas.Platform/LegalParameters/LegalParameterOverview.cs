using Civitas.Platform.Calendar;
using Civitas.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Platform.LegalParameters;

/// <summary>The current tenant's legal parameters: the version in force today, the next scheduled one
/// and the whole history of every key, for the officials' and administrators' tables.</summary>
internal sealed class LegalParameterOverview(PlatformDb db, TimeProvider clock)
{
    public sealed record Version(Guid Id, string Key, decimal Value, LegalUnit Unit, DayCountType DayType, string LegalBasis,
        DateOnly ValidFrom, DateOnly? ValidTo, bool Unverified, string? ChangeReason, DateTimeOffset CreatedAt);

    public sealed record Row(string Key, Version? Current, Version? Next, IReadOnlyList<Version> History);

    public async Task<IReadOnlyList<Row>> LoadAsync(CancellationToken ct)
    {
        var today = WarsawTime.Today(clock);
        // A few dozen keys with a handful of versions each: one query, grouped here.
        var all = await db.LegalParameters.AsNoTracking()
            .Select(p => new Version(p.Id, p.Key, p.Value, p.Unit, p.DayType, p.LegalBasis, p.ValidFrom, p.ValidTo, p.Unverified, p.ChangeReason, p.CreatedAt))
            .ToListAsync(ct);
        var order = LegalParameterSeed.Defaults.Select((d, i) => (d.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        return all.GroupBy(v => v.Key, StringComparer.Ordinal)
            .OrderBy(g => order.GetValueOrDefault(g.Key, int.MaxValue)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var history = g.OrderByDescending(v => v.ValidFrom).ToList();
                var current = history.FirstOrDefault(v => v.ValidFrom <= today && (v.ValidTo is null || v.ValidTo >= today));
                var next = history.Where(v => v.ValidFrom > today).OrderBy(v => v.ValidFrom).FirstOrDefault();
                return new Row(g.Key, current, next, history);
            })
            .ToList();
    }

    /// <summary>One key's row, or null when the tenant has no such key.</summary>
    public async Task<Row?> LoadAsync(string key, CancellationToken ct)
        => (await LoadAsync(ct)).FirstOrDefault(r => r.Key == key);
}
