using System.Linq.Expressions;
using Civitas.Platform.Ui;
using Civitas.Publishing.Contracts;
using Civitas.Publishing.Data;
using Civitas.Publishing.Domain;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Publishing.Queries;

/// <summary>Read side of the register for the public pages, the feed, the JSON API and the office list:
/// projections with <c>AsNoTracking</c>, one query per list (no N+1), tenant-filtered by the context.</summary>
internal sealed class PublicationQueries(PublishingDb db, TimeProvider clock)
{
    public const int FeedSize = 50;

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Entries shown now, newest publication first.</summary>
    public Task<PagedList<PublicationRow>> RegisterAsync(RegisterFilter filter, PageNumbers page, CancellationToken ct)
        => ListAsync(db.Publications.Where(Publication.VisibleAt(Now)), filter, page, ct);

    /// <summary>Entries whose period ended, and entries withdrawn after they were shown.</summary>
    public Task<PagedList<PublicationRow>> ArchiveAsync(RegisterFilter filter, PageNumbers page, CancellationToken ct)
        => ListAsync(db.Publications.Where(Publication.ArchivedAt(Now)), filter, page, ct);

    /// <summary>Every entry of the tenant, whatever its state (office list).</summary>
    public Task<PagedList<PublicationRow>> AllAsync(RegisterFilter filter, PageNumbers page, CancellationToken ct)
        => ListAsync(db.Publications, filter, page, ct);

    /// <summary>Years that have entries in the register (archive = false) or the archive, newest first.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(bool archive, CancellationToken ct)
    {
        var source = db.Publications.Where(archive ? Publication.ArchivedAt(Now) : Publication.VisibleAt(Now));
        return await source.AsNoTracking().Select(p => p.PublishedYear).Distinct().OrderByDescending(y => y).ToListAsync(ct);
    }

    /// <summary>The entry with the current version (<paramref name="number"/> null) or another one; null when
    /// it does not exist or belongs to another tenant, and, for the public (<paramref name="publicOnly"/>),
    /// when it is not shown yet or was withdrawn before anyone could see it.</summary>
    public async Task<EntryView?> EntryAsync(Guid id, int? number, bool publicOnly, CancellationToken ct)
    {
        var now = Now;
        var source = db.Publications.AsNoTracking();
        if (publicOnly) source = source.Where(Publication.PublicAt(now));
        var p = await source.Where(x => x.Id == id)
            .Select(x => new
            {
                x.Id,
                x.CurrentVersionId,
                x.VersionCount,
                x.FirstPublishedAt,
                x.UpdatedAt,
                x.VisibleFrom,
                x.VisibleTo,
                x.WithdrawnAt,
                x.WithdrawalReason,
                x.WithdrawnByName,
                x.WithdrawnByFunction,
            })
            .FirstOrDefaultAsync(ct);
        if (p is null) return null;

        var versions = db.Versions.AsNoTracking().Where(v => v.PublicationId == id);
        var shown = await (number is { } n ? versions.Where(v => v.Number == n) : versions.Where(v => v.Id == p.CurrentVersionId))
            .Select(VersionProjection).FirstOrDefaultAsync(ct);
        if (shown is null) return null;
        var currentNumber = number is null
            ? shown.Number
            : await versions.Where(v => v.Id == p.CurrentVersionId).Select(v => v.Number).FirstAsync(ct);
        var changes = await versions.OrderBy(v => v.Number)
            .Select(v => new ChangeRow(v.Number, v.PublishedAt, v.PublishedByName, v.PublishedByFunction, v.ChangeReason))
            .ToListAsync(ct);
        var withdrawal = p.WithdrawnAt is { } at ? new WithdrawalView(at, p.WithdrawnByName ?? "", p.WithdrawnByFunction, p.WithdrawalReason ?? "") : null;
        return new EntryView(p.Id, Publication.State(p.WithdrawnAt, p.VisibleFrom, p.VisibleTo, now), p.VersionCount, currentNumber,
            p.FirstPublishedAt, p.UpdatedAt, shown, changes, withdrawal);
    }

    /// <summary>The newest <see cref="FeedSize"/> entries shown now, most recently changed first.</summary>
    public async Task<IReadOnlyList<FeedItem>> FeedAsync(PublicationCategory? category, CancellationToken ct)
    {
        var source = db.Publications.AsNoTracking().Where(Publication.VisibleAt(Now));
        if (category is { } c) source = source.Where(p => p.Category == c);
        return await NewestChanges(source, 0, FeedSize).ToListAsync(ct);
    }

    /// <summary>Entries shown now for the JSON API, most recently changed first, optionally changed since a moment.</summary>
    public async Task<PagedList<FeedItem>> ApiListAsync(PublicationCategory? category, DateTimeOffset? since, PageNumbers page, CancellationToken ct)
    {
        var source = db.Publications.AsNoTracking().Where(Publication.VisibleAt(Now));
        if (category is { } c) source = source.Where(p => p.Category == c);
        if (since is { } s) source = source.Where(p => p.UpdatedAt >= s);
        var total = await source.CountAsync(ct);
        var items = await NewestChanges(source, page.Skip, page.PageSize).ToListAsync(ct);
        return new PagedList<FeedItem>(items, total, page.Page, page.PageSize);
    }

    /// <summary>Joins the current version and version 1, newest change first, and takes one page.</summary>
    private IQueryable<FeedItem> NewestChanges(IQueryable<Publication> source, int skip, int take)
        => (from p in source
            join v in db.Versions on p.CurrentVersionId equals v.Id
            join first in db.Versions.Where(x => x.Number == 1) on p.Id equals first.PublicationId
            orderby p.UpdatedAt descending, p.Id descending
            select new { p, v, first })
            .Skip(skip).Take(take)
            .Select(x => new FeedItem(
                x.p.Id, x.p.Category, x.p.Title, x.p.TitleEnglish, x.p.Summary, x.v.Body, x.p.FirstPublishedAt, x.p.UpdatedAt, x.p.VisibleFrom, x.p.VisibleTo, x.p.VersionCount,
                new PersonView(x.v.ResponsibleName, x.v.ResponsibleFunction),
                new PersonView(x.first.PublishedByName, x.first.PublishedByFunction),
                new PersonView(x.v.PublishedByName, x.v.PublishedByFunction),
                x.v.ProducedAt));

    private static async Task<PagedList<PublicationRow>> ListAsync(IQueryable<Publication> source, RegisterFilter filter, PageNumbers page, CancellationToken ct)
    {
        source = source.AsNoTracking();
        if (filter.Category is { } category) source = source.Where(p => p.Category == category);
        if (filter.Year is { } year) source = source.Where(p => p.PublishedYear == year);
        var search = SearchFolding.Fold(filter.Search);
        if (search.Length > 0) source = source.Where(p => p.SearchText.Contains(search));
        var total = await source.CountAsync(ct);
        var items = await source.OrderByDescending(p => p.FirstPublishedAt).ThenByDescending(p => p.Id)
            .Skip(page.Skip).Take(page.PageSize)
            .Select(p => new PublicationRow(p.Id, p.Category, p.Title, p.TitleEnglish, p.Summary, p.FirstPublishedAt, p.UpdatedAt,
                p.VisibleFrom, p.VisibleTo, p.VersionCount, p.WithdrawnAt))
            .ToListAsync(ct);
        return new PagedList<PublicationRow>(items, total, page.Page, page.PageSize);
    }

    private static readonly Expression<Func<PublicationVersion, VersionView>> VersionProjection = v => new VersionView(
        v.Id, v.Number, v.Category, v.Title, v.TitleEnglish, v.Summary, v.Body, v.SourceUrl,
        new PersonView(v.ResponsibleName, v.ResponsibleFunction),
        new PersonView(v.PublishedByName, v.PublishedByFunction),
        v.ProducedAt, v.PublishedAt, v.VisibleFrom, v.VisibleTo, v.ChangeReason,
        v.Attachments.OrderBy(a => a.Position).Select(a => new AttachmentView(a.FileId, a.Name, a.ContentType, a.Length)).ToList(),
        v.Redactions.OrderBy(r => r.Position).Select(r => new RedactionView(r.Scope, r.LegalBasis, r.DecidedBy, r.ProtectedInterest)).ToList());
}
