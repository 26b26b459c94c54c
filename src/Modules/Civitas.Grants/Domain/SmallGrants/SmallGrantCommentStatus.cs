namespace Civitas.Grants.Domain.SmallGrants;

/// <summary>Moderation state of a public comment on a small-grant offer.</summary>
internal enum SmallGrantCommentStatus
{
    /// <summary>Waiting for an official; not shown publicly.</summary>
    Pending = 1,
    /// <summary>Shown under the published offer.</summary>
    Approved = 2,
    /// <summary>Not shown (e.g. offensive, off-topic, personal data); kept for the file.</summary>
    Rejected = 3,
}
