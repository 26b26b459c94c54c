using Civitas.Grants.Data;
using Civitas.Organisations.Contracts;
using Civitas.Platform;
using Civitas.Platform.Calendar;
using Civitas.Platform.LegalParameters;
using Civitas.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Grants.Domain.SmallGrants;

/// <summary>Saves a draft of a simplified offer (editor or representative of the organisation) or submits it
/// (representative only). A submission that breaks any rule writes nothing.</summary>
internal sealed class SaveSmallGrantOfferHandler(
    GrantsDb db,
    IOrganisationDirectory organisations,
    ILegalParameters parameters,
    ITenantContext tenant,
    TimeProvider clock)
{
    public async Task<Result<Guid>> HandleAsync(Guid? offerId, Guid organisationId, SmallGrantOfferContent content, bool submit, Guid userId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var now = clock.GetUtcNow();
        SmallGrantOffer? offer = null;
        if (offerId is { } id)
        {
            offer = await db.SmallGrantOffers.Include(o => o.CostLines).FirstOrDefaultAsync(o => o.Id == id, ct);
            if (offer is null) return Result.Fail<Guid>(new Error("SmallGrant.NotFound"));
            organisationId = offer.OrganisationId;
            if (!offer.IsDraft) return Result.Fail<Guid>(new Error("SmallGrant.NotDraft"));
        }
        if (organisationId == Guid.Empty) return Result.Fail<Guid>(new Error("SmallGrant.ChooseOrganisation", "OrganisationId"));
        if (!await organisations.IsEditorAsync(userId, organisationId, ct)) return Result.Fail<Guid>(new Error("SmallGrant.NotEditor", "OrganisationId"));
        if (submit && !await organisations.IsRepresentativeAsync(userId, organisationId, ct))
        {
            return Result.Fail<Guid>(new Error("SmallGrant.OnlyRepresentativeSubmits", "OrganisationId"));
        }

        var summary = (await organisations.GetAsync([organisationId], ct)).GetValueOrDefault(organisationId);
        var eligibility = SmallGrantRules.Eligibility(summary);
        // A draft may wait for the office's verification; an organisation of another JST or of an excluded
        // legal form may not even start one here.
        if (!submit) eligibility = eligibility.Where(e => e.Code is "SmallGrant.OrganisationNotListed" or "SmallGrant.OrganisationExcluded").ToList();
        if (eligibility.Count > 0) return Result.Fail<Guid>([.. eligibility]);

        if (!submit)
        {
            if (offer is null)
            {
                offer = SmallGrantOffer.StartDraft(organisationId, content, userId, now);
                db.SmallGrantOffers.Add(offer);
            }
            else
            {
                offer.Update(content, now);
            }
            return await SaveAsync(offer.Id, ct);
        }

        var today = WarsawTime.Today(clock);
        var limits = await SmallGrantLimits.LoadAsync(parameters, today, ct);
        var spheres = (await organisations.GetSpheresAsync(today, ct)).Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        var errors = SmallGrantRules.Validate(content, limits, spheres, today).ToList();
        if (errors.Count > 0) return Result.Fail<Guid>([.. errors]);

        var year = content.StartDate!.Value.Year;
        var plan = await db.SmallGrantPlans.FirstOrDefaultAsync(p => p.Year == year, ct);
        var (organisationOthers, tenantOthers) = await SmallGrantTotals.OthersAsync(db, year, organisationId, offer?.Id ?? Guid.Empty, ct);
        errors.AddRange(SmallGrantRules.Caps(content.GrantAmount!.Value, year, organisationOthers, tenantOthers, plan?.PlannedTotal, limits));
        if (errors.Count > 0) return Result.Fail<Guid>([.. errors]);

        if (offer is null)
        {
            offer = SmallGrantOffer.StartDraft(organisationId, content, userId, now);
            db.SmallGrantOffers.Add(offer);
        }
        else
        {
            offer.Update(content, now);
        }
        var data = (await organisations.GetOfferorDataAsync([organisationId], ct)).GetValueOrDefault(organisationId);
        var snapshot = new OfferorSnapshot
        {
            Name = summary!.Name,
            LegalForm = summary.LegalForm.ToString(),
            Krs = summary.Krs,
            OtherRegister = summary.OtherRegister,
            RegisteredAddress = summary.RegisteredAddress,
            CorrespondenceAddress = data?.CorrespondenceAddress,
            Email = data?.Email,
            Phone = data?.Phone,
            Website = data?.Website,
        };
        var receivedOn = WarsawTime.DateOf(now);
        var publishBy = SmallGrantRules.PublishBy(receivedOn, limits, tenant.Require().MoveDeadlinesOffNonWorkingDays);
        var submitted = offer.Submit(snapshot, userId, now, receivedOn, publishBy);
        if (!submitted.Succeeded) return Result.Fail<Guid>([.. submitted.Errors]);
        plan!.Touch(now);
        return await SaveAsync(offer.Id, ct);
    }

    private async Task<Result<Guid>> SaveAsync(Guid id, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Result.Ok(id);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another member saved this draft, or another submission of the year took part of the cap, in
            // the same moment: nothing was written; the form keeps the input and the person tries again.
            db.ChangeTracker.Clear();
            return Result.Fail<Guid>(new Error("SmallGrant.Conflict"));
        }
    }
}
