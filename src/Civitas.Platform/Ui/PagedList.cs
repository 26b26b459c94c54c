namespace Civitas.Platform.Ui;

/// <summary>One page of a list with the total count.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    /// <summary>Number of pages (at least 1).</summary>
    public int PageCount => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));
}
