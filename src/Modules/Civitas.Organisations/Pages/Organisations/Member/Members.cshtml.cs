using System.ComponentModel.DataAnnotations;
using Civitas.Organisations.Contracts;
using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Civitas.Organisations.Resources;
using Civitas.Platform.Identity;
using Civitas.Platform.Localization;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Civitas.Organisations.Pages.Organisations.Member;

/// <summary>An organisation's people. Members see the list and may leave; representatives invite,
/// change roles, remove and hand over representation. Others get 403; an organisation outside this
/// JST's directory, 404.</summary>
internal sealed class MembersModel(
    OrganisationsDb db,
    OrganisationAccess access,
    MembersHandler members,
    UserManager<User> users,
    TextLocator text,
    TimeProvider clock,
    IStringLocalizer<OrganisationsText> t) : PageModel
{
    public sealed record MemberRow(Guid MembershipId, Guid UserId, string Name, string Email, OrganisationMemberRole Role);
    public sealed record InvitationRow(Guid Id, string Email, OrganisationMemberRole Role, DateTimeOffset ExpiresAt);

    [BindProperty]
    public InviteInput Invite { get; set; } = new();

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public OrganisationMemberRole Role { get; private set; }
    public Guid Me { get; private set; }
    public IReadOnlyList<MemberRow> People { get; private set; } = [];
    public IReadOnlyList<InvitationRow> Invitations { get; private set; } = [];
    public bool CanManage => OrganisationAccess.CanManageMembers(Role);

    public sealed class InviteInput
    {
        [Required, EmailAddress, StringLength(254)]
        [Display(Name = "Field.Email")]
        public string Email { get; set; } = "";

        [Required]
        [Display(Name = "Field.Role")]
        public OrganisationMemberRole? Role { get; set; } = OrganisationMemberRole.Editor;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostInviteAsync(Guid id, CancellationToken ct)
    {
        var denied = await LoadAsync(id, ct, manage: true);
        if (denied is not null) return denied;
        if (!ModelState.IsValid) return Page();
        var result = await members.InviteAsync(id, Me, Invite.Email, Invite.Role!.Value, $"{Request.Scheme}://{Request.Host}", ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, text, GetType(), "Invite");
            return Page();
        }
        TempData["Status"] = t["Members.Invited", Invite.Email.Trim()].Value;
        return RedirectToPage(new { id });
    }

    public Task<IActionResult> OnPostRoleAsync(Guid id, Guid membershipId, OrganisationMemberRole role, CancellationToken ct)
        => ActAsync(id, ct, () => members.ChangeRoleAsync(id, Me, membershipId, role, ct), "Members.RoleChanged");

    public Task<IActionResult> OnPostRemoveAsync(Guid id, Guid membershipId, CancellationToken ct)
        => ActAsync(id, ct, () => members.RemoveAsync(id, Me, membershipId, ct), "Members.Removed");

    public Task<IActionResult> OnPostHandOverAsync(Guid id, Guid membershipId, CancellationToken ct)
        => ActAsync(id, ct, () => members.HandOverAsync(id, Me, membershipId, ct), "Members.HandedOver");

    public Task<IActionResult> OnPostRevokeAsync(Guid id, Guid invitationId, CancellationToken ct)
        => ActAsync(id, ct, () => members.RevokeInvitationAsync(id, Me, invitationId, ct), "Members.Revoked");

    public async Task<IActionResult> OnPostLeaveAsync(Guid id, CancellationToken ct)
    {
        var denied = await LoadAsync(id, ct);
        if (denied is not null) return denied;
        var result = await members.LeaveAsync(id, Me, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, text, GetType(), "");
            return Page();
        }
        TempData["Status"] = t["Members.Left", Name].Value;
        return Redirect("/moje-organizacje");
    }

    private async Task<IActionResult> ActAsync(Guid id, CancellationToken ct, Func<Task<Platform.Result>> action, string success)
    {
        var denied = await LoadAsync(id, ct, manage: true);
        if (denied is not null) return denied;
        ModelState.Clear();
        var result = await action();
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, text, GetType(), "");
            await LoadAsync(id, ct);
            return Page();
        }
        TempData["Status"] = t[success].Value;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct, bool manage = false)
    {
        var listing = await db.Listings.AsNoTracking().Where(l => l.OrganisationId == id).Select(l => new { l.Name, l.Slug }).FirstOrDefaultAsync(ct);
        if (listing is null) return NotFound();
        var me = User.UserId()!.Value;
        var role = await access.RoleAsync(me, id, ct);
        if (role is null || (manage && !OrganisationAccess.CanManageMembers(role))) return StatusCode(StatusCodes.Status403Forbidden);
        Id = id;
        Name = listing.Name;
        Slug = listing.Slug;
        Role = role.Value;
        Me = me;
        var memberships = await db.Memberships.AsNoTracking().Where(m => m.OrganisationId == id).Select(m => new { m.Id, m.UserId, m.Role }).ToListAsync(ct);
        var ids = memberships.Select(m => m.UserId).ToList();
        var people = await users.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName, u.Email }).ToDictionaryAsync(u => u.Id, ct);
        People = memberships
            .Select(m => new MemberRow(m.Id, m.UserId, people.TryGetValue(m.UserId, out var p) ? p.DisplayName : "", people.TryGetValue(m.UserId, out var q) ? q.Email ?? "" : "", m.Role))
            .OrderByDescending(m => m.Role).ThenBy(m => m.Name, StringComparer.CurrentCulture).ToList();
        var now = clock.GetUtcNow();
        Invitations = CanManage
            ? await db.Invitations.AsNoTracking().Where(i => i.OrganisationId == id && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
                .OrderBy(i => i.Email).Select(i => new InvitationRow(i.Id, i.Email, i.Role, i.ExpiresAt)).ToListAsync(ct)
            : [];
        return null;
    }
}
