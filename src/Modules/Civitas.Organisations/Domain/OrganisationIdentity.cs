using Civitas.Organisations.Data;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Organisations.Domain;

/// <summary>Finds organisations by their national identity (KRS, then NIP, then REGON) and hands out
/// unique slugs.</summary>
internal sealed class OrganisationIdentity(OrganisationsDb db)
{
    /// <summary>The organisation with this KRS or NIP (validated, normalised values), or null.</summary>
    public async Task<Organisation?> FindAsync(string? krs, string? nip, CancellationToken ct, Guid? except = null)
    {
        if (krs is null && nip is null) return null;
        return await db.Organisations.Include(o => o.Spheres)
            .Where(o => o.Id != except && ((krs != null && o.Krs == krs) || (nip != null && o.Nip == nip)))
            .OrderBy(o => o.Krs == krs ? 0 : 1)
            .FirstOrDefaultAsync(ct);
    }

    public async Task<string> UniqueSlugAsync(string name, CancellationToken ct)
    {
        var slug = Slugs.From(name);
        var prefix = slug + "-";
        var taken = await db.Organisations.AsNoTracking().Where(o => o.Slug == slug || o.Slug.StartsWith(prefix)).Select(o => o.Slug).ToListAsync(ct);
        if (!taken.Contains(slug)) return slug;
        for (var i = 2; ; i++)
        {
            var candidate = $"{slug}-{i}";
            if (!taken.Contains(candidate)) return candidate;
        }
    }
}
