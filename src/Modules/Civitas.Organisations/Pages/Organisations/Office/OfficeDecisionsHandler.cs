using Civitas.Organisations.Contracts;
using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Civitas.Organisations.Krs;
using Civitas.Organisations.Search;
using Civitas.Platform;
using Civitas.Platform.Files;
using Civitas.Platform.Outbox;
using Civitas.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Organisations.Pages.Organisations.Office;

/// <summary>What officials decide about organisations in their JST's directory: verification (KRS
/// lookup or an uploaded document), rejection and suspension with a reason, claims, internal notes.
/// Everything is audited (the entities are <c>IAudited</c>); verification and suspension are
/// announced to other modules through the outbox in the same save.</summary>
internal sealed class OfficeDecisionsHandler(
    OrganisationsDb db,
    KrsClient krs,
    IFileStore files,
    IOutbox outbox,
    ITenantContext tenant,
    DirectoryProjection projection,
    TimeProvider clock)
{
    public async Task<Result<KrsExtract>> LookUpAsync(Guid organisationId, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organisationId, ct);
        if (organisation is null) return Result.Fail<KrsExtract>(new Error("Organisation.NotFound"));
        if (organisation.Krs is null) return Result.Fail<KrsExtract>(new Error("Listing.NoKrs"));
        return await krs.GetCurrentExtractAsync(organisation.Krs, ct);
    }

    /// <summary>Verifies on the strength of the current KRS extract, fetched again now; the register's
    /// public-benefit status and liquidation are taken over into the profile.</summary>
    public async Task<Result> VerifyByKrsAsync(Guid organisationId, int version, Guid officialId, CancellationToken ct)
    {
        var (listing, organisation) = await LoadAsync(organisationId, version, ct);
        if (listing is null || organisation is null) return Result.Fail(new Error("Organisation.NotFound"));
        if (organisation.Krs is null) return Result.Fail(new Error("Listing.NoKrs"));
        var extract = await krs.GetCurrentExtractAsync(organisation.Krs, ct);
        if (!extract.Succeeded) return extract;
        var now = clock.GetUtcNow();
        var verified = listing.Verify(VerificationMethod.KrsLookup, null, officialId, now);
        if (!verified.Succeeded) return verified;
        var facts = organisation.ToProfile() with { IsPublicBenefit = extract.Value!.IsPublicBenefit, InLiquidation = extract.Value.InLiquidation || extract.Value.Dissolved };
        organisation.Update(facts, now);
        organisation.MarkKrsChecked(now);
        outbox.Add(db, new OrganisationVerified(organisation.Id, tenant.Require().Id, organisation.Name, organisation.Krs, now));
        return await SaveAsync(organisation, ct);
    }

    public async Task<Result> VerifyWithDocumentAsync(Guid organisationId, int version, Guid officialId, Stream document, string fileName, CancellationToken ct)
    {
        var (listing, organisation) = await LoadAsync(organisationId, version, ct);
        if (listing is null || organisation is null) return Result.Fail(new Error("Organisation.NotFound"));
        if (listing.Status == OrganisationStatus.Verified) return Result.Fail(new Error("Listing.AlreadyVerified"));
        var stored = await files.SaveAsync(new FileUpload(document, fileName, OrganisationFiles.Documents, OrganisationFiles.Verification, organisationId, false, OrganisationFiles.DocumentMaxBytes), ct);
        if (!stored.Succeeded) return Result.Fail([.. stored.Errors.Select(e => e with { Field = "Document" })]);
        var now = clock.GetUtcNow();
        var method = organisation.Krs is null ? VerificationMethod.RegisterDocument : VerificationMethod.KrsExtract;
        var verified = listing.Verify(method, stored.Value!.Id, officialId, now);
        if (!verified.Succeeded) return verified;
        outbox.Add(db, new OrganisationVerified(organisation.Id, tenant.Require().Id, organisation.Name, organisation.Krs, now));
        return await SaveAsync(organisation, ct);
    }

    public async Task<Result> RejectAsync(Guid organisationId, int version, Guid officialId, string? reason, CancellationToken ct)
    {
        var (listing, organisation) = await LoadAsync(organisationId, version, ct);
        if (listing is null || organisation is null) return Result.Fail(new Error("Organisation.NotFound"));
        var result = listing.Reject(reason, officialId, clock.GetUtcNow());
        return result.Succeeded ? await SaveAsync(organisation, ct) : result;
    }

    public async Task<Result> SuspendAsync(Guid organisationId, int version, Guid officialId, string? reason, CancellationToken ct)
    {
        var (listing, organisation) = await LoadAsync(organisationId, version, ct);
        if (listing is null || organisation is null) return Result.Fail(new Error("Organisation.NotFound"));
        var now = clock.GetUtcNow();
        var result = listing.Suspend(reason, officialId, now);
        if (!result.Succeeded) return result;
        outbox.Add(db, new OrganisationSuspended(organisation.Id, tenant.Require().Id, listing.StatusReason!, now));
        return await SaveAsync(organisation, ct);
    }

    public async Task<Result> DecideClaimAsync(Guid organisationId, Guid claimId, bool approve, string? reason, Guid officialId, CancellationToken ct)
    {
        var claim = await db.Claims.FirstOrDefaultAsync(c => c.Id == claimId && c.OrganisationId == organisationId, ct);
        if (claim is null) return Result.Fail(new Error("Claim.NotFound"));
        var now = clock.GetUtcNow();
        var result = approve ? claim.Approve(officialId, now) : claim.Reject(reason, officialId, now);
        if (!result.Succeeded) return result;
        if (approve)
        {
            var organisation = await db.Organisations.FirstAsync(o => o.Id == organisationId, ct);
            var member = await db.Memberships.FirstOrDefaultAsync(m => m.OrganisationId == organisationId && m.UserId == claim.UserId, ct);
            if (member is null) db.Memberships.Add(new Membership(organisationId, claim.UserId, OrganisationMemberRole.Representative, now));
            else member.Role = OrganisationMemberRole.Representative;
            organisation.TouchMembers(now);
        }
        try
        {
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Result.Fail(new Error("Organisation.Concurrency"));
        }
    }

    public async Task<Result> AddNoteAsync(Guid organisationId, Guid officialId, string officialName, string? text, CancellationToken ct)
    {
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t)) return Result.Fail(new Error("Note.Required", "Text"));
        if (t.Length > 4000) return Result.Fail(new Error("Organisation.TooLong", "Text", 4000));
        if (!await db.Listings.AnyAsync(l => l.OrganisationId == organisationId, ct)) return Result.Fail(new Error("Organisation.NotFound"));
        db.Notes.Add(new OfficeNote(organisationId, t, officialId, officialName, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }

    private async Task<(Listing? Listing, Organisation? Organisation)> LoadAsync(Guid organisationId, int version, CancellationToken ct)
    {
        var listing = await db.Listings.FirstOrDefaultAsync(l => l.OrganisationId == organisationId, ct);
        if (listing is null) return (null, null);
        db.Entry(listing).Property(l => l.Version).OriginalValue = version;
        var organisation = await db.Organisations.Include(o => o.Spheres).FirstAsync(o => o.Id == organisationId, ct);
        return (listing, organisation);
    }

    private async Task<Result> SaveAsync(Organisation organisation, CancellationToken ct)
    {
        try
        {
            await projection.SaveAsync(organisation, ct);
            // Visibility may have changed: the listing of this JST leaves or enters the cached pages.
            await projection.EvictAsync([tenant.Require().Id], ct);
            return Result.Ok();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Result.Fail(new Error("Organisation.Concurrency"));
        }
    }
}
