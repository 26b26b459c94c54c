using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Civitas.Grants.Domain.Offers;

/// <summary>The one JSON form of section models and snapshots. Canonical: properties in declaration
/// order, no indentation, numbers as written, letters unescaped, so the same content always gives the
/// same bytes (and the same SHA-256).</summary>
internal static class OfferJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = false,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.Strict,
    };

    public static string Write(OfferSectionKey key, object model) => JsonSerializer.Serialize(model, OfferContent.ModelType(key), Options);

    public static object Read(OfferSectionKey key, string json)
        => JsonSerializer.Deserialize(json, OfferContent.ModelType(key), Options) ?? Activator.CreateInstance(OfferContent.ModelType(key))!;

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;
}
