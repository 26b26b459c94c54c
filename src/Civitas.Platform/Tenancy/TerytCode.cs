namespace Civitas.Platform.Tenancy;

/// <summary>
/// Checks a JST's TERYT code (rejestr TERC, rozporządzenie RM z 15.12.1998 w sprawie krajowego
/// rejestru urzędowego podziału terytorialnego kraju): WW for a voivodeship, WWPP for a county,
/// WWPPGGR for a gmina, where WW is an even number 02–32, and R is the kind of gmina
/// (1 miejska, 2 wiejska, 3 miejsko-wiejska; 4, 5, 8 and 9 mark parts of gminas and Warsaw's
/// districts, which are not JSTs). A city with county rights is a gmina miejska: WWPPGG1.
/// </summary>
internal static class TerytCode
{
    public const string Field = "TerytCode";
    public const string TypeField = "MunicipalityType";

    /// <summary>Number of digits of the code of a JST of <paramref name="kind"/>.</summary>
    public static int LengthFor(TenantKind kind) => kind switch
    {
        TenantKind.Voivodeship => 2,
        TenantKind.County => 4,
        _ => 7,
    };

    /// <summary>The municipality type that fits the kind: kept for gminas, Urban for a city with
    /// county rights, none for a county or voivodeship.</summary>
    public static MunicipalityType? NormalizeType(TenantKind kind, MunicipalityType? type) => kind switch
    {
        TenantKind.Municipality => type,
        TenantKind.CityWithCountyRights => MunicipalityType.Urban,
        _ => null,
    };

    /// <summary>The errors of <paramref name="code"/> for a JST of <paramref name="kind"/> (empty when valid).</summary>
    public static IReadOnlyList<Error> Validate(TenantKind kind, MunicipalityType? type, string? code)
    {
        var errors = new List<Error>();
        if (kind == TenantKind.Municipality && type is null) errors.Add(new Error("Teryt.TypeRequired", TypeField));
        if (kind == TenantKind.CityWithCountyRights && type is not (null or MunicipalityType.Urban))
        {
            errors.Add(new Error("Teryt.CityTypeUrban", TypeField));
        }

        var c = code?.Trim() ?? "";
        if (c.Length == 0) return errors; // [Required] on the input reports it
        if (!c.All(char.IsAsciiDigit))
        {
            errors.Add(new Error("Teryt.Digits", Field));
            return errors;
        }
        var expected = LengthFor(kind);
        if (c.Length != expected)
        {
            errors.Add(new Error("Teryt.Length." + kind, Field, expected, c.Length));
            return errors;
        }
        var voivodeship = int.Parse(c.AsSpan(0, 2), provider: System.Globalization.CultureInfo.InvariantCulture);
        if (voivodeship is < 2 or > 32 || voivodeship % 2 != 0)
        {
            errors.Add(new Error("Teryt.Voivodeship", Field, c[..2]));
            return errors;
        }
        if (c.Length >= 4 && c.AsSpan(2, 2).SequenceEqual("00"))
        {
            errors.Add(new Error("Teryt.County", Field));
            return errors;
        }
        if (c.Length == 7)
        {
            if (c.AsSpan(4, 2).SequenceEqual("00"))
            {
                errors.Add(new Error("Teryt.Gmina", Field));
                return errors;
            }
            var digit = c[6] - '0';
            if (digit is < 1 or > 3)
            {
                errors.Add(new Error("Teryt.TypeDigit", Field, c[6]));
            }
            else if (kind == TenantKind.CityWithCountyRights && digit != (int)MunicipalityType.Urban)
            {
                errors.Add(new Error("Teryt.CityTypeDigit", Field, c[6]));
            }
            else if (kind == TenantKind.Municipality && type is { } t && (int)t != digit)
            {
                errors.Add(new Error("Teryt.TypeMismatch", Field, c[6]));
            }
        }
        return errors;
    }
}
