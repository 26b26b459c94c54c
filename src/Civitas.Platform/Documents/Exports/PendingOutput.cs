namespace Civitas.Platform.Documents.Exports;

/// <summary>
/// A write-only, non-seekable buffer between a synchronous writer (CsvHelper, ZipArchive, OpenXmlWriter)
/// and the asynchronous output (an HTTP response, where Kestrel forbids synchronous writes). The
/// export drains it whenever it holds <see cref="DrainThreshold"/> bytes, so memory stays flat however
/// many rows pass through.
/// </summary>
internal sealed class PendingOutput : Stream
{
    public const int DrainThreshold = 64 * 1024;

    private readonly MemoryStream _memory = new(DrainThreshold * 2);

    public int Buffered => (int)_memory.Length;

    public bool ShouldDrain => _memory.Length >= DrainThreshold;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public async Task DrainToAsync(Stream output, CancellationToken ct)
    {
        if (_memory.Length == 0) return;
        await output.WriteAsync(_memory.GetBuffer().AsMemory(0, (int)_memory.Length), ct);
        _memory.SetLength(0);
    }

    public override void Write(byte[] buffer, int offset, int count) => _memory.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => _memory.Write(buffer);

    public override void WriteByte(byte value) => _memory.WriteByte(value);

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _memory.Dispose();
        base.Dispose(disposing);
    }
}
