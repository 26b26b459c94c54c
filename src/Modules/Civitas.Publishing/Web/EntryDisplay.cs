using Civitas.Publishing.Queries;

namespace Civitas.Publishing.Web;

/// <summary>What the shared entry partial shows: the entry, the publishing entity (the tenant), where
/// the links to versions lead, and whether an official is looking (officials see withdrawn content).</summary>
internal sealed record EntryDisplay(EntryView Entry, string Publisher, Func<int, string> VersionUrl, bool Office)
{
    public bool ShowContent => Office || Entry.ContentPublic;
}
