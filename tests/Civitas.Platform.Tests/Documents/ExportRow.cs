using Civitas.Platform.Documents;

namespace Civitas.Platform.Tests.Documents;

/// <summary>A row as a module would project it for an export.</summary>
internal sealed record ExportRow(long Number, string? Applicant, decimal? Amount, DateOnly? SubmittedOn, DateTimeOffset? SignedAt)
{
    public static ExportTable<ExportRow> Columns() => new ExportTable<ExportRow>()
        .Integer("Lp.", r => r.Number)
        .Text("Oferent", r => r.Applicant)
        .Number("Kwota [zł]", r => r.Amount)
        .Date("Data złożenia", r => r.SubmittedOn)
        .Timestamp("Podpisano", r => r.SignedAt);

    public static ExportRow Sample(long i) => new(
        i,
        $"Stowarzyszenie „Źdźbło” nr {i} – Łódź",
        (i * 1234.5m) - 100m,
        new DateOnly(2026, 1, 1).AddDays((int)(i % 365)),
        new DateTimeOffset(2026, 3, 29, 0, 30, 0, TimeSpan.Zero).AddMinutes(i));

    public static async IAsyncEnumerable<ExportRow> Many(long count)
    {
        for (var i = 1L; i <= count; i++)
        {
            yield return Sample(i);
        }
        await Task.CompletedTask;
    }
}
