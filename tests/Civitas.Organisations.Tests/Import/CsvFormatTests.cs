using System.Text;
using Civitas.Organisations.Import;

namespace Civitas.Organisations.Tests.Import;

public sealed class CsvFormatTests
{
    static CsvFormatTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Polish = "nazwa;krs;miejscowość\nFundacja Łódź Żółta;0000000001;Łódź\n";

    private static Platform.Result<CsvFormat> Detect(byte[] bytes) => CsvFormat.Detect(new MemoryStream(bytes));

    [Fact]
    public void UTF8_without_a_byte_order_mark_is_recognised()
    {
        var f = Detect(new UTF8Encoding(false).GetBytes(Polish)).Value!;
        Assert.Equal(CsvFormat.Utf8, f.EncodingName);
        Assert.Equal(';', f.Delimiter);
        Assert.Equal(["nazwa", "krs", "miejscowość"], f.Headers);
    }

    [Fact]
    public void UTF8_with_a_byte_order_mark_is_recognised_and_the_mark_is_not_part_of_the_first_header()
    {
        var f = Detect(new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(Polish)).ToArray()).Value!;
        Assert.Equal(CsvFormat.Utf8, f.EncodingName);
        Assert.Equal("nazwa", f.Headers[0]);
    }

    [Fact]
    public void Windows_1250_is_recognised_and_reads_Polish_letters()
    {
        var bytes = Encoding.GetEncoding(1250).GetBytes(Polish);
        var f = Detect(bytes).Value!;
        Assert.Equal(CsvFormat.Windows1250, f.EncodingName);
        Assert.Equal("miejscowość", f.Headers[2]);
        Assert.Contains("Łódź", f.Encoding.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Commas_and_quoted_headers_are_understood()
    {
        var f = Detect(Encoding.UTF8.GetBytes("\"nazwa, pełna\",krs,miejscowosc\r\nA,1,B\r\n")).Value!;
        Assert.Equal(',', f.Delimiter);
        Assert.Equal(["nazwa, pełna", "krs", "miejscowosc"], f.Headers);
    }

    [Fact]
    public void A_file_mixing_UTF8_and_Windows_1250_is_a_broken_encoding()
    {
        var bytes = Encoding.UTF8.GetBytes("nazwa;miejscowość\nŁódź;Łódź\n").Concat(Encoding.GetEncoding(1250).GetBytes("Kraków;Kraków\n")).ToArray();
        Assert.Equal("Import.EncodingBroken", Detect(bytes).Errors.Single().Code);
    }

    [Fact]
    public void A_file_already_damaged_by_a_conversion_is_a_broken_encoding()
        => Assert.Equal("Import.EncodingBroken", Detect(Encoding.UTF8.GetBytes("nazwa;miejscowość\nFundacja \uFFFDód\uFFFD;X\n")).Errors.Single().Code);

    [Fact]
    public void UTF16_and_binary_files_are_refused()
    {
        Assert.Equal("Import.EncodingUnsupported", Detect(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Polish)).ToArray()).Errors.Single().Code);
        Assert.Equal("Import.NotText", Detect([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]).Errors.Single().Code);
    }

    [Fact]
    public void A_file_without_separators_or_with_an_empty_header_is_refused()
    {
        Assert.Equal("Import.NoColumns", Detect(Encoding.UTF8.GetBytes("just one column\nvalue\n")).Errors.Single().Code);
        Assert.Equal("Import.EmptyHeader", Detect(Encoding.UTF8.GetBytes("nazwa;;krs\n")).Errors.Single().Code);
        Assert.Equal("Import.Empty", Detect(Encoding.UTF8.GetBytes("\n\n")).Errors.Single().Code);
    }

    [Fact]
    public void Columns_of_the_KRS_derived_list_are_mapped_by_their_headers()
    {
        var f = CsvFormat.Detect(File.OpenRead(SharedData.NgoList)).Value!;
        var m = ImportMapping.Guess(f.Headers);
        Assert.Equal(f.Headers.ToList().IndexOf("numerKRS"), m[ImportField.Krs]);
        Assert.Equal(f.Headers.ToList().IndexOf("nazwa"), m[ImportField.Name]);
        Assert.Equal(f.Headers.ToList().IndexOf("czyPosiadaStatusOPP"), m[ImportField.PublicBenefit]);
        Assert.Equal(f.Headers.ToList().IndexOf("dzial6_likwidacja"), m[ImportField.InLiquidation]);
        Assert.Equal(f.Headers.ToList().IndexOf("miejscowosc"), m[ImportField.City]);
        Assert.Null(m[ImportField.OtherRegisterName]);
        Assert.True(m.Validate(f.Headers.Count).Succeeded);
    }

    [Fact]
    public void A_mapping_without_a_name_city_or_identity_column_is_refused()
    {
        var codes = new ImportMapping().Validate(3).Errors.Select(e => (e.Code, e.Field)).ToList();
        Assert.Contains(("Import.NameColumnMissing", "Map_Name"), codes);
        Assert.Contains(("Import.CityColumnMissing", "Map_City"), codes);
        Assert.Contains(("Import.IdentityColumnMissing", "Map_Krs"), codes);
    }
}
