using Civitas.Platform;
using Civitas.Platform.Data;

namespace Civitas.Organisations.Domain;

/// <summary>A person's request to act for an organisation that has no one on the platform yet (imported
/// from a register) or that they do not belong to. An official of the JST decides; approval makes
/// the person a representative.</summary>
internal sealed class Claim : ITenantOwned, IAudited
{
    private Claim()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid OrganisationId { get; private set; }
    public Guid UserId { get; private set; }
    public string Message { get; private set; } = "";
    public Guid? DocumentFileId { get; private set; }
    public ClaimStatus Status { get; private set; } = ClaimStatus.Pending;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public Guid? DecidedBy { get; private set; }
    public string? DecisionReason { get; private set; }

    public static Claim Create(Guid organisationId, Guid userId, string message, Guid? documentFileId, DateTimeOffset now)
        => new() { OrganisationId = organisationId, UserId = userId, Message = message, DocumentFileId = documentFileId, CreatedAt = now };

    public Result Approve(Guid officialId, DateTimeOffset now)
    {
        if (Status != ClaimStatus.Pending) return Result.Fail(new Error("Claim.AlreadyDecided"));
        Status = ClaimStatus.Approved;
        DecidedAt = now;
        DecidedBy = officialId;
        return Result.Ok();
    }

    public Result Reject(string? reason, Guid officialId, DateTimeOffset now)
    {
        if (Status != ClaimStatus.Pending) return Result.Fail(new Error("Claim.AlreadyDecided"));
        var r = reason?.Trim();
        if (string.IsNullOrEmpty(r)) return Result.Fail(new Error("Listing.ReasonRequired", "Reason"));
        if (r.Length > 2000) return Result.Fail(new Error("Organisation.TooLong", "Reason", 2000));
        Status = ClaimStatus.Rejected;
        DecisionReason = r;
        DecidedAt = now;
        DecidedBy = officialId;
        return Result.Ok();
    }
}
