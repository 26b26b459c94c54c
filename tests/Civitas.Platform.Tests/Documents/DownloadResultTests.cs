using System.Net;
using Civitas.Platform.Documents;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace Civitas.Platform.Tests.Documents;

/// <summary>Downloads through a real ASP.NET Core pipeline (TestServer forbids synchronous writes, as Kestrel does).</summary>
public sealed class DownloadResultTests : IAsyncLifetime
{
    private WebApplication? _app;
    private HttpClient? _client;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        _app = builder.Build();
        var renderer = new DocumentRenderer(TimeProvider.System);
        _app.MapGet("/oferta.pdf", () => renderer.Download(SampleDocuments.Offer(costRows: 10), DocumentFileFormat.Pdf, "Oferta 12/2026 – Łódź"));
        _app.MapGet("/umowa.docx", () => renderer.Download(SampleDocuments.Offer(costRows: 10), DocumentFileFormat.Docx, "Umowa nr 5"));
        _app.MapGet("/oferty.csv", () => TableExport.Csv("Zestawienie ofert – Łódź", ExportRow.Columns(), ExportRow.Many(5000)));
        _app.MapGet("/oferty.xlsx", (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=60";
            return TableExport.Xlsx("Oferty", ExportRow.Columns(), ExportRow.Many(5000));
        });
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
    }

    [Fact]
    public async Task A_PDF_download_names_the_file_with_its_Polish_letters()
    {
        var response = await _client!.GetAsync("/oferta.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        // RFC 6266: an ASCII fallback and the UTF-8 name in filename*.
        Assert.Equal("Oferta 12-2026 – Łódź.pdf", disposition.FileNameStar);
        Assert.True(disposition.FileName!.Trim('"').All(char.IsAscii), disposition.FileName);
        Assert.Contains("filename*=UTF-8''Oferta%2012-2026%20%E2%80%93%20%C5%81%C3%B3d%C5%BA.pdf",
            response.Content.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true }, response.Headers.CacheControl?.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        Assert.Equal("%PDF-1.7", System.Text.Encoding.ASCII.GetString(bytes, 0, 8));
    }

    [Fact]
    public async Task A_DOCX_download_opens_in_the_Open_XML_reader()
    {
        var response = await _client!.GetAsync("/umowa.docx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Umowa nr 5.docx", response.Content.Headers.ContentDisposition!.FileNameStar);
        using var doc = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Contains(SampleDocuments.PolishLetters, doc.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Streamed_exports_arrive_whole_with_their_content_types()
    {
        var csv = await _client!.GetAsync("/oferty.csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", csv.Content.Headers.ContentType.CharSet);
        Assert.Equal("Zestawienie ofert – Łódź.csv", csv.Content.Headers.ContentDisposition!.FileNameStar);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5001, lines.Length);
        Assert.StartsWith("5000;Stowarzyszenie „Źdźbło” nr 5000 – Łódź;", lines[^1], StringComparison.Ordinal);

        var xlsx = await _client.GetAsync("/oferty.xlsx");
        Assert.Equal(TableExport.XlsxContentType, xlsx.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Oferty.xlsx", xlsx.Content.Headers.ContentDisposition!.FileNameStar);
        // The handler's own caching decision is kept.
        Assert.Equal("public, max-age=60", xlsx.Headers.CacheControl!.ToString());
        using var book = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        Assert.Equal(5001, book.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Count());
    }

    [Fact]
    public async Task The_same_result_works_as_a_Razor_page_handler_result()
    {
        var http = new DefaultHttpContext();
        var body = new CountingStream();
        http.Response.Body = body;
        IActionResult result = TableExport.Csv("Lista", ExportRow.Columns(), ExportRow.Many(10));
        await result.ExecuteResultAsync(new ActionContext(http, new RouteData(), new ActionDescriptor()));
        Assert.Equal(TableExport.CsvContentType, http.Response.ContentType);
        Assert.StartsWith("attachment; filename=Lista.csv; filename*=UTF-8''Lista.csv", http.Response.Headers.ContentDisposition.ToString(), StringComparison.Ordinal);
        Assert.True(body.Bytes > 0);
    }
}
