namespace Civitas.Grants.Domain.Competitions;

/// <summary>One published version of the announcement: number 1 is the announcement, later numbers
/// are corrections (with their reason and what changed). The snapshot freezes what was published.</summary>
internal sealed class AnnouncementVersion
{
    private AnnouncementVersion()
    {
    }

    public AnnouncementVersion(int number, string? reason, string changedFields, string snapshotJson, DateTimeOffset publishedAt, Guid publishedBy, string publishedByName)
    {
        Id = Guid.CreateVersion7();
        Number = number;
        Reason = reason;
        ChangedFields = changedFields;
        SnapshotJson = snapshotJson;
        PublishedAt = publishedAt;
        PublishedBy = publishedBy;
        PublishedByName = publishedByName;
    }

    public Guid Id { get; private set; }
    public Guid CompetitionId { get; private set; }
    public int Number { get; private set; }
    /// <summary>Why the announcement was corrected; null for version 1.</summary>
    public string? Reason { get; private set; }
    /// <summary>Keys of the parts that changed against the previous version, ";"-separated ("deadline;tasks").</summary>
    public string ChangedFields { get; private set; } = "";
    public string SnapshotJson { get; private set; } = "";
    public DateTimeOffset PublishedAt { get; private set; }
    public Guid PublishedBy { get; private set; }
    public string PublishedByName { get; private set; } = "";
}
