namespace Civitas.Platform.Ui;

/// <summary>Paging arguments clamped to sane values (a page size of a million is not a request, it is an attack).</summary>
public readonly record struct PageNumbers(int Page, int PageSize)
{
    /// <summary>Largest page size any list accepts.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Clamps user input.</summary>
    public static PageNumbers From(int? page, int? pageSize, int defaultSize = 20)
        => new(Math.Max(1, Math.Min(page ?? 1, 100_000)), Math.Clamp(pageSize ?? defaultSize, 1, MaxPageSize));

    /// <summary>How many pages <paramref name="rows"/> rows fill: at least one, so an empty list still has its page 1.</summary>
    public static int PageCountOf(int rows, int pageSize) => Math.Max(1, (rows + pageSize - 1) / pageSize);

    /// <summary>The requested page moved into the pages of <paramref name="rows"/> rows (a page past the end shows
    /// the last one, none or below 1 the first), with the number of pages.</summary>
    public static (int Page, int PageCount) Within(int? requested, int rows, int pageSize)
    {
        var count = PageCountOf(rows, pageSize);
        return (Math.Clamp(requested ?? 1, 1, count), count);
    }

    /// <summary>Rows to skip.</summary>
    public int Skip => (Page - 1) * PageSize;
}
