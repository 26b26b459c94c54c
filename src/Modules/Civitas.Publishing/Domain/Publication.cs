using System.Linq.Expressions;
using Civitas.Platform;
using Civitas.Platform.Calendar;
using Civitas.Platform.Data;
using Civitas.Publishing.Contracts;

namespace Civitas.Publishing.Domain;

/// <summary>
/// An entry of the register of public information (BIP), keyed by the module and source key that
/// published it. It carries the list fields of its current version (for filtering and paging without
/// reading bodies) and the withdrawal, if any; the content and metadata live in its versions.
/// An entry is never deleted: after its visibility period, or when withdrawn, it moves to the archive.
/// </summary>
internal sealed class Publication : ITenantOwned, IAudited, IConcurrencyVersioned
{
    private readonly List<PublicationVersion> _versions = [];

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public int Version { get; set; }
    public string SourceModule { get; private set; } = "";
    public string SourceKey { get; private set; } = "";

    public Guid CurrentVersionId { get; private set; }
    public int VersionCount { get; private set; }
    public DateTimeOffset CurrentSourceOccurredAt { get; private set; }

    public PublicationCategory Category { get; private set; }
    public string Title { get; private set; } = "";
    public string? TitleEnglish { get; private set; }
    public string? Summary { get; private set; }

    /// <summary>Titles folded to lower case without Polish diacritics, for search ("lodz" finds "Łódź").</summary>
    public string SearchText { get; private set; } = "";

    /// <summary>Publication time of version 1 (data udostępnienia).</summary>
    public DateTimeOffset FirstPublishedAt { get; private set; }

    /// <summary>The Warsaw calendar year of <see cref="FirstPublishedAt"/>, for the year filter.</summary>
    public int PublishedYear { get; private set; }

    /// <summary>Publication time of the current version (data modyfikacji).</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset VisibleFrom { get; private set; }
    public DateTimeOffset? VisibleTo { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }
    public string? WithdrawalReason { get; private set; }
    public string? WithdrawnByName { get; private set; }
    public string? WithdrawnByFunction { get; private set; }
    public Guid? WithdrawnByUserId { get; private set; }

    public IReadOnlyList<PublicationVersion> Versions => _versions;

    private Publication()
    {
    }

    /// <summary>Creates the entry with its first version.</summary>
    public static Publication Create(string sourceModule, string sourceKey, VersionContent content, Guid messageId, DateTimeOffset sourceOccurredAt, DateTimeOffset recordedAt)
    {
        var publication = new Publication { SourceModule = sourceModule, SourceKey = sourceKey };
        var first = new PublicationVersion(publication.Id, 1, messageId, sourceOccurredAt, recordedAt, content);
        publication._versions.Add(first);
        publication.VersionCount = 1;
        publication.FirstPublishedAt = content.PublishedAt;
        publication.PublishedYear = WarsawTime.DateOf(content.PublishedAt).Year;
        publication.MakeCurrent(first);
        return publication;
    }

    /// <summary>
    /// Records the next version. History is never overwritten: the version gets the next number. It
    /// becomes the current content unless a version made later at the source is already current (an
    /// outbox retry may deliver an older change after a newer one). A withdrawn entry stays withdrawn.
    /// </summary>
    public PublicationVersion AddVersion(VersionContent content, Guid messageId, DateTimeOffset sourceOccurredAt, DateTimeOffset recordedAt)
    {
        var version = new PublicationVersion(Id, VersionCount + 1, messageId, sourceOccurredAt, recordedAt, content);
        _versions.Add(version);
        VersionCount = version.Number;
        if (sourceOccurredAt >= CurrentSourceOccurredAt) MakeCurrent(version);
        return version;
    }

    /// <summary>Takes the entry down from the public register; it stays in the archive with the reason.</summary>
    public Result Withdraw(string? reason, string byName, string? byFunction, Guid? byUserId, DateTimeOffset at)
    {
        if (WithdrawnAt is not null) return Result.Fail(new Error("Publication.AlreadyWithdrawn"));
        var trimmed = reason?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return Result.Fail(new Error("Publication.WithdrawalReasonRequired", "Reason"));
        if (trimmed.Length > PublicationLimits.Reason) return Result.Fail(new Error("Publication.WithdrawalReasonTooLong", "Reason", PublicationLimits.Reason));
        WithdrawnAt = at;
        WithdrawalReason = trimmed;
        WithdrawnByName = byName;
        WithdrawnByFunction = byFunction;
        WithdrawnByUserId = byUserId;
        return Result.Ok();
    }

    /// <summary>Where the entry stands at <paramref name="now"/>.</summary>
    public PublicationState StateAt(DateTimeOffset now) => State(WithdrawnAt, VisibleFrom, VisibleTo, now);

    public static PublicationState State(DateTimeOffset? withdrawnAt, DateTimeOffset visibleFrom, DateTimeOffset? visibleTo, DateTimeOffset now)
        => withdrawnAt is not null ? PublicationState.Withdrawn
            : visibleFrom > now ? PublicationState.Scheduled
            : visibleTo is { } to && to <= now ? PublicationState.Expired
            : PublicationState.Visible;

    /// <summary>Shown in the public register now.</summary>
    public static Expression<Func<Publication, bool>> VisibleAt(DateTimeOffset now)
        => p => p.WithdrawnAt == null && p.VisibleFrom <= now && (p.VisibleTo == null || p.VisibleTo > now);

    /// <summary>In the public archive: it was shown once and its period ended, or it was withdrawn after it
    /// had been shown. An entry withdrawn before anyone could see it never becomes public.</summary>
    public static Expression<Func<Publication, bool>> ArchivedAt(DateTimeOffset now)
        => p => p.VisibleFrom <= now
            && ((p.WithdrawnAt != null && p.VisibleFrom < p.WithdrawnAt) || (p.WithdrawnAt == null && p.VisibleTo != null && p.VisibleTo <= now));

    /// <summary>Readable by the public at all (the register or the archive).</summary>
    public static Expression<Func<Publication, bool>> PublicAt(DateTimeOffset now)
        => p => p.VisibleFrom <= now && (p.WithdrawnAt == null || p.VisibleFrom < p.WithdrawnAt);

    private void MakeCurrent(PublicationVersion version)
    {
        CurrentVersionId = version.Id;
        CurrentSourceOccurredAt = version.SourceOccurredAt;
        Category = version.Category;
        Title = version.Title;
        TitleEnglish = version.TitleEnglish;
        Summary = version.Summary;
        SearchText = SearchFolding.Fold(version.Title + " " + version.TitleEnglish);
        UpdatedAt = version.PublishedAt;
        VisibleFrom = version.VisibleFrom;
        VisibleTo = version.VisibleTo;
    }
}
