using System.Globalization;
using System.IO.Compression;
using System.Text;
using Civitas.Organisations.Contracts;
using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Civitas.Organisations.Resources;
using Civitas.Organisations.Search;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Civitas.Organisations.Export;

/// <summary>
/// The directory (with the list's filters) as CSV or XLSX open data. Rows stream from the database
/// one at a time and leave in chunks, so memory stays flat however many there are: CSV goes straight
/// to the response in 64 KB pieces; the XLSX sheet is written with the SAX-style OpenXmlWriter into a
/// ZIP entry streamed to a temporary file (nothing held in memory), which is then copied out.
/// </summary>
internal sealed class DirectoryExport(OrganisationsDb db, DirectorySearch search, IStringLocalizer<OrganisationsText> text)
{
    public enum Format
    {
        Csv,
        Xlsx,
    }

    private const int ChunkChars = 64 * 1024;

    public async Task WriteAsync(HttpContext http, DirectoryFilter filter, Format format, CancellationToken ct)
    {
        var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}";
        var headers = Columns.Select(c => text["Export.Column." + c].Value).ToArray();
        http.Response.Headers.CacheControl = "no-store";
        if (format == Format.Csv)
        {
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = "attachment; filename=\"organizacje.csv\"";
            await WriteCsvAsync(http.Response.Body, headers, Rows(filter, baseUrl, ct), ct);
        }
        else
        {
            http.Response.ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            http.Response.Headers.ContentDisposition = "attachment; filename=\"organizacje.xlsx\"";
            var path = Path.Combine(Path.GetTempPath(), "civitas-export-" + Guid.NewGuid().ToString("N") + ".xlsx");
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            await WriteXlsxAsync(file, headers, Rows(filter, baseUrl, ct), ct);
            file.Position = 0;
            http.Response.ContentLength = file.Length;
            await file.CopyToAsync(http.Response.Body, ct);
        }
    }

    private static readonly string[] Columns =
    [
        "Name", "ShortName", "LegalForm", "Eligibility", "Krs", "OtherRegister", "Nip", "Regon", "PublicBenefit", "Status",
        "Street", "Building", "Unit", "PostalCode", "City", "Commune", "County", "Voivodeship", "Latitude", "Longitude",
        "Email", "Phone", "Website", "Spheres", "FoundedOn", "Profile", "UpdatedAt",
    ];

    private async IAsyncEnumerable<object?[]> Rows(DirectoryFilter filter, string baseUrl, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var listings = DirectorySearch.Sorted(search.Filter(filter), filter.Sort);
        var query = listings.AsNoTracking().Join(db.Organisations, l => l.OrganisationId, o => o.Id, (l, o) => new
        {
            o.Name,
            o.ShortName,
            o.LegalForm,
            o.Krs,
            o.OtherRegisterName,
            o.OtherRegisterNumber,
            o.Nip,
            o.Regon,
            o.IsPublicBenefit,
            l.Status,
            o.Street,
            o.Building,
            o.Unit,
            o.PostalCode,
            o.City,
            o.Commune,
            o.County,
            o.Voivodeship,
            o.Latitude,
            o.Longitude,
            o.Email,
            o.Phone,
            o.Website,
            Spheres = l.SphereCodes,
            o.FoundedOn,
            o.Slug,
            o.UpdatedAt,
        });
        var yes = text["Common.Yes"].Value;
        var no = text["Common.No"].Value;
        var forms = LegalForms.All.ToDictionary(f => f, f => text["LegalForm." + f].Value);
        var eligibility = Enum.GetValues<OrganisationEligibility>().ToDictionary(e => e, e => text["Eligibility.Short." + e].Value);
        var statuses = Enum.GetValues<OrganisationStatus>().ToDictionary(s => s, s => text["Status." + s].Value);
        // EF writes the SQL; the rows are read straight from the data reader (see MapData): 150 000
        // rows through EF's materialiser cost more than the query.
        var toInstant = new Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter();
        await using var command = query.CreateDbCommand();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            var o = Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => i);
            string? Text(string name) => reader.IsDBNull(o[name]) ? null : reader.GetString(o[name]);
            double? Number(string name) => reader.IsDBNull(o[name]) ? null : reader.GetDouble(o[name]);
            while (await reader.ReadAsync(ct))
            {
                var form = (OrganisationLegalForm)reader.GetInt32(o["LegalForm"]);
                var status = (OrganisationStatus)reader.GetInt32(o["Status"]);
                var spheres = Text("Spheres") ?? "";
                var otherRegister = Text("OtherRegisterName");
                var updatedRaw = reader.GetValue(o["UpdatedAt"]);
                var updated = updatedRaw is long binary ? (DateTimeOffset)toInstant.ConvertFromProvider(binary)! : reader.GetFieldValue<DateTimeOffset>(o["UpdatedAt"]);
                DateOnly? founded = reader.IsDBNull(o["FoundedOn"]) ? null : reader.GetFieldValue<DateOnly>(o["FoundedOn"]);
                yield return
                [
                    Text("Name"), Text("ShortName"), forms[form], eligibility[LegalForms.EligibilityOf(form)], Text("Krs"),
                    otherRegister is null ? null : $"{otherRegister} {Text("OtherRegisterNumber")}", Text("Nip"), Text("Regon"),
                    reader.GetBoolean(o["IsPublicBenefit"]) ? yes : no, statuses[status], Text("Street"), Text("Building"), Text("Unit"), Text("PostalCode"),
                    Text("City"), Text("Commune"), Text("County"), Text("Voivodeship"), Number("Latitude"), Number("Longitude"),
                    Text("Email"), Text("Phone"), Text("Website"), spheres, founded, $"{baseUrl}/organizacje/{Text("Slug")}", updated,
                ];
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    internal static async Task WriteCsvAsync(Stream body, string[] headers, IAsyncEnumerable<object?[]> rows, CancellationToken ct)
    {
        // CsvHelper writes synchronously; it writes into a string buffer that is sent asynchronously
        // whenever it passes 64 KB (the server refuses synchronous writes to the response).
        var encoding = new UTF8Encoding(false);
        await body.WriteAsync(Encoding.UTF8.Preamble.ToArray(), ct); // a BOM, so spreadsheet programs read UTF-8
        var buffer = new StringWriter(CultureInfo.InvariantCulture);
        using var csv = new CsvWriter(buffer, CultureInfo.InvariantCulture);
        foreach (var h in headers) csv.WriteField(h);
        csv.NextRecord();
        await foreach (var row in rows.WithCancellation(ct))
        {
            foreach (var value in row) csv.WriteField(Text(value));
            csv.NextRecord();
            var sb = buffer.GetStringBuilder();
            if (sb.Length >= ChunkChars)
            {
                csv.Flush();
                await WriteChunkAsync(body, sb, encoding, ct);
            }
        }
        csv.Flush();
        await WriteChunkAsync(body, buffer.GetStringBuilder(), encoding, ct);
    }

    private static async Task WriteChunkAsync(Stream body, StringBuilder sb, Encoding encoding, CancellationToken ct)
    {
        foreach (var chunk in sb.GetChunks()) await body.WriteAsync(encoding.GetBytes(chunk.ToArray()), ct);
        sb.Clear();
    }

    internal static async Task WriteXlsxAsync(Stream target, string[] headers, IAsyncEnumerable<object?[]> rows, CancellationToken ct)
    {
        // The package is assembled with System.IO.Compression in create mode, which streams each entry;
        // System.IO.Packaging (behind SpreadsheetDocument) keeps entries in memory when it can read back,
        // and refuses to work when it cannot. The sheet itself is written by the SDK's OpenXmlWriter.
        using (var zip = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true))
        {
            WriteText(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>
                """);
            WriteText(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """);
            WriteText(zip, "xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
                """);
            WriteText(zip, "xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Organizacje" sheetId="1" r:id="rId1"/></sheets></workbook>
                """);
            var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest);
            await using var part = entry.Open();
            using var writer = OpenXmlWriter.Create(part, new UTF8Encoding(false));
            writer.WriteStartDocument(true);
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            WriteRow(writer, headers.Cast<object?>().ToArray());
            await foreach (var row in rows.WithCancellation(ct)) WriteRow(writer, row);
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.Close();
        }
        await target.FlushAsync(ct);
    }

    private static void WriteText(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        var bytes = new UTF8Encoding(false).GetBytes(content.Trim());
        stream.Write(bytes);
    }

    private static void WriteRow(OpenXmlWriter writer, object?[] values)
    {
        writer.WriteStartElement(new Row());
        foreach (var value in values)
        {
            switch (value)
            {
                case null:
                    writer.WriteElement(new Cell());
                    break;
                case double d:
                    writer.WriteElement(new Cell { DataType = CellValues.Number, CellValue = new CellValue(d.ToString("R", CultureInfo.InvariantCulture)) });
                    break;
                default:
                    writer.WriteElement(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(Text(value) ?? "")) });
                    break;
            }
        }
        writer.WriteEndElement();
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        double d => d.ToString("0.######", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        string s => s,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
