using System.Text.Json;
using System.Text.Json.Serialization;

namespace Civitas.Platform.Outbox;

internal static class OutboxJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
