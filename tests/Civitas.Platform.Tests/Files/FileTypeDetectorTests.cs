using System.IO.Compression;
using System.Text;
using Civitas.Platform.Files;
using Civitas.Testing;

namespace Civitas.Platform.Tests.Files;

public sealed class FileTypeDetectorTests
{
    public static TheoryData<string, FileKind> Samples() => new()
    {
        { "pdf", FileKind.Pdf },
        { "docx", FileKind.Docx },
        { "xlsx", FileKind.Xlsx },
        { "odt", FileKind.Odt },
        { "png", FileKind.Png },
        { "jpeg", FileKind.Jpeg },
        { "csv", FileKind.Csv },
        { "exe", FileKind.Unknown },
    };

    internal static byte[] Sample(string name) => name switch
    {
        "pdf" => SampleFiles.Pdf(),
        "docx" => SampleFiles.Docx(),
        "xlsx" => SampleFiles.Xlsx(),
        "odt" => SampleFiles.Odt(),
        "png" => SampleFiles.Png(),
        "jpeg" => SampleFiles.Jpeg(),
        "csv" => SampleFiles.Csv(),
        "exe" => SampleFiles.Exe(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_real_file_is_recognised_from_its_content(string sample, FileKind expected)
    {
        using var stream = new MemoryStream(Sample(sample));
        Assert.Equal(expected, FileTypeDetector.Detect(stream));
    }

    [Fact]
    public void Detection_leaves_the_stream_where_it_was()
    {
        using var stream = new MemoryStream(SampleFiles.Docx());
        stream.Position = 0;
        FileTypeDetector.Detect(stream);
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public void A_CSV_in_Windows_1250_is_text_too()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1250).GetBytes("Nazwa;Kwota\nStowarzyszenie Łąka Źródło;1 000,00\n");
        using var stream = new MemoryStream(bytes);
        Assert.Equal(FileKind.Csv, FileTypeDetector.Detect(stream));
    }

    [Fact]
    public void A_zip_that_is_no_office_document_is_unknown()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("setup.exe").Open());
            writer.Write("MZ");
        }
        stream.Position = 0;
        Assert.Equal(FileKind.Unknown, FileTypeDetector.Detect(stream));
    }

    [Fact]
    public void A_truncated_zip_is_unknown_not_an_exception()
    {
        var docx = SampleFiles.Docx();
        using var stream = new MemoryStream(docx[..64]);
        Assert.Equal(FileKind.Unknown, FileTypeDetector.Detect(stream));
    }

    [Fact]
    public void An_empty_stream_is_unknown()
    {
        using var stream = new MemoryStream();
        Assert.Equal(FileKind.Unknown, FileTypeDetector.Detect(stream));
    }

    [Theory]
    [InlineData("oferta.PDF", FileKind.Pdf)]
    [InlineData("umowa.docx", FileKind.Docx)]
    [InlineData("sprawozdanie.odt", FileKind.Odt)]
    [InlineData("kosztorys.xlsx", FileKind.Xlsx)]
    [InlineData("zdjecie.jpg", FileKind.Jpeg)]
    [InlineData("zdjecie.JPEG", FileKind.Jpeg)]
    [InlineData("logo.png", FileKind.Png)]
    [InlineData("lista.csv", FileKind.Csv)]
    [InlineData("setup.exe", FileKind.Unknown)]
    [InlineData("strona.html", FileKind.Unknown)]
    [InlineData("oferta.pdf.exe", FileKind.Unknown)]
    [InlineData("bez-rozszerzenia", FileKind.Unknown)]
    public void The_extension_says_which_kind_a_file_claims_to_be(string name, FileKind expected)
    {
        Assert.Equal(expected, FileTypeDetector.FromExtension(name));
    }
}
