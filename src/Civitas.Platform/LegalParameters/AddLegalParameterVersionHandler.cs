using System.Data;
using Civitas.Platform.Calendar;
using Civitas.Platform.Data;
using Civitas.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Civitas.Platform.LegalParameters;

/// <summary>Adds a new version of a legal parameter from a date on. History is never rewritten: the
/// version in force until then is closed the day before, and the new one runs until the next
/// scheduled version (if any). Both rows are saved together and audited (LegalParameter is IAudited).</summary>
internal sealed class AddLegalParameterVersionHandler(PlatformDb db, ITenantContext tenant, IMemoryCache cache, TimeProvider clock)
{
    public sealed record Command(string Key, string? Value, DateOnly ValidFrom, string Reason, string LegalBasis, bool Verified);

    /// <summary>Value false: the tenant has no parameter with this key.</summary>
    public async Task<Result<bool>> HandleAsync(Command command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var tenantId = tenant.Require().Id;
        var today = WarsawTime.Today(clock);
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
            var versions = await db.LegalParameters.Where(p => p.Key == command.Key).OrderBy(p => p.ValidFrom).ToListAsync(ct);
            if (versions.Count == 0) return Result.Ok(false);

            var errors = new List<Error>();
            var template = versions[^1];
            var value = LegalValueInput.Parse(command.Value, template.Unit);
            errors.AddRange(value.Errors);
            // A change takes effect from today at the earliest: what was in force yesterday stays as it was.
            if (command.ValidFrom < today) errors.Add(new Error("LegalParams.PastDate", "ValidFrom", today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            else if (versions.Any(v => v.ValidFrom == command.ValidFrom)) errors.Add(new Error("LegalParams.SameDate", "ValidFrom"));
            if (errors.Count > 0) return Result.Fail<bool>([.. errors]);

            var previous = versions.LastOrDefault(v => v.ValidFrom < command.ValidFrom);
            var next = versions.FirstOrDefault(v => v.ValidFrom > command.ValidFrom);
            if (previous is not null) previous.ValidTo = command.ValidFrom.AddDays(-1);
            db.LegalParameters.Add(new LegalParameter
            {
                Key = command.Key,
                Value = value.Value,
                Unit = template.Unit,
                DayType = template.DayType,
                LegalBasis = command.LegalBasis.Trim(),
                ValidFrom = command.ValidFrom,
                ValidTo = next?.ValidFrom.AddDays(-1),
                Unverified = !command.Verified,
                ChangeReason = command.Reason.Trim(),
                CreatedAt = clock.GetUtcNow(),
            });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (Exception e) when (WriteConflicts.IsSerializationFailure(e) || WriteConflicts.IsUniqueViolation(e))
        {
            return Result.Fail<bool>(new Error("LegalParams.Conflict"));
        }
        cache.Remove(LegalParameters.CacheKey(tenantId));
        return Result.Ok(true);
    }
}
