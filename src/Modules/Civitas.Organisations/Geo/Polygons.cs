namespace Civitas.Organisations.Geo;

/// <summary>Plane geometry on longitude/latitude rings ([lng, lat] pairs, as GeoJSON writes them).</summary>
internal static class Polygons
{
    private const double KmPerDegree = 111.32;

    /// <summary>Even-odd ray casting.</summary>
    public static bool RingContains(IReadOnlyList<double[]> ring, double x, double y)
    {
        var inside = false;
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
        {
            double xi = ring[i][0], yi = ring[i][1], xj = ring[j][0], yj = ring[j][1];
            if ((yi > y) != (yj > y) && x < ((xj - xi) * (y - yi) / (yj - yi)) + xi) inside = !inside;
        }
        return inside;
    }

    /// <summary>Approximate distance in kilometres from a point to the nearest edge of a ring
    /// (equirectangular projection around the point: good to a few per cent at these distances).</summary>
    public static double DistanceToRingKm(IReadOnlyList<double[]> ring, double x, double y)
    {
        var kx = Math.Cos(y * Math.PI / 180) * KmPerDegree;
        var best = double.MaxValue;
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
        {
            double ax = (ring[j][0] - x) * kx, ay = (ring[j][1] - y) * KmPerDegree;
            double bx = (ring[i][0] - x) * kx, by = (ring[i][1] - y) * KmPerDegree;
            double dx = bx - ax, dy = by - ay;
            var len = (dx * dx) + (dy * dy);
            var t = len == 0 ? 0 : Math.Clamp(-((ax * dx) + (ay * dy)) / len, 0, 1);
            double px = ax + (t * dx), py = ay + (t * dy);
            best = Math.Min(best, Math.Sqrt((px * px) + (py * py)));
        }
        return best;
    }
}
