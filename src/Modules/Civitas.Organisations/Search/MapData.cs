using System.Buffers;
using System.Text.Json;
using Civitas.Organisations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Organisations.Search;

/// <summary>
/// The map's points in a compact JSON (150 000 points in about 2.5 MB, not 150 000 objects):
/// <code>{"v":1,"scale":100000,"lat0":…,"lng0":…,"spheres":["1","1a",…],"count":N,"p":[dId,dLat,dLng,s, …]}</code>
/// Points are sorted by listing id; dId is the difference to the previous id (the first is the id),
/// dLat/dLng are whole multiples of 1/scale degree (about a metre) above lat0/lng0, s is the index of
/// the main sphere in "spheres" (-1: none). The pop-up asks /api/v1/organisations/map/{id} for the rest.
/// </summary>
internal sealed class MapData(DirectorySearch search, Data.OrganisationsDb db)
{
    public const int Scale = 100_000;

    public async Task WriteAsync(DirectoryFilter filter, IBufferWriter<byte> output, CancellationToken ct)
    {
        // Read in index order (the covering index of the map) and sorted here: cheaper than asking the
        // database to sort 150 000 rows, and the id deltas need ascending ids.
        // EF writes the SQL (tenant filter, search, filters); the rows are read straight from the data
        // reader: materialising 150 000 objects through EF costs more than the query itself.
        var points = new List<(long Id, double Lat, double Lng, int Sphere)>();
        var query = search.Filter(filter).Where(l => l.Latitude != null && l.Longitude != null).AsNoTracking()
            .Select(l => new { l.Id, Lat = l.Latitude!.Value, Lng = l.Longitude!.Value, l.MainSphere });
        await using (var command = query.CreateDbCommand())
        {
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await using var reader = await command.ExecuteReaderAsync(ct);
                int id = reader.GetOrdinal("Id"), lat = reader.GetOrdinal("Lat"), lng = reader.GetOrdinal("Lng"), sphere = reader.GetOrdinal("MainSphere");
                while (await reader.ReadAsync(ct)) points.Add((reader.GetInt64(id), reader.GetDouble(lat), reader.GetDouble(lng), reader.GetInt32(sphere)));
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        points.Sort((a, b) => a.Id.CompareTo(b.Id));

        var lat0 = points.Count == 0 ? 0 : Math.Floor(points.Min(p => p.Lat) * 100) / 100;
        var lng0 = points.Count == 0 ? 0 : Math.Floor(points.Min(p => p.Lng) * 100) / 100;
        using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteNumber("v", 1);
        json.WriteNumber("scale", Scale);
        json.WriteNumber("lat0", lat0);
        json.WriteNumber("lng0", lng0);
        json.WriteStartArray("spheres");
        foreach (var s in SphereSeed.All) json.WriteStringValue(s.Code);
        json.WriteEndArray();
        json.WriteNumber("count", points.Count);
        json.WriteStartArray("p");
        long previous = 0;
        foreach (var (id, lat, lng, sphere) in points)
        {
            json.WriteNumberValue(id - previous);
            json.WriteNumberValue((long)Math.Round((lat - lat0) * Scale));
            json.WriteNumberValue((long)Math.Round((lng - lng0) * Scale));
            json.WriteNumberValue(sphere);
            previous = id;
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(ct);
    }
}
