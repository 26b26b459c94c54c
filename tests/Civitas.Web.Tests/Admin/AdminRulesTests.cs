using Civitas.Platform.LegalParameters;
using Civitas.Platform.Tenancy;

namespace Civitas.Web.Tests.Admin;

/// <summary>The rules behind the administration forms, without a database.</summary>
public sealed class AdminRulesTests
{
    [Theory]
    [InlineData("#ffffff", 1.0)]
    [InlineData("#000000", 21.0)]
    [InlineData("#ffff00", 1.07)]
    [InlineData("#1d4e89", 8.39)]
    [InlineData("#767676", 4.54)]
    public void Contrast_with_white_follows_the_WCAG_formula(string colour, double expected)
        => Assert.Equal(expected, BrandColour.ContrastWithWhite(colour), 2);

    [Theory]
    [InlineData("#1d4e89", true)]
    [InlineData("#1D4E89", true)]
    [InlineData("#767676", true)] // 4.54:1, just enough
    [InlineData("#777777", false)] // 4.478:1
    [InlineData("#ffff00", false)]
    public void A_brand_colour_needs_a_contrast_of_at_least_4_5_with_white_text(string colour, bool accepted)
        => Assert.Equal(accepted, BrandColour.Check(colour, "PrimaryColor") is null);

    [Fact]
    public void A_refused_colour_reports_its_ratio_rounded_down()
    {
        var error = BrandColour.Check("#777777", "PrimaryColor")!;
        Assert.Equal("Colour.Contrast", error.Code);
        Assert.Equal("PrimaryColor", error.Field);
        // 4.478…:1 is shown as 4.47, never as a figure that reads like the minimum.
        Assert.Equal(4.47.ToString("0.00", System.Globalization.CultureInfo.CurrentCulture), error.Args[0]);
    }

    [Theory]
    [InlineData("1d4e89")]
    [InlineData("#1d4e8")]
    [InlineData("#1d4e8g")]
    [InlineData("blue")]
    [InlineData("")]
    public void A_colour_not_written_as_rrggbb_is_a_format_error(string colour)
        => Assert.Equal("Colour.Format", BrandColour.Check(colour, "AccentColor")!.Code);

    [Theory]
    [InlineData(TenantKind.Voivodeship, null, "02", null)]
    [InlineData(TenantKind.Voivodeship, null, "32", null)]
    [InlineData(TenantKind.Voivodeship, null, "03", "Teryt.Voivodeship")]
    [InlineData(TenantKind.Voivodeship, null, "34", "Teryt.Voivodeship")]
    [InlineData(TenantKind.Voivodeship, null, "0201", "Teryt.Length.Voivodeship")]
    [InlineData(TenantKind.County, null, "1201", null)]
    [InlineData(TenantKind.County, null, "1200", "Teryt.County")]
    [InlineData(TenantKind.County, null, "1201011", "Teryt.Length.County")]
    [InlineData(TenantKind.Municipality, MunicipalityType.Urban, "1261011", null)]
    [InlineData(TenantKind.Municipality, MunicipalityType.Rural, "0201022", null)]
    [InlineData(TenantKind.Municipality, MunicipalityType.UrbanRural, "0201033", null)]
    [InlineData(TenantKind.Municipality, MunicipalityType.Rural, "0201033", "Teryt.TypeMismatch")]
    [InlineData(TenantKind.Municipality, MunicipalityType.UrbanRural, "0201034", "Teryt.TypeDigit")]
    [InlineData(TenantKind.Municipality, MunicipalityType.Urban, "1465018", "Teryt.TypeDigit")]
    [InlineData(TenantKind.Municipality, MunicipalityType.Urban, "0201001", "Teryt.Gmina")]
    [InlineData(TenantKind.Municipality, MunicipalityType.Urban, "1201", "Teryt.Length.Municipality")]
    [InlineData(TenantKind.Municipality, MunicipalityType.Urban, "12O1011", "Teryt.Digits")]
    [InlineData(TenantKind.CityWithCountyRights, null, "1261011", null)]
    [InlineData(TenantKind.CityWithCountyRights, null, "1261", "Teryt.Length.CityWithCountyRights")]
    [InlineData(TenantKind.CityWithCountyRights, null, "1261012", "Teryt.CityTypeDigit")]
    public void A_TERYT_code_is_checked_against_the_kind_of_authority(TenantKind kind, MunicipalityType? type, string code, string? expected)
    {
        var errors = TerytCode.Validate(kind, type, code);
        if (expected is null) Assert.Empty(errors);
        else Assert.Equal(expected, Assert.Single(errors).Code);
    }

    [Fact]
    public void A_municipality_needs_its_type_and_a_city_with_county_rights_is_urban()
    {
        Assert.Contains(TerytCode.Validate(TenantKind.Municipality, null, "0201022"), e => e.Code == "Teryt.TypeRequired" && e.Field == "MunicipalityType");
        Assert.Contains(TerytCode.Validate(TenantKind.CityWithCountyRights, MunicipalityType.Rural, "1261011"), e => e.Code == "Teryt.CityTypeUrban");
        Assert.Equal(MunicipalityType.Urban, TerytCode.NormalizeType(TenantKind.CityWithCountyRights, null));
        Assert.Null(TerytCode.NormalizeType(TenantKind.County, MunicipalityType.Rural));
    }

    [Fact]
    public void Host_names_are_read_one_per_line_lower_cased_and_deduplicated()
    {
        var result = HostNames.Parse("ngo.Gmina.pl\r\n\n  www.ngo.gmina.pl. \nngo.gmina.pl\nlocalhost\n127.0.0.1", "Hosts");
        Assert.True(result.Succeeded);
        Assert.Equal(["ngo.gmina.pl", "www.ngo.gmina.pl", "localhost", "127.0.0.1"], result.Value);
    }

    [Theory]
    [InlineData("https://ngo.gmina.pl")]
    [InlineData("ngo.gmina.pl:8080")]
    [InlineData("ngo.gmina.pl/konkursy")]
    [InlineData("-ngo.gmina.pl")]
    [InlineData("ngo..gmina.pl")]
    [InlineData("gmina_ngo.pl")]
    [InlineData("łódź.pl")]
    public void A_host_name_with_a_scheme_port_path_or_bad_label_is_refused_with_its_line(string host)
    {
        var result = HostNames.Parse("dobry.gmina.pl\n" + host, "Hosts");
        var error = Assert.Single(result.Errors);
        Assert.Equal("Hosts.Invalid", error.Code);
        Assert.Equal(2, error.Args[0]);
    }

    [Fact]
    public void At_least_one_host_name_is_required()
        => Assert.Equal("Hosts.Required", Assert.Single(HostNames.Parse(" \n ", "Hosts").Errors).Code);

    [Theory]
    [InlineData("21", LegalUnit.Days, 21)]
    [InlineData(" 0 ", LegalUnit.Days, 0)]
    [InlineData("12", LegalUnit.Months, 12)]
    [InlineData("10 000", LegalUnit.Zloty, 10000)]
    [InlineData("10\u00A0000,50", LegalUnit.Zloty, 10000.50)]
    [InlineData("10000.5", LegalUnit.Zloty, 10000.5)]
    [InlineData("0,5", LegalUnit.Percent, 0.5)]
    [InlineData("100", LegalUnit.Percent, 100)]
    [InlineData("30.11", LegalUnit.MonthDay, 1130)]
    [InlineData("31.05.", LegalUnit.MonthDay, 531)]
    [InlineData("1.3", LegalUnit.MonthDay, 301)]
    public void A_legal_value_is_read_as_an_official_types_it(string text, LegalUnit unit, decimal expected)
    {
        var result = LegalValueInput.Parse(text, unit);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Code)));
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("2,5", LegalUnit.Days, "LegalParams.Value.Whole")]
    [InlineData("-1", LegalUnit.Days, "LegalParams.Value.Whole")]
    [InlineData("dwadzieścia", LegalUnit.Days, "LegalParams.Value.Number")]
    [InlineData("", LegalUnit.Years, "LegalParams.Value.Number")]
    [InlineData("100,01", LegalUnit.Percent, "LegalParams.Value.Percent")]
    [InlineData("0,12345", LegalUnit.Percent, "LegalParams.Value.Percent")]
    [InlineData("-5", LegalUnit.Zloty, "LegalParams.Value.Amount")]
    [InlineData("10,001", LegalUnit.Zloty, "LegalParams.Value.Amount")]
    [InlineData("10.000,50", LegalUnit.Zloty, "LegalParams.Value.Number")]
    [InlineData("31.11", LegalUnit.MonthDay, "LegalParams.Value.MonthDay")]
    [InlineData("29.02", LegalUnit.MonthDay, "LegalParams.Value.MonthDay")]
    [InlineData("1130", LegalUnit.MonthDay, "LegalParams.Value.MonthDay")]
    public void A_legal_value_that_does_not_fit_its_unit_is_refused(string text, LegalUnit unit, string code)
    {
        var result = LegalValueInput.Parse(text, unit);
        Assert.Equal(code, Assert.Single(result.Errors).Code);
        Assert.Equal("Value", result.Errors[0].Field);
    }

    [Fact]
    public void A_month_day_is_shown_in_the_form_as_day_and_month()
        => Assert.Equal("30.11", LegalValueInput.Format(1130m, LegalUnit.MonthDay));

    [Fact]
    public void A_wrong_TERYT_length_names_the_expected_and_the_given_number_of_digits()
    {
        var error = Assert.Single(TerytCode.Validate(TenantKind.County, null, "0201011"));
        Assert.Equal("TerytCode", error.Field);
        Assert.Equal([4, 7], error.Args.Cast<int>());
    }
}
