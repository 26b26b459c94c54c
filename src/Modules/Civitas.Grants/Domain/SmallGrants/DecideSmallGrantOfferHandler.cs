using Civitas.Grants.Contracts;
using Civitas.Grants.Data;
using Civitas.Platform;
using Civitas.Platform.Audit;
using Civitas.Platform.Calendar;
using Civitas.Platform.LegalParameters;
using Civitas.Platform.Outbox;
using Civitas.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Grants.Domain.SmallGrants;

/// <summary>Records the decision on a published offer after the comment period (art. 19a ust. 5 UDPP). An
/// award is checked again against the annual caps (the planned total may have changed since the
/// submission) and announced as <see cref="GrantAwarded"/> in the same SaveChanges.</summary>
internal sealed class DecideSmallGrantOfferHandler(GrantsDb db, IOutbox outbox, ILegalParameters parameters, ITenantContext tenant, TimeProvider clock)
{
    public async Task<Result> HandleAsync(Guid offerId, bool grant, decimal? amount, string? reason, Actor official, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(official);
        var offer = await db.SmallGrantOffers.FirstOrDefaultAsync(o => o.Id == offerId, ct);
        if (offer is null) return Result.Fail(new Error("SmallGrant.NotFound"));
        if (reason is not null && reason.Trim().Length > SmallGrantRules.ReasonMax) return Result.Fail(new Error("SmallGrant.ReasonTooLong", "Reason", SmallGrantRules.ReasonMax));
        var now = clock.GetUtcNow();
        SmallGrantPlan? plan = null;
        if (grant && amount is > 0 && offer.Year is { } year)
        {
            var limits = await SmallGrantLimits.LoadAsync(parameters, WarsawTime.DateOf(now), ct);
            plan = await db.SmallGrantPlans.FirstOrDefaultAsync(p => p.Year == year, ct);
            var (organisationOthers, tenantOthers) = await SmallGrantTotals.OthersAsync(db, year, offer.OrganisationId, offer.Id, ct);
            var caps = SmallGrantRules.Caps(amount.Value, year, organisationOthers, tenantOthers, plan?.PlannedTotal, limits)
                .Select(e => e with { Field = "Amount" }).ToList();
            if (caps.Count > 0) return Result.From(caps);
        }
        var decided = offer.Decide(grant, amount, reason, official.Name, now);
        if (!decided.Succeeded) return decided;
        if (offer.Status == SmallGrantOfferStatus.Granted)
        {
            plan?.Touch(now);
            outbox.Add(db, new GrantAwarded(tenant.Require().Id, offer.OrganisationId, offer.Id, offer.Id, offer.Title, offer.SphereCode ?? "",
                offer.GrantedAmount!.Value, offer.Year!.Value, SmallGrant: true));
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Result.Fail(new Error("SmallGrant.Conflict"));
        }
        return Result.Ok();
    }
}
