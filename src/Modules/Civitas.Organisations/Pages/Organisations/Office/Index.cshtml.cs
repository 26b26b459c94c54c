using Civitas.Organisations.Contracts;
using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Civitas.Organisations.Search;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Organisations.Pages.Organisations.Office;

/// <summary>Officials' register of the JST's organisations: every status, the verification queue,
/// pending claims (folder policy: Official).</summary>
internal sealed class IndexModel(OrganisationsDb db, Platform.Tenancy.ITenantContext tenant) : PageModel
{
    public sealed record Row(Guid OrganisationId, string Name, string City, OrganisationLegalForm LegalForm, OrganisationStatus Status,
        DateTimeOffset? VerificationRequestedAt, ListingSource Source, DateTimeOffset ListedAt);

    public PagedList<Row> Rows { get; private set; } = null!;
    public PagerModel Pager { get; private set; } = null!;
    public string? Q { get; private set; }
    public string Show { get; private set; } = "all";
    public int QueueCount { get; private set; }
    public bool TotalIsExact { get; private set; }
    public int PendingClaims { get; private set; }

    public async Task OnGetAsync(string? q, string? show, int? page, CancellationToken ct)
    {
        Q = q?.Trim();
        Show = show is "queue" or "unverified" or "verified" or "rejected" or "suspended" ? show : "all";
        var terms = SearchText.Terms(Q).Where(t => !t.StartsWith(SearchTokens.Prefix, StringComparison.Ordinal)).ToList();
        // Every status, so only the JST's token besides the words.
        var query = terms.Count == 0 ? db.Listings : ListingSearch.Matching(db, new SearchScope(tenant.Require().Id, VisibleOnly: false), terms, []);
        query = Show switch
        {
            "queue" => query.Where(l => l.VerificationRequestedAt != null && l.Status == OrganisationStatus.Unverified),
            "unverified" => query.Where(l => l.Status == OrganisationStatus.Unverified),
            "verified" => query.Where(l => l.Status == OrganisationStatus.Verified),
            "rejected" => query.Where(l => l.Status == OrganisationStatus.Rejected),
            "suspended" => query.Where(l => l.Status == OrganisationStatus.Suspended),
            _ => query,
        };
        var numbers = PageNumbers.From(page, 50, 50);
        // Bounded like the public directory's count: beyond the cap the page says "more than".
        var counted = await query.Take(DirectorySearch.CountCap + 1).CountAsync(ct);
        TotalIsExact = counted <= DirectorySearch.CountCap;
        var total = Math.Min(counted, DirectorySearch.CountCap);
        var ordered = Show == "queue" ? query.OrderBy(l => l.VerificationRequestedAt).ThenBy(l => l.Id) : query.OrderBy(l => l.SortName).ThenBy(l => l.Id);
        var items = await ordered.Skip(numbers.Skip).Take(numbers.PageSize).AsNoTracking()
            .Select(l => new Row(l.OrganisationId, l.Name, l.City, l.LegalForm, l.Status, l.VerificationRequestedAt, l.Source, l.ListedAt))
            .ToListAsync(ct);
        Rows = new PagedList<Row>(items, total, numbers.Page, numbers.PageSize);
        Pager = new PagerModel(Request, Rows.Page, Rows.PageCount);
        QueueCount = await db.Listings.CountAsync(l => l.VerificationRequestedAt != null && l.Status == OrganisationStatus.Unverified, ct);
        PendingClaims = await db.Claims.CountAsync(c => c.Status == ClaimStatus.Pending, ct);
    }
}
