namespace Civitas.Platform.Ui;

/// <summary>Paging arguments clamped to sane values (a page size of a million is not a request, it is an attack).</summary>
public readonly record struct PageNumbers(int Page, int PageSize)
{
    /// <summary>Largest page size any list accepts.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Clamps user input.</summary>
    public static PageNumbers From(int? page, int? pageSize, int defaultSize = 20)
        => new(Math.Max(1, Math.Min(page ?? 1, 100_000)), Math.Clamp(pageSize ?? defaultSize, 1, MaxPageSize));

    /// <summary>Rows to skip.</summary>
    public int Skip => (Page - 1) * PageSize;
}
