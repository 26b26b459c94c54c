using Civitas.Platform.Ui;

namespace Civitas.Organisations.Search;

/// <summary>One page of the directory. <see cref="Total"/> is exact up to <see cref="DirectorySearch.CountCap"/>;
/// beyond it <see cref="TotalIsExact"/> is false and the list says "more than …".</summary>
internal sealed record DirectoryPage(IReadOnlyList<DirectoryRow> Items, int Total, bool TotalIsExact, int Page, int PageSize, bool HasNext)
{
    /// <summary>True when a search had too many matches to be ordered by name, so it came newest first.</summary>
    public bool SortedNewest { get; init; }

    /// <summary>Number of pages when the total is exact.</summary>
    public int? PageCount => TotalIsExact ? PageNumbers.PageCountOf(Total, PageSize) : null;
}
