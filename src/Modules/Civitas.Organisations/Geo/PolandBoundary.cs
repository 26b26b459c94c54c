using System.Text.Json;

namespace Civitas.Organisations.Geo;

/// <summary>
/// Is a point in Poland? Tested against the country outline from PRG (geoportal.gov.pl, August 2025,
/// public domain; repository waszkiewiczja/GeoJSON-Polska-Wojewodztwa-Powiaty-Gminy, simplified to 3 000
/// vertices). The simplification moves the line by up to about a kilometre, so a point up to
/// <see cref="ToleranceKm"/> outside the outline still counts: the check exists to catch swapped
/// latitude and longitude, a missing minus sign or "0, 0", not to arbitrate the border.
/// </summary>
internal static class PolandBoundary
{
    public const double ToleranceKm = 2.0;
    private static readonly Lazy<double[][]> Ring = new(Load);

    /// <summary>Bounding box of the outline (with the tolerance).</summary>
    public static (double MinLat, double MaxLat, double MinLng, double MaxLng) Box => (48.98, 55.06, 14.04, 24.18);

    public static bool Contains(double latitude, double longitude)
    {
        var (minLat, maxLat, minLng, maxLng) = Box;
        if (latitude < minLat || latitude > maxLat || longitude < minLng || longitude > maxLng) return false;
        var ring = Ring.Value;
        return Polygons.RingContains(ring, longitude, latitude) || Polygons.DistanceToRingKm(ring, longitude, latitude) <= ToleranceKm;
    }

    private static double[][] Load()
    {
        using var stream = typeof(PolandBoundary).Assembly.GetManifestResourceStream("Civitas.Organisations.Geo.poland.geojson")
            ?? throw new InvalidOperationException("Embedded outline of Poland is missing.");
        using var doc = JsonDocument.Parse(stream);
        var coords = doc.RootElement.GetProperty("features")[0].GetProperty("geometry").GetProperty("coordinates")[0];
        return coords.EnumerateArray().Select(p => new[] { p[0].GetDouble(), p[1].GetDouble() }).ToArray();
    }
}
