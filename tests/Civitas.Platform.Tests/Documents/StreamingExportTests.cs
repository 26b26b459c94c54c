using Civitas.Platform.Documents;

namespace Civitas.Platform.Tests.Documents;

/// <summary>Flat memory, shown by behaviour: a million rows go out to an async-only, non-seekable
/// stream while the rows are still being read, and the writer never holds more than a small buffer.</summary>
public sealed class StreamingExportTests
{
    private const long Rows = 1_000_000;
    private const long MaxBuffered = 1024 * 1024;

    [Fact]
    public Task A_million_row_CSV_export_reaches_the_output_while_the_rows_are_still_read()
        => AssertStreams((output, rows) => TableExport.WriteCsvAsync(output, ExportRow.Columns(), rows));

    [Fact]
    public Task A_million_row_XLSX_export_reaches_the_output_while_the_rows_are_still_read()
        => AssertStreams((output, rows) => TableExport.WriteXlsxAsync(output, ExportRow.Columns(), rows));

    private static async Task AssertStreams(Func<Stream, IAsyncEnumerable<ExportRow>, Task> export)
    {
        var output = new CountingStream();
        long atHalf = -1, atEnd = -1, enumerated = 0;

        async IAsyncEnumerable<ExportRow> Source()
        {
            for (var i = 1L; i <= Rows; i++)
            {
                if (i == Rows / 2) atHalf = output.Bytes;
                enumerated = i;
                yield return ExportRow.Sample(i);
            }
            // The source is exhausted: whatever the writer has not sent yet, it is holding.
            atEnd = output.Bytes;
            await Task.CompletedTask;
        }

        await export(output, Source());

        Assert.Equal(Rows, enumerated);
        Assert.True(atHalf > 0, "nothing reached the output before half of the rows were read");
        Assert.True(output.Bytes - atEnd < MaxBuffered,
            $"the writer held {output.Bytes - atEnd} bytes back until the source ended (total {output.Bytes})");
        Assert.True(output.LargestWrite < MaxBuffered, $"one write of {output.LargestWrite} bytes: the output was buffered");
        Assert.True(output.Writes > 20, $"only {output.Writes} writes for {output.Bytes} bytes");
        // Half the rows gave roughly half the file: the bytes flow in step with the rows.
        Assert.InRange(atHalf, output.Bytes / 4, output.Bytes * 3 / 4);
    }
}
