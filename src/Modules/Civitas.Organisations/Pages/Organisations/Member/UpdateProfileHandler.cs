using Civitas.Organisations.Contracts;
using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Civitas.Organisations.Search;
using Civitas.Platform;
using Civitas.Platform.Calendar;
using Civitas.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Organisations.Pages.Organisations.Member;

/// <summary>Saves an organisation's profile and its area of activity in this JST.</summary>
internal sealed class UpdateProfileHandler(
    OrganisationsDb db,
    OrganisationIdentity identity,
    DirectoryProjection projection,
    TimeProvider clock)
{
    public async Task<Result> HandleAsync(Guid organisationId, int version, OrganisationProfile input, bool wholeTenant, IReadOnlyCollection<Guid> districtIds, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var organisation = await db.Organisations.Include(o => o.Spheres).FirstOrDefaultAsync(o => o.Id == organisationId, ct);
        if (organisation is null) return Result.Fail(new Error("Organisation.NotFound"));
        var listing = await db.Listings.Include(l => l.Districts).FirstOrDefaultAsync(l => l.OrganisationId == organisationId, ct);

        var validated = input.Validate(WarsawTime.DateOf(now));
        if (!validated.Succeeded) return validated;
        var profile = validated.Value!;

        var errors = new List<Error>();
        // The identity an official verified stays as verified: a wrong number is corrected by the office.
        var verifiedAnywhere = await db.Listings.IgnoreQueryFilters([TenantFilter.Name])
            .AnyAsync(l => l.OrganisationId == organisationId && l.Status == OrganisationStatus.Verified, ct);
        if (verifiedAnywhere && profile.Krs != organisation.Krs) errors.Add(new Error("Organisation.IdentityLocked", "Krs"));
        if (verifiedAnywhere && profile.Nip != organisation.Nip && organisation.Nip is not null) errors.Add(new Error("Organisation.IdentityLocked", "Nip"));
        var other = await identity.FindAsync(profile.Krs, profile.Nip, ct, except: organisationId);
        if (other is not null)
        {
            errors.Add(other.Krs is not null && other.Krs == profile.Krs
                ? new Error("Organisation.KrsTaken", "Krs", other.Name)
                : new Error("Organisation.NipTaken", "Nip", other.Name));
        }
        var validDistricts = districtIds.Count == 0 ? [] : await db.Districts.Where(d => districtIds.Contains(d.Id)).Select(d => d.Id).ToListAsync(ct);
        if (validDistricts.Count != districtIds.Distinct().Count()) errors.Add(new Error("Organisation.DistrictUnknown", "Districts"));
        if (errors.Count > 0) return Result.Fail([.. errors]);

        db.Entry(organisation).Property(o => o.Version).OriginalValue = version;
        organisation.Update(profile, now);
        listing?.SetArea(wholeTenant, validDistricts);
        try
        {
            await projection.SaveAsync(organisation, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Result.Fail(new Error("Organisation.Concurrency"));
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            db.ChangeTracker.Clear();
            return Result.Fail(new Error("Organisation.KrsTaken", "Krs", profile.Krs ?? profile.Nip ?? ""));
        }
        return Result.Ok();
    }
}
