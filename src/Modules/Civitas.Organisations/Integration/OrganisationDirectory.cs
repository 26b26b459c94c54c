using Civitas.Organisations.Contracts;
using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Organisations.Integration;

/// <summary>The module's answers to other modules (IOrganisationDirectory), one query per batch.</summary>
internal sealed class OrganisationDirectory(OrganisationsDb db) : IOrganisationDirectory
{
    public async Task<IReadOnlyDictionary<Guid, OrganisationSummary>> GetAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0) return new Dictionary<Guid, OrganisationSummary>();
        var distinct = ids.Distinct().ToList();
        var rows = await db.Organisations.AsNoTracking()
            .Where(o => distinct.Contains(o.Id))
            .Select(o => new
            {
                o.Id,
                o.Name,
                o.ShortName,
                o.Slug,
                o.LegalForm,
                o.Krs,
                o.OtherRegisterName,
                o.OtherRegisterNumber,
                o.Nip,
                o.Regon,
                o.IsPublicBenefit,
                o.InLiquidation,
                o.Street,
                o.Building,
                o.Unit,
                o.PostalCode,
                o.City,
                // Tenant-filtered: the status in the JST of the current request or job.
                Status = db.Listings.Where(l => l.OrganisationId == o.Id).Select(l => (OrganisationStatus?)l.Status).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r =>
        {
            var eligibility = LegalForms.EligibilityOf(r.LegalForm);
            var status = r.Status ?? OrganisationStatus.NotListed;
            return new OrganisationSummary(r.Id, r.Name, r.ShortName, r.Slug, r.LegalForm, eligibility, r.Krs,
                r.OtherRegisterName is null ? null : $"{r.OtherRegisterName} {r.OtherRegisterNumber}",
                r.Nip, r.Regon, r.IsPublicBenefit, r.InLiquidation, Address.Line(r.Street, r.Building, r.Unit, r.PostalCode, r.City), status,
                eligibility != OrganisationEligibility.Excluded && status == OrganisationStatus.Verified && !r.InLiquidation);
        });
    }

    public async Task<IReadOnlyDictionary<Guid, OrganisationEligibility>> GetEligibilityAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var distinct = ids.Distinct().ToList();
        var forms = await db.Organisations.AsNoTracking().Where(o => distinct.Contains(o.Id)).Select(o => new { o.Id, o.LegalForm }).ToListAsync(ct);
        return forms.ToDictionary(f => f.Id, f => LegalForms.EligibilityOf(f.LegalForm));
    }

    public Task<bool> IsRepresentativeAsync(Guid personId, Guid organisationId, CancellationToken ct = default)
        => db.Memberships.AnyAsync(m => m.UserId == personId && m.OrganisationId == organisationId && m.Role == OrganisationMemberRole.Representative, ct);

    public Task<bool> IsEditorAsync(Guid personId, Guid organisationId, CancellationToken ct = default)
        => db.Memberships.AnyAsync(m => m.UserId == personId && m.OrganisationId == organisationId
            && (m.Role == OrganisationMemberRole.Editor || m.Role == OrganisationMemberRole.Representative), ct);

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<Guid>>> GetRepresentativesAsync(IReadOnlyCollection<Guid> organisationIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(organisationIds);
        if (organisationIds.Count == 0) return new Dictionary<Guid, IReadOnlyList<Guid>>();
        var distinct = organisationIds.Distinct().ToList();
        var rows = await db.Memberships.AsNoTracking()
            .Where(m => distinct.Contains(m.OrganisationId) && m.Role == OrganisationMemberRole.Representative)
            .Select(m => new { m.OrganisationId, m.UserId })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.OrganisationId).ToDictionary(g => g.Key, g => (IReadOnlyList<Guid>)g.Select(r => r.UserId).Distinct().ToList());
    }

    public async Task<IReadOnlyList<OrganisationMembership>> GetMembershipsAsync(Guid personId, CancellationToken ct = default)
        => (await db.Memberships.AsNoTracking().Where(m => m.UserId == personId)
            .Join(db.Organisations, m => m.OrganisationId, o => o.Id, (m, o) => new { o.Id, o.Name, m.Role })
            .OrderBy(m => m.Name).ToListAsync(ct))
            .Select(m => new OrganisationMembership(m.Id, m.Name, m.Role)).ToList();

    public async Task<IReadOnlyDictionary<Guid, OfferorData>> GetOfferorDataAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0) return new Dictionary<Guid, OfferorData>();
        var distinct = ids.Distinct().ToList();
        var rows = await db.Organisations.AsNoTracking()
            .Where(o => distinct.Contains(o.Id))
            .Select(o => new { o.Id, o.CorrespondenceAddress, o.Email, o.Phone, o.Website })
            .ToListAsync(ct);
        var spheres = (await db.OrganisationSpheres.AsNoTracking()
                .Where(s => distinct.Contains(s.OrganisationId))
                .Select(s => new { s.OrganisationId, s.SphereCode })
                .ToListAsync(ct))
            .ToLookup(s => s.OrganisationId, s => s.SphereCode);
        return rows.ToDictionary(r => r.Id, r => new OfferorData(r.Id, r.CorrespondenceAddress, r.Email, r.Phone, r.Website,
            spheres[r.Id].OrderBy(SphereSeed.IndexOf).ToList()));
    }

    public async Task<IReadOnlyList<PublicTaskSphere>> GetSpheresAsync(DateOnly asOf, CancellationToken ct = default)
        => (await db.Spheres.AsNoTracking()
                .Where(s => s.ValidFrom <= asOf && (s.ValidTo == null || s.ValidTo >= asOf))
                .OrderBy(s => s.SortOrder)
                .Select(s => new { s.Code, s.NamePl, s.NameEn, s.LawTextConfirmed })
                .ToListAsync(ct))
            .Select(s => new PublicTaskSphere(s.Code, s.NamePl, s.NameEn, s.LawTextConfirmed)).ToList();

    public async Task<Guid?> FindAsync(string krsOrSlug, CancellationToken ct = default)
    {
        var value = krsOrSlug?.Trim() ?? "";
        if (value.Length == 0) return null;
        // A pasted profile address ("https://…/organizacje/fundacja-x") names the slug at its end.
        var slash = value.TrimEnd('/').LastIndexOf('/');
        if (slash >= 0) value = value.TrimEnd('/')[(slash + 1)..];
        var compact = value.Replace(" ", "", StringComparison.Ordinal);
        if (compact.Length is > 0 and <= 10 && compact.All(char.IsAsciiDigit))
        {
            // KRS numbers are ten digits; people often leave out the leading zeros.
            var krs = compact.PadLeft(10, '0');
            return await db.Organisations.AsNoTracking().Where(o => o.Krs == krs).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct);
        }
        var slug = value.ToLowerInvariant();
        return await db.Organisations.AsNoTracking().Where(o => o.Slug == slug).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct);
    }
}
