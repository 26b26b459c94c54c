using System.Text.Json;

namespace Civitas.Platform.Pages.Admin.Audit;

/// <summary>Reads an audit entry's change JSON ({"Field": {"before": …, "after": …}}, or the free-form
/// details of a recorded action) into lines a person can read: field, value before, value after.</summary>
internal static class AuditChanges
{
    public sealed record Line(string Field, bool HasBefore, string? Before, bool HasAfter, string? After);

    /// <summary>Fields every entry already shows in its own columns (the record's key, the tenant).</summary>
    public static bool IsRedundant(string field) => field is "Id" or "TenantId";

    public static IReadOnlyList<Line> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return [];
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return [new Line("", false, null, true, Text(doc.RootElement))];
            var lines = new List<Line>();
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                if (p.Value.ValueKind == JsonValueKind.Object
                    && p.Value.EnumerateObject().All(x => x.Name is "before" or "after")
                    && p.Value.EnumerateObject().Any())
                {
                    var hasBefore = p.Value.TryGetProperty("before", out var before);
                    var hasAfter = p.Value.TryGetProperty("after", out var after);
                    lines.Add(new Line(p.Name, hasBefore, hasBefore ? Text(before) : null, hasAfter, hasAfter ? Text(after) : null));
                }
                else
                {
                    lines.Add(new Line(p.Name, false, null, true, Text(p.Value)));
                }
            }
            return lines;
        }
        catch (JsonException)
        {
            return [new Line("", false, null, true, json)];
        }
    }

    private static string? Text(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => e.GetString(),
        _ => e.GetRawText(),
    };
}
