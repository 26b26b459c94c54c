using System.Globalization;
using Civitas.Organisations.Contracts;
using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Civitas.Organisations.Resources;
using Civitas.Platform;
using Civitas.Platform.Identity;
using Civitas.Platform.Localization;
using Civitas.Platform.Mail;
using Civitas.Platform.Outbox;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Civitas.Organisations.Pages.Organisations.Member;

/// <summary>Members of an organisation: invitations by e-mail, roles, removal, hand-over of
/// representation. Only representatives manage members, and an organisation always keeps at least
/// one representative. Each change bumps the organisation's version, so two representatives acting
/// at once cannot together leave it without one.</summary>
internal sealed class MembersHandler(
    OrganisationsDb db,
    UserManager<User> users,
    IOutbox outbox,
    IStringLocalizer<OrganisationsText> text,
    IOptions<OrganisationsOptions> options,
    TimeProvider clock)
{
    public async Task<Result> InviteAsync(Guid organisationId, Guid actorId, string email, OrganisationMemberRole role, string portalUrl, CancellationToken ct)
    {
        var organisation = await LoadForManagementAsync(organisationId, actorId, ct);
        if (organisation is null) return Result.Fail(new Error("Members.NotRepresentative"));
        if (!Enum.IsDefined(role)) return Result.Fail(new Error("Members.RoleUnknown", "Role"));
        var address = email.Trim().ToLowerInvariant();
        var existingUser = await users.FindByEmailAsync(address);
        if (existingUser is not null && await db.Memberships.AnyAsync(m => m.OrganisationId == organisationId && m.UserId == existingUser.Id, ct))
        {
            return Result.Fail(new Error("Members.AlreadyMember", "Email", address));
        }
        var now = clock.GetUtcNow();
        if (await db.Invitations.AnyAsync(i => i.OrganisationId == organisationId && i.Email == address && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now, ct))
        {
            return Result.Fail(new Error("Members.AlreadyInvited", "Email", address));
        }
        var (invitation, token) = Invitation.Create(organisationId, address, role, actorId, now, TimeSpan.FromDays(options.Value.InvitationValidDays));
        db.Invitations.Add(invitation);
        organisation.TouchMembers(now);
        var inviter = (await users.FindByIdAsync(actorId.ToString()))?.DisplayName ?? "";
        var link = $"{portalUrl.TrimEnd('/')}/moje-organizacje/zaproszenie/{token}";
        outbox.Add(db, InvitationMail(address, organisation.Name, inviter, role, link, invitation.ExpiresAt));
        return await SaveAsync(ct);
    }

    public async Task<Result> RevokeInvitationAsync(Guid organisationId, Guid actorId, Guid invitationId, CancellationToken ct)
    {
        var organisation = await LoadForManagementAsync(organisationId, actorId, ct);
        if (organisation is null) return Result.Fail(new Error("Members.NotRepresentative"));
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Id == invitationId && i.OrganisationId == organisationId, ct);
        if (invitation is null || !invitation.IsOpen(clock.GetUtcNow())) return Result.Fail(new Error("Invitations.NotOpen"));
        invitation.Revoke(clock.GetUtcNow());
        organisation.TouchMembers(clock.GetUtcNow());
        return await SaveAsync(ct);
    }

    /// <summary>Accepts the invitation with this token for the signed-in person, whose confirmed e-mail
    /// must be the invited address (a forwarded link does not make someone else a member).</summary>
    public async Task<Result<Guid>> AcceptAsync(string token, Guid userId, CancellationToken ct)
    {
        var hash = Invitation.Hash(token);
        return await AcceptAsync(await db.Invitations.FirstOrDefaultAsync(i => i.TokenHash == hash, ct), userId, ct);
    }

    /// <summary>Accepts by id, from the person's own list (matched by their confirmed e-mail address).</summary>
    public async Task<Result<Guid>> AcceptByIdAsync(Guid invitationId, Guid userId, CancellationToken ct)
        => await AcceptAsync(await db.Invitations.FirstOrDefaultAsync(i => i.Id == invitationId, ct), userId, ct);

    private async Task<Result<Guid>> AcceptAsync(Invitation? invitation, Guid userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (invitation is null || !invitation.IsOpen(now)) return Result.Fail<Guid>(new Error("Invitations.NotOpen"));
        var user = await users.FindByIdAsync(userId.ToString());
        if (user?.Email is null || !string.Equals(user.Email.Trim(), invitation.Email, StringComparison.OrdinalIgnoreCase))
        {
            return Result.Fail<Guid>(new Error("Invitations.WrongAccount", null, invitation.Email));
        }
        var organisation = await db.Organisations.FirstAsync(o => o.Id == invitation.OrganisationId, ct);
        if (await db.Memberships.AnyAsync(m => m.OrganisationId == invitation.OrganisationId && m.UserId == userId, ct))
        {
            return Result.Fail<Guid>(new Error("Members.AlreadyMember", null, invitation.Email));
        }
        db.Memberships.Add(new Membership(invitation.OrganisationId, userId, invitation.Role, now));
        invitation.Accept(userId, now);
        organisation.TouchMembers(now);
        var saved = await SaveAsync(ct);
        return saved.Succeeded ? invitation.OrganisationId : Result.Fail<Guid>([.. saved.Errors]);
    }

    public async Task<Result> ChangeRoleAsync(Guid organisationId, Guid actorId, Guid membershipId, OrganisationMemberRole role, CancellationToken ct)
    {
        if (!Enum.IsDefined(role)) return Result.Fail(new Error("Members.RoleUnknown", "Role"));
        var organisation = await LoadForManagementAsync(organisationId, actorId, ct);
        if (organisation is null) return Result.Fail(new Error("Members.NotRepresentative"));
        var member = await db.Memberships.FirstOrDefaultAsync(m => m.Id == membershipId && m.OrganisationId == organisationId, ct);
        if (member is null) return Result.Fail(new Error("Members.NotFound"));
        if (member.Role == OrganisationMemberRole.Representative && role != OrganisationMemberRole.Representative && await IsLastRepresentativeAsync(member, ct))
        {
            return Result.Fail(new Error("Members.LastRepresentative"));
        }
        member.Role = role;
        organisation.TouchMembers(clock.GetUtcNow());
        return await SaveAsync(ct);
    }

    public async Task<Result> RemoveAsync(Guid organisationId, Guid actorId, Guid membershipId, CancellationToken ct)
    {
        var organisation = await LoadForManagementAsync(organisationId, actorId, ct);
        if (organisation is null) return Result.Fail(new Error("Members.NotRepresentative"));
        var member = await db.Memberships.FirstOrDefaultAsync(m => m.Id == membershipId && m.OrganisationId == organisationId, ct);
        if (member is null) return Result.Fail(new Error("Members.NotFound"));
        if (member.Role == OrganisationMemberRole.Representative && await IsLastRepresentativeAsync(member, ct))
        {
            return Result.Fail(new Error("Members.LastRepresentative"));
        }
        db.Memberships.Remove(member);
        organisation.TouchMembers(clock.GetUtcNow());
        return await SaveAsync(ct);
    }

    public async Task<Result> LeaveAsync(Guid organisationId, Guid userId, CancellationToken ct)
    {
        var member = await db.Memberships.FirstOrDefaultAsync(m => m.OrganisationId == organisationId && m.UserId == userId, ct);
        if (member is null) return Result.Fail(new Error("Members.NotFound"));
        if (member.Role == OrganisationMemberRole.Representative && await IsLastRepresentativeAsync(member, ct))
        {
            return Result.Fail(new Error("Members.LastRepresentative"));
        }
        var organisation = await db.Organisations.FirstAsync(o => o.Id == organisationId, ct);
        db.Memberships.Remove(member);
        organisation.TouchMembers(clock.GetUtcNow());
        return await SaveAsync(ct);
    }

    /// <summary>Makes another member a representative and the acting representative an editor.</summary>
    public async Task<Result> HandOverAsync(Guid organisationId, Guid actorId, Guid membershipId, CancellationToken ct)
    {
        var organisation = await LoadForManagementAsync(organisationId, actorId, ct);
        if (organisation is null) return Result.Fail(new Error("Members.NotRepresentative"));
        var target = await db.Memberships.FirstOrDefaultAsync(m => m.Id == membershipId && m.OrganisationId == organisationId, ct);
        if (target is null) return Result.Fail(new Error("Members.NotFound"));
        if (target.UserId == actorId) return Result.Fail(new Error("Members.HandOverToSelf"));
        var self = await db.Memberships.FirstAsync(m => m.OrganisationId == organisationId && m.UserId == actorId, ct);
        target.Role = OrganisationMemberRole.Representative;
        self.Role = OrganisationMemberRole.Editor;
        organisation.TouchMembers(clock.GetUtcNow());
        return await SaveAsync(ct);
    }

    private async Task<Organisation?> LoadForManagementAsync(Guid organisationId, Guid actorId, CancellationToken ct)
    {
        var isRepresentative = await db.Memberships.AnyAsync(m => m.OrganisationId == organisationId && m.UserId == actorId && m.Role == OrganisationMemberRole.Representative, ct);
        return isRepresentative ? await db.Organisations.FirstOrDefaultAsync(o => o.Id == organisationId, ct) : null;
    }

    private async Task<bool> IsLastRepresentativeAsync(Membership member, CancellationToken ct)
        => !await db.Memberships.AnyAsync(m => m.OrganisationId == member.OrganisationId && m.Id != member.Id && m.Role == OrganisationMemberRole.Representative, ct);

    private async Task<Result> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Result.Fail(new Error("Members.Concurrency"));
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            db.ChangeTracker.Clear();
            return Result.Fail(new Error("Members.AlreadyMember", "Email", ""));
        }
    }

    // The invitee's language is unknown, so the message is in Polish and English.
    private EmailRequested InvitationMail(string to, string organisation, string inviter, OrganisationMemberRole role, string link, DateTimeOffset expires)
    {
        string In(string culture, string key, params object[] args) => CivitasCultures.In(culture, () => text[key, args].Value);
        var date = Platform.Calendar.WarsawTime.DateOf(expires).ToString("d.MM.yyyy", CultureInfo.InvariantCulture);
        var subject = In("pl", "Mail.Invitation.Subject", organisation);
        var body = In("pl", "Mail.Invitation.Body", inviter, organisation, In("pl", "Role." + role), link, date)
            + "\n\n---\n\n" + In("en", "Mail.Invitation.Body", inviter, organisation, In("en", "Role." + role), link, date);
        return new EmailRequested(to, subject, body);
    }
}
