using System.Globalization;
using System.Text.Json;
using Civitas.Platform;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Civitas.Organisations.Geo;

/// <summary>
/// Optional address look-up (Organisations:GeocoderUrl, a Nominatim-compatible "search" endpoint; none by
/// default, and then the form does not offer it). Asks for one result in Poland and checks the answer
/// lies in Poland. Errors: Geocoder.NotConfigured, Geocoder.AddressMissing, Geocoder.NotFound,
/// Geocoder.Unavailable — all shown next to the coordinates, which can always be typed instead.
/// </summary>
internal sealed class Geocoder(HttpClient http, IOptions<OrganisationsOptions> options, ILogger<Geocoder> logger)
{
    public async Task<Result<(double Latitude, double Longitude)>> FindAsync(string? street, string? building, string? postalCode, string? city, CancellationToken ct)
    {
        var url = options.Value.GeocoderUrl;
        if (string.IsNullOrEmpty(url)) return Result.Fail<(double, double)>(new Error("Geocoder.NotConfigured", "Latitude"));
        if (string.IsNullOrWhiteSpace(city)) return Result.Fail<(double, double)>(new Error("Geocoder.AddressMissing", "City"));
        var query = string.Join(", ", new[] { string.Join(' ', new[] { street, building }.Where(s => !string.IsNullOrWhiteSpace(s))), string.Join(' ', new[] { postalCode, city }.Where(s => !string.IsNullOrWhiteSpace(s))) }.Where(s => s.Length > 0));
        var uri = new Uri($"{url}{(url.Contains('?', StringComparison.Ordinal) ? "&" : "?")}format=json&limit=1&countrycodes=pl&q={Uri.EscapeDataString(query)}");
        try
        {
            using var response = await http.GetAsync(uri, ct);
            if (!response.IsSuccessStatusCode) return Result.Fail<(double, double)>(new Error("Geocoder.Unavailable", "Latitude"));
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
            if (doc.RootElement.ValueKind != JsonValueKind.Array || doc.RootElement.GetArrayLength() == 0) return Result.Fail<(double, double)>(new Error("Geocoder.NotFound", "Latitude"));
            var first = doc.RootElement[0];
            if (first.TryGetProperty("lat", out var latText) && first.TryGetProperty("lon", out var lonText)
                && double.TryParse(latText.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                && double.TryParse(lonText.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
                && PolandBoundary.Contains(lat, lon))
            {
                return Result.Ok((Math.Round(lat, 6), Math.Round(lon, 6)));
            }
            return Result.Fail<(double, double)>(new Error("Geocoder.NotFound", "Latitude"));
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException && !ct.IsCancellationRequested)
        {
            logger.LogWarning("Geocoder failed: {Error}", ex.Message);
            return Result.Fail<(double, double)>(new Error("Geocoder.Unavailable", "Latitude"));
        }
    }
}
