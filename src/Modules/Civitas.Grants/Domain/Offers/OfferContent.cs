using System.Text.Json.Serialization;

namespace Civitas.Grants.Domain.Offers;

/// <summary>Every section of one offer, as typed models (the rows of <see cref="OfferSection"/> deserialised).</summary>
internal sealed class OfferContent
{
    public BasicInfoSection Basic { get; set; } = new();

    public OfferorsSection Offerors { get; set; } = new();

    public TaskSection Task { get; set; } = new();

    public ProfileSection Profile { get; set; } = new();

    public CostsSection Costs { get; set; } = new();

    public SourcesSection Sources { get; set; } = new();

    public SplitSection Split { get; set; } = new();

    public OtherSection Other { get; set; } = new();

    public StatementsSection Statements { get; set; } = new();

    [JsonIgnore]
    public bool IsJoint => Offerors.Partners.Count > 0;

    /// <summary>The years a multi-year task spans (III.2), or one year; empty while the dates are missing.</summary>
    [JsonIgnore]
    public IReadOnlyList<int> Years => YearsOf(Task.StartDate, Task.EndDate);

    public static IReadOnlyList<int> YearsOf(DateOnly? start, DateOnly? end)
    {
        if (start is not { } s) return [];
        var e = end is { } x && x.Year >= s.Year ? x.Year : s.Year;
        // A typing slip (year 9999) must not make a page with thousands of columns.
        if (e - s.Year > 9) e = s.Year + 9;
        return Enumerable.Range(s.Year, e - s.Year + 1).ToList();
    }

    /// <summary>The section's model.</summary>
    public object Get(OfferSectionKey key) => key switch
    {
        OfferSectionKey.Basic => Basic,
        OfferSectionKey.Offerors => Offerors,
        OfferSectionKey.Task => Task,
        OfferSectionKey.Profile => Profile,
        OfferSectionKey.Costs => Costs,
        OfferSectionKey.Sources => Sources,
        OfferSectionKey.Split => Split,
        OfferSectionKey.Other => Other,
        OfferSectionKey.Statements => Statements,
        _ => throw new ArgumentOutOfRangeException(nameof(key)),
    };

    public void Set(OfferSectionKey key, object model)
    {
        switch (key)
        {
            case OfferSectionKey.Basic: Basic = (BasicInfoSection)model; break;
            case OfferSectionKey.Offerors: Offerors = (OfferorsSection)model; break;
            case OfferSectionKey.Task: Task = (TaskSection)model; break;
            case OfferSectionKey.Profile: Profile = (ProfileSection)model; break;
            case OfferSectionKey.Costs: Costs = (CostsSection)model; break;
            case OfferSectionKey.Sources: Sources = (SourcesSection)model; break;
            case OfferSectionKey.Split: Split = (SplitSection)model; break;
            case OfferSectionKey.Other: Other = (OtherSection)model; break;
            case OfferSectionKey.Statements: Statements = (StatementsSection)model; break;
            default: throw new ArgumentOutOfRangeException(nameof(key));
        }
    }

    public static Type ModelType(OfferSectionKey key) => key switch
    {
        OfferSectionKey.Basic => typeof(BasicInfoSection),
        OfferSectionKey.Offerors => typeof(OfferorsSection),
        OfferSectionKey.Task => typeof(TaskSection),
        OfferSectionKey.Profile => typeof(ProfileSection),
        OfferSectionKey.Costs => typeof(CostsSection),
        OfferSectionKey.Sources => typeof(SourcesSection),
        OfferSectionKey.Split => typeof(SplitSection),
        OfferSectionKey.Other => typeof(OtherSection),
        OfferSectionKey.Statements => typeof(StatementsSection),
        _ => throw new ArgumentOutOfRangeException(nameof(key)),
    };

    /// <summary>Builds the content from stored section rows (missing rows stay empty).</summary>
    public static OfferContent From(IEnumerable<(string Key, string Json)> rows)
    {
        var content = new OfferContent();
        foreach (var (code, json) in rows)
        {
            if (OfferSectionKeys.Parse(code) is { } key) content.Set(key, OfferJson.Read(key, json));
        }
        return content;
    }
}
