using Civitas.Testing;

namespace Civitas.Organisations.Tests;

/// <summary>Paths of the real public data the tests read (../shared/data, see its SOURCE.txt files).
/// A missing file fails the test; it never skips.</summary>
internal static class SharedData
{
    public static string Path(params string[] parts)
    {
        var path = System.IO.Path.Combine([TestEnvironment.Shared, "data", .. parts]);
        if (!File.Exists(path) && !System.IO.Directory.Exists(path)) throw new FileNotFoundException("Shared test data missing", path);
        return path;
    }

    public static string ValidationVectors => Path("validation", "pl_id_test_vectors.csv");
    public static string KrsFolder => Path("krs", "parasol_all");
    public static string Krs404 => Path("krs", "api-krs_404_not_found.json");
    public static string NgoList => Path("ngo_list", "ngo_rejs_46_from_krs_api.csv");
    public static string WarsawDistricts => Path("geo", "warszawa_dzielnice.geojson");
    public static string KrakowDistricts => Path("geo", "krakow_dzielnice.geojson");
}
