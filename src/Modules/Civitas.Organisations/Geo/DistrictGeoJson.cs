using System.Text.Json;
using Civitas.Platform;

namespace Civitas.Organisations.Geo;

/// <summary>A district read from an uploaded GeoJSON file.</summary>
internal sealed record ParsedDistrict(string Name, string GeometryJson, double MinLatitude, double MaxLatitude, double MinLongitude, double MaxLongitude);

/// <summary>
/// Reads districts from a GeoJSON FeatureCollection (RFC 7946) of Polygon or MultiPolygon features in
/// WGS 84 ([longitude, latitude]), each with a name property ("name", "nazwa", "JPT_NAZWA_"...). Refuses,
/// with the feature's number, anything else: broken JSON, points or lines, rings that are not closed,
/// coordinates outside Poland (swapped axes are the usual cause; EPSG:2180 metres are another).
/// </summary>
internal static class DistrictGeoJson
{
    public const int MaxFeatures = 300;
    private static readonly string[] NameProperties = ["name", "nazwa", "Name", "NAZWA", "JPT_NAZWA_", "dzielnica", "DZIELNICA", "osiedle"];

    public static Result<IReadOnlyList<ParsedDistrict>> Parse(ReadOnlyMemory<byte> json)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException)
        {
            return Fail("Districts.InvalidJson");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.GetString() != "FeatureCollection"
                || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
            {
                return Fail("Districts.NotFeatureCollection");
            }
            var count = features.GetArrayLength();
            if (count == 0) return Fail("Districts.NoFeatures");
            if (count > MaxFeatures) return Fail("Districts.TooMany", MaxFeatures);

            var result = new List<ParsedDistrict>(count);
            var number = 0;
            foreach (var feature in features.EnumerateArray())
            {
                number++;
                if (feature.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind != JsonValueKind.Object
                    || !geometry.TryGetProperty("type", out var gtype) || !geometry.TryGetProperty("coordinates", out var coordinates))
                {
                    return Fail("Districts.FeatureWithoutGeometry", number);
                }
                var name = NameOf(feature);
                if (name is null) return Fail("Districts.MissingName", number);
                if (name.Length > 150) name = name[..150];
                var polygons = gtype.GetString() switch
                {
                    "Polygon" => [coordinates],
                    "MultiPolygon" => coordinates.ValueKind == JsonValueKind.Array ? coordinates.EnumerateArray().ToList() : null,
                    _ => null,
                };
                if (polygons is null) return Fail("Districts.UnsupportedGeometry", number, name);
                var box = new Box();
                foreach (var polygon in polygons)
                {
                    if (polygon.ValueKind != JsonValueKind.Array || polygon.GetArrayLength() == 0) return Fail("Districts.InvalidRing", number, name);
                    foreach (var ring in polygon.EnumerateArray())
                    {
                        var error = ReadRing(ring, box);
                        if (error is not null) return Fail(error, number, name);
                    }
                }
                var (minLat, maxLat, minLng, maxLng) = PolandBoundary.Box;
                if (box.MinLat < minLat || box.MaxLat > maxLat || box.MinLng < minLng || box.MaxLng > maxLng
                    || !PolandBoundary.Contains((box.MinLat + box.MaxLat) / 2, (box.MinLng + box.MaxLng) / 2))
                {
                    return Fail("Districts.OutsidePoland", number, name);
                }
                result.Add(new ParsedDistrict(name, geometry.GetRawText(), box.MinLat, box.MaxLat, box.MinLng, box.MaxLng));
            }
            return Result.Ok<IReadOnlyList<ParsedDistrict>>(result);
        }
    }

    /// <summary>True when the point lies in the district's geometry.</summary>
    public static bool Contains(string geometryJson, double latitude, double longitude)
    {
        using var doc = JsonDocument.Parse(geometryJson);
        var g = doc.RootElement;
        var coords = g.GetProperty("coordinates");
        var polygons = g.GetProperty("type").GetString() == "Polygon" ? [coords] : coords.EnumerateArray().ToList();
        foreach (var polygon in polygons)
        {
            var rings = polygon.EnumerateArray().Select(r => r.EnumerateArray().Select(p => new[] { p[0].GetDouble(), p[1].GetDouble() }).ToArray()).ToList();
            if (rings.Count == 0 || !Polygons.RingContains(rings[0], longitude, latitude)) continue;
            if (rings.Skip(1).All(hole => !Polygons.RingContains(hole, longitude, latitude))) return true;
        }
        return false;
    }

    private static string? ReadRing(JsonElement ring, Box box)
    {
        if (ring.ValueKind != JsonValueKind.Array || ring.GetArrayLength() < 4) return "Districts.InvalidRing";
        double firstX = 0, firstY = 0, lastX = 0, lastY = 0;
        var i = 0;
        foreach (var position in ring.EnumerateArray())
        {
            if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2
                || position[0].ValueKind != JsonValueKind.Number || position[1].ValueKind != JsonValueKind.Number)
            {
                return "Districts.InvalidCoordinates";
            }
            var x = position[0].GetDouble();
            var y = position[1].GetDouble();
            if (double.IsNaN(x) || double.IsNaN(y) || x is < -180 or > 180 || y is < -90 or > 90) return "Districts.OutsidePoland";
            if (i == 0) (firstX, firstY) = (x, y);
            (lastX, lastY) = (x, y);
            box.Add(y, x);
            i++;
        }
        return firstX == lastX && firstY == lastY ? null : "Districts.RingNotClosed";
    }

    private static string? NameOf(JsonElement feature)
    {
        if (!feature.TryGetProperty("properties", out var props) || props.ValueKind != JsonValueKind.Object) return null;
        foreach (var key in NameProperties)
        {
            if (props.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())) return v.GetString()!.Trim();
        }
        return null;
    }

    private static Result<IReadOnlyList<ParsedDistrict>> Fail(string code, params object[] args)
        => Result.Fail<IReadOnlyList<ParsedDistrict>>(new Error(code, "File", args));

    private sealed class Box
    {
        public double MinLat { get; private set; } = double.MaxValue;
        public double MaxLat { get; private set; } = double.MinValue;
        public double MinLng { get; private set; } = double.MaxValue;
        public double MaxLng { get; private set; } = double.MinValue;

        public void Add(double lat, double lng)
        {
            MinLat = Math.Min(MinLat, lat);
            MaxLat = Math.Max(MaxLat, lat);
            MinLng = Math.Min(MinLng, lng);
            MaxLng = Math.Max(MaxLng, lng);
        }
    }
}
