using Civitas.Publishing.Contracts;

namespace Civitas.Publishing.Queries;

/// <summary>An entry as the public sees it: the version shown (the current one, or an older one asked
/// for), the change register, and the withdrawal if any. A withdrawn entry shows no content.</summary>
internal sealed record EntryView(
    Guid Id,
    PublicationState State,
    int VersionCount,
    int CurrentNumber,
    DateTimeOffset FirstPublishedAt,
    DateTimeOffset UpdatedAt,
    VersionView Shown,
    IReadOnlyList<ChangeRow> Changes,
    WithdrawalView? Withdrawal)
{
    public bool ShowsCurrentVersion => Shown.Number == CurrentNumber;

    /// <summary>Content and attachments stay public unless the entry was withdrawn (art. 8 ust. 5 practice:
    /// a withdrawn document comes down; the record that it was published and why it was withdrawn stays).</summary>
    public bool ContentPublic => State != PublicationState.Withdrawn;
}
