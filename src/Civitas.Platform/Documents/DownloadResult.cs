using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Civitas.Platform.Documents;

/// <summary>
/// A file download: works as the return value of a Razor page handler (<see cref="IActionResult"/>)
/// and of a minimal API endpoint (<see cref="IResult"/>). It sets the content type and a
/// Content-Disposition with both an ASCII <c>filename</c> and an RFC 6266/5987 <c>filename*</c>, so
/// "Zestawienie ofert – Łódź.xlsx" arrives with its Polish letters. Unless the handler set its own
/// Cache-Control, the response is <c>private, no-store</c> (exports hold personal data).
/// Created by <see cref="IDocumentRenderer.Download"/> and <see cref="TableExport"/>.
/// </summary>
public sealed class DownloadResult : IActionResult, IResult
{
    private readonly Func<Stream, CancellationToken, Task> _write;
    private readonly long? _length;

    internal DownloadResult(string fileName, string contentType, Func<Stream, CancellationToken, Task> write, long? length = null)
    {
        FileName = fileName;
        ContentType = contentType;
        _write = write;
        _length = length;
    }

    /// <summary>The file name offered to the browser, extension included.</summary>
    public string FileName { get; }

    /// <summary>The MIME type.</summary>
    public string ContentType { get; }

    /// <inheritdoc />
    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ExecuteAsync(context.HttpContext);
    }

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.ContentType = ContentType;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(FileName);
        response.Headers.ContentDisposition = disposition.ToString();
        if (string.IsNullOrEmpty(response.Headers.CacheControl)) response.Headers.CacheControl = "private, no-store";
        if (_length is { } length) response.ContentLength = length;
        await _write(response.Body, httpContext.RequestAborted);
    }

    /// <summary>A safe file name: what the caller gave, minus characters no file system accepts, plus the extension.</summary>
    internal static string SafeFileName(string? name, string extension, string fallback)
    {
        var chars = (name ?? "").Trim().Select(c => char.IsControl(c) || "/\\:*?\"<>|".Contains(c, StringComparison.Ordinal) ? '-' : c).ToArray();
        var safe = new string(chars).Trim(' ', '.');
        if (safe.Length == 0) safe = fallback;
        if (safe.Length > 150) safe = safe[..150].TrimEnd(' ', '.');
        return safe.EndsWith(extension, StringComparison.OrdinalIgnoreCase) ? safe : safe + extension;
    }
}
