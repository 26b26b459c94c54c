using Civitas.Grants.Data;
using Civitas.Grants.Domain.Competitions;
using Civitas.Platform.Ui;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Grants.Web.Competitions;

/// <summary>Read models of competitions for lists, the public page and the API (no tracking, projected).</summary>
internal sealed class CompetitionQueries(GrantsDb db, TimeProvider clock)
{
    public sealed record Row(Guid Id, string Number, string Title, CompetitionStatus Status, DateTimeOffset? OfferDeadline, Guid DepartmentId, int Year, decimal Funds, IReadOnlyList<string> Spheres)
    {
        public PublicState State(DateTimeOffset now) => Public(Status, OfferDeadline, now);
    }

    public sealed record Filter(PublicState? State, int? Year, string? Sphere, Guid? DepartmentId);

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>What the public sees of a competition's state.</summary>
    public static PublicState Public(CompetitionStatus status, DateTimeOffset? deadline, DateTimeOffset now) => status switch
    {
        CompetitionStatus.Announced when deadline is { } d && now < d => PublicState.Open,
        CompetitionStatus.Announced or CompetitionStatus.FormalCheck or CompetitionStatus.Evaluation => PublicState.Evaluation,
        CompetitionStatus.Decided or CompetitionStatus.ResultsPublished => PublicState.Decided,
        CompetitionStatus.Cancelled => PublicState.Cancelled,
        _ => PublicState.Draft,
    };

    /// <summary>Published competitions (never drafts), newest first.</summary>
    public Task<PagedList<Row>> PublicListAsync(Filter filter, PageNumbers page, CancellationToken ct)
        => ListAsync(db.Competitions.AsNoTracking().Where(c => c.Status != CompetitionStatus.Draft), filter, page, ct);

    /// <summary>Every competition of the given departments (all when null), drafts included.</summary>
    public Task<PagedList<Row>> OfficeListAsync(IReadOnlyCollection<Guid>? departments, Filter filter, PageNumbers page, CancellationToken ct)
    {
        var query = db.Competitions.AsNoTracking();
        if (departments is not null) query = query.Where(c => departments.Contains(c.DepartmentId));
        return ListAsync(query, filter, page, ct);
    }

    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct) =>
        await db.Competitions.AsNoTracking().Where(c => c.Status != CompetitionStatus.Draft).Select(c => c.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);

    /// <summary>A published competition with everything the announcement shows, or null (drafts and other tenants' are not found).</summary>
    public Task<Competition?> PublicDetailAsync(Guid id, CancellationToken ct) =>
        db.Competitions.AsNoTracking().AsSplitQuery()
            .Include(c => c.Tasks).Include(c => c.Criteria).Include(c => c.PriorTasks)
            .Include(c => c.ChecklistItems).Include(c => c.RequiredAttachments).Include(c => c.Versions)
            .FirstOrDefaultAsync(c => c.Id == id && c.Status != CompetitionStatus.Draft, ct);

    private async Task<PagedList<Row>> ListAsync(IQueryable<Competition> query, Filter filter, PageNumbers page, CancellationToken ct)
    {
        var now = Now;
        if (filter.Year is { } year) query = query.Where(c => c.Year == year);
        if (filter.DepartmentId is { } dep) query = query.Where(c => c.DepartmentId == dep);
        if (!string.IsNullOrEmpty(filter.Sphere)) query = query.Where(c => c.Tasks.Any(t => t.SphereCode == filter.Sphere));
        query = filter.State switch
        {
            PublicState.Open => query.Where(c => c.Status == CompetitionStatus.Announced && c.OfferDeadline > now),
            PublicState.Evaluation => query.Where(c => (c.Status == CompetitionStatus.Announced && c.OfferDeadline <= now)
                || c.Status == CompetitionStatus.FormalCheck || c.Status == CompetitionStatus.Evaluation),
            PublicState.Decided => query.Where(c => c.Status == CompetitionStatus.Decided || c.Status == CompetitionStatus.ResultsPublished),
            PublicState.Cancelled => query.Where(c => c.Status == CompetitionStatus.Cancelled),
            PublicState.Draft => query.Where(c => c.Status == CompetitionStatus.Draft),
            _ => query,
        };
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).Skip(page.Skip).Take(page.PageSize)
            .Select(c => new { c.Id, c.Number, c.Title, c.Status, c.OfferDeadline, c.DepartmentId, c.Year })
            .ToListAsync(ct);
        var ids = items.Select(i => i.Id).ToList();
        // Sums in memory: SQLite cannot add decimals in SQL (they are stored as text), and a page is small.
        var tasks = await db.CompetitionTasks.AsNoTracking().Where(t => ids.Contains(t.CompetitionId))
            .Select(t => new { t.CompetitionId, t.Funds, t.SphereCode, t.Order }).ToListAsync(ct);
        var byCompetition = tasks.GroupBy(t => t.CompetitionId).ToDictionary(g => g.Key, g => g.OrderBy(t => t.Order).ToList());
        var rows = items.Select(i =>
        {
            var own = byCompetition.GetValueOrDefault(i.Id) ?? [];
            return new Row(i.Id, i.Number, i.Title, i.Status, i.OfferDeadline, i.DepartmentId, i.Year, own.Sum(t => t.Funds), own.Select(t => t.SphereCode).Distinct().ToList());
        }).ToList();
        return new PagedList<Row>(rows, total, page.Page, page.PageSize);
    }
}
