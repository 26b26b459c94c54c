using Civitas.Organisations.Contracts;
using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Civitas.Organisations.Search;
using Civitas.Platform;
using Civitas.Platform.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Organisations.Pages.Organisations.Member;

internal enum RegistrationOutcome
{
    /// <summary>A new organisation; the person is its representative; verification requested.</summary>
    Created = 1,
    /// <summary>The organisation existed (registered in another JST) and the person is its member:
    /// it is now also in this JST's directory, waiting for verification.</summary>
    AddedToDirectory = 2,
    /// <summary>The organisation existed elsewhere and the person is not its member: it is now in this
    /// directory and the person is sent to claim it.</summary>
    ListedForClaim = 3,
}

/// <summary>Registers an organisation on this JST's portal (/organizacje/nowa).</summary>
internal sealed class RegisterOrganisationHandler(
    OrganisationsDb db,
    OrganisationIdentity identity,
    DirectoryProjection projection,
    Platform.Tenancy.ITenantContext tenant,
    TimeProvider clock)
{
    public async Task<Result<(Organisation Organisation, RegistrationOutcome Outcome)>> HandleAsync(OrganisationProfile input, Guid userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var validated = input.Validate(WarsawTime.DateOf(now));
        if (!validated.Succeeded) return Result.Fail<(Organisation, RegistrationOutcome)>([.. validated.Errors]);
        var profile = validated.Value!;

        var existing = await identity.FindAsync(profile.Krs, profile.Nip, ct);
        if (existing is not null) return await ListExistingAsync(existing, profile, userId, now, ct);

        var organisation = Organisation.Create(profile, await identity.UniqueSlugAsync(profile.Name, ct), now);
        db.Organisations.Add(organisation);
        db.Listings.Add(Listing.Create(organisation, tenant.Require().Id, ListingSource.Registered, now, requestVerification: true));
        db.Memberships.Add(new Membership(organisation.Id, userId, OrganisationMemberRole.Representative, now));
        try
        {
            await projection.SaveAsync(organisation, ct);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // Someone registered the same KRS or NIP a moment ago.
            db.ChangeTracker.Clear();
            return Result.Fail<(Organisation, RegistrationOutcome)>(DuplicateError(profile));
        }
        return (organisation, RegistrationOutcome.Created);
    }

    private async Task<Result<(Organisation, RegistrationOutcome)>> ListExistingAsync(Organisation existing, OrganisationProfile profile, Guid userId, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.Listings.AnyAsync(l => l.OrganisationId == existing.Id, ct))
        {
            return Result.Fail<(Organisation, RegistrationOutcome)>(DuplicateError(profile, existing));
        }
        var member = await db.Memberships.AnyAsync(m => m.OrganisationId == existing.Id && m.UserId == userId, ct);
        db.Listings.Add(Listing.Create(existing, tenant.Require().Id, member ? ListingSource.AddedByMember : ListingSource.Registered, now, requestVerification: member));
        try
        {
            await projection.SaveAsync(existing, ct);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            db.ChangeTracker.Clear();
            return Result.Fail<(Organisation, RegistrationOutcome)>(DuplicateError(profile, existing));
        }
        return (existing, member ? RegistrationOutcome.AddedToDirectory : RegistrationOutcome.ListedForClaim);
    }

    private static Error DuplicateError(OrganisationProfile profile, Organisation? existing = null)
    {
        var byKrs = profile.Krs is not null && (existing is null || existing.Krs == profile.Krs);
        return new Error(byKrs ? "Organisation.KrsInDirectory" : "Organisation.NipInDirectory", byKrs ? "Krs" : "Nip", existing?.Name ?? "");
    }
}
