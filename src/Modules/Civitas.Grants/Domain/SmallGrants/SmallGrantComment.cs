using Civitas.Platform;
using Civitas.Platform.Data;

namespace Civitas.Grants.Domain.SmallGrants;

/// <summary>A comment on a published small-grant offer (art. 19a ust. 4 UDPP: anyone may comment). The
/// name is optional; the text is Markdown, shown only after an official approved it, and only through the
/// sanitising renderer.</summary>
internal sealed class SmallGrantComment : ITenantOwned, IAudited
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid OfferId { get; private set; }
    public string? AuthorName { get; private set; }
    public Guid? AuthorUserId { get; private set; }
    public string Body { get; private set; } = "";
    public DateTimeOffset SubmittedAt { get; private set; }
    public SmallGrantCommentStatus Status { get; private set; } = SmallGrantCommentStatus.Pending;
    public DateTimeOffset? ModeratedAt { get; private set; }
    public string? ModeratedByName { get; private set; }

    private SmallGrantComment() { }

    public static Result<SmallGrantComment> Create(SmallGrantOffer offer, string? authorName, Guid? authorUserId, string? body, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(offer);
        if (!offer.AcceptsCommentsAt(now)) return new Error("SmallGrant.CommentsClosed", "Body");
        if (string.IsNullOrWhiteSpace(body)) return new Error("SmallGrant.Required", "Body");
        if (body.Trim().Length > SmallGrantRules.CommentMax) return new Error("SmallGrant.CommentTooLong", "Body", SmallGrantRules.CommentMax);
        if (authorName is not null && authorName.Trim().Length > SmallGrantRules.CommentNameMax) return new Error("SmallGrant.NameTooLong", "AuthorName", SmallGrantRules.CommentNameMax);
        return new SmallGrantComment
        {
            OfferId = offer.Id,
            AuthorName = string.IsNullOrWhiteSpace(authorName) ? null : authorName.Trim(),
            AuthorUserId = authorUserId,
            Body = body.Trim(),
            SubmittedAt = now,
        };
    }

    public Result Moderate(bool approve, string by, DateTimeOffset now)
    {
        if (Status != SmallGrantCommentStatus.Pending) return Result.Fail(new Error("SmallGrant.CommentAlreadyModerated"));
        Status = approve ? SmallGrantCommentStatus.Approved : SmallGrantCommentStatus.Rejected;
        ModeratedAt = now;
        ModeratedByName = by;
        return Result.Ok();
    }
}
