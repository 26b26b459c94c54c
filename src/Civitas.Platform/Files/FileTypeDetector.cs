using System.IO.Compression;
using System.Text;

namespace Civitas.Platform.Files;

/// <summary>Detects a file's type from its bytes (magic numbers, and the parts list inside ZIP-based
/// office formats), never from the name the browser sent.</summary>
public static class FileTypeDetector
{
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>Detects the kind of a seekable stream; the position is restored.</summary>
    public static FileKind Detect(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var start = content.Position;
        try
        {
            Span<byte> head = stackalloc byte[8];
            var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            head = head[..read];
            if (head.StartsWith(Pdf)) return FileKind.Pdf;
            if (head.StartsWith(Png)) return FileKind.Png;
            if (head.StartsWith(Jpeg)) return FileKind.Jpeg;
            if (head.StartsWith(Zip))
            {
                content.Position = start;
                return DetectZip(content);
            }
            content.Position = start;
            return LooksLikeText(content) ? FileKind.Csv : FileKind.Unknown;
        }
        finally
        {
            content.Position = start;
        }
    }

    /// <summary>The kinds a file name's extension may carry.</summary>
    public static FileKind FromExtension(string fileName)
    {
        return Path.GetExtension(fileName ?? "").ToLowerInvariant() switch
        {
            ".pdf" => FileKind.Pdf,
            ".docx" => FileKind.Docx,
            ".odt" => FileKind.Odt,
            ".xlsx" => FileKind.Xlsx,
            ".jpg" or ".jpeg" => FileKind.Jpeg,
            ".png" => FileKind.Png,
            ".csv" or ".txt" => FileKind.Csv,
            _ => FileKind.Unknown,
        };
    }

    /// <summary>The MIME type served for a kind.</summary>
    public static string ContentType(FileKind kind) => kind switch
    {
        FileKind.Pdf => "application/pdf",
        FileKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        FileKind.Odt => "application/vnd.oasis.opendocument.text",
        FileKind.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        FileKind.Jpeg => "image/jpeg",
        FileKind.Png => "image/png",
        FileKind.Csv => "text/csv",
        _ => "application/octet-stream",
    };

    private static FileKind DetectZip(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.GetEntry("word/document.xml") is not null) return FileKind.Docx;
            if (zip.GetEntry("xl/workbook.xml") is not null) return FileKind.Xlsx;
            if (zip.GetEntry("mimetype") is { } mimetype)
            {
                using var reader = new StreamReader(mimetype.Open(), Encoding.ASCII);
                if (reader.ReadToEnd().Trim() == "application/vnd.oasis.opendocument.text") return FileKind.Odt;
            }
            return FileKind.Unknown;
        }
        catch (InvalidDataException)
        {
            return FileKind.Unknown;
        }
    }

    private static bool LooksLikeText(Stream content)
    {
        var buffer = new byte[8192];
        var read = content.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        if (read == 0) return false;
        // Binary formats carry NUL bytes and many control characters; CSV in UTF-8 or Windows-1250 does not.
        var control = 0;
        for (var i = 0; i < read; i++)
        {
            var b = buffer[i];
            if (b == 0) return false;
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D)) control++;
        }
        return control * 100 < read;
    }
}
