using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Civitas.Platform;
using Civitas.Platform.Files;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Organisations.Pages.Organisations.Member;

/// <summary>A person asks to act for an organisation listed in this JST's directory.</summary>
internal sealed class ClaimHandler(OrganisationsDb db, IFileStore files, TimeProvider clock)
{
    public const int MessageMax = 2000;

    public async Task<Result> FileAsync(Guid organisationId, Guid userId, string? message, Stream? document, string? documentName, CancellationToken ct)
    {
        if (!await db.Listings.AnyAsync(l => l.OrganisationId == organisationId && l.Visible, ct)) return Result.Fail(new Error("Organisation.NotFound"));
        if (await db.Memberships.AnyAsync(m => m.OrganisationId == organisationId && m.UserId == userId, ct)) return Result.Fail(new Error("Claim.AlreadyMember"));
        if (await db.Claims.AnyAsync(c => c.OrganisationId == organisationId && c.UserId == userId && c.Status == ClaimStatus.Pending, ct)) return Result.Fail(new Error("Claim.AlreadyPending"));
        var text = message?.Trim();
        if (string.IsNullOrEmpty(text)) return Result.Fail(new Error("Claim.MessageRequired", "Message"));
        if (text.Length > MessageMax) return Result.Fail(new Error("Organisation.TooLong", "Message", MessageMax));
        Guid? fileId = null;
        if (document is not null)
        {
            var stored = await files.SaveAsync(new FileUpload(document, documentName ?? "dokument", OrganisationFiles.Documents, OrganisationFiles.Claim, organisationId, false, OrganisationFiles.DocumentMaxBytes), ct);
            if (!stored.Succeeded) return Result.Fail([.. stored.Errors.Select(e => e with { Field = "Document" })]);
            fileId = stored.Value!.Id;
        }
        db.Claims.Add(Claim.Create(organisationId, userId, text, fileId, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }
}
