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

    public async Task<IReadOnlyList<OrganisationMembership>> GetMembershipsAsync(Guid personId, CancellationToken ct = default)
        => (await db.Memberships.AsNoTracking().Where(m => m.UserId == personId)
            .Join(db.Organisations, m => m.OrganisationId, o => o.Id, (m, o) => new { o.Id, o.Name, m.Role })
            .OrderBy(m => m.Name).ToListAsync(ct))
            .Select(m => new OrganisationMembership(m.Id, m.Name, m.Role)).ToList();
}
