using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Civitas.Grants.Domain.Competitions;

/// <summary>Freezes announcement content as JSON and tells which parts changed between versions.</summary>
internal static class AnnouncementSnapshot
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Keys of the parts of an announcement, in the order the public page shows them.</summary>
    public static readonly string[] Parts = ["title", "tasks", "rules", "implementation", "deadline", "selection", "criteria", "prior-tasks", "offer-rules"];

    public static string Serialize(AnnouncementContent content) => JsonSerializer.Serialize(content, Options);

    public static AnnouncementContent Deserialize(string json) => JsonSerializer.Deserialize<AnnouncementContent>(json, Options)
        ?? throw new InvalidOperationException("Empty announcement snapshot.");

    public static IReadOnlyList<string> ChangedParts(AnnouncementContent before, AnnouncementContent after)
    {
        var changed = new List<string>();
        foreach (var part in Parts)
        {
            if (Part(before, part) != Part(after, part)) changed.Add(part);
        }
        return changed;
    }

    // decimal keeps its scale (1000 vs 1000.00); compare amounts by value.
    private static string? N(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Part(AnnouncementContent c, string part) => part switch
    {
        "title" => c.Title.Trim(),
        "tasks" => JsonSerializer.Serialize(c.Tasks.Select(t => new { Title = t.Title.Trim(), t.SphereCode, Funds = N(t.Funds), t.Form, Description = t.Description?.Trim() }), Options),
        "rules" => c.GrantRules.Trim(),
        "implementation" => JsonSerializer.Serialize(new { c.ImplementationFrom, c.ImplementationTo, Conditions = c.ImplementationConditions.Trim() }, Options),
        "deadline" => JsonSerializer.Serialize(new { c.DeadlineDate, c.DeadlineTime }, Options),
        "selection" => JsonSerializer.Serialize(new { Procedure = c.SelectionProcedure.Trim(), c.SelectionDate }, Options),
        "criteria" => JsonSerializer.Serialize(c.Criteria.Select(x => new { x.Statutory, x.Name, x.MaxPoints, x.MinPoints }), Options),
        "prior-tasks" => JsonSerializer.Serialize(c.PriorTasks.Select(p => new { p.Year, Name = p.Name.Trim(), Total = N(p.TotalCost), Grants = N(p.GrantsToOrganisations) }), Options),
        _ => JsonSerializer.Serialize(new
        {
            Own = N(c.MinOwnContributionPercent), c.OwnContributionKind, Admin = N(c.MaxAdminCostPercent), MaxGrant = N(c.MaxGrantPerOffer), c.EligibleCostsFrom, c.EligibleCostsTo,
            c.JointOffersAllowed, Forms = c.EligibleLegalForms.Distinct().Order(),
            Checklist = c.ChecklistItems.Select(x => x.Trim()), Attachments = c.RequiredAttachments.Select(x => x.Trim()),
        }, Options),
    };
}
