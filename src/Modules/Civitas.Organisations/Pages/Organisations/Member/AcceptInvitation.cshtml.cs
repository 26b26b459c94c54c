using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Civitas.Organisations.Resources;
using Civitas.Platform.Identity;
using Civitas.Platform.Localization;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Civitas.Organisations.Pages.Organisations.Member;

/// <summary>The link of an invitation e-mail: shows what is offered and accepts it with one button
/// (a GET never changes anything; mail scanners follow links).</summary>
internal sealed class AcceptInvitationModel(OrganisationsDb db, MembersHandler members, TextLocator text, TimeProvider clock, IStringLocalizer<OrganisationsText> t) : PageModel
{
    public string? Organisation { get; private set; }
    public string? Role { get; private set; }
    public bool Open { get; private set; }

    public async Task OnGetAsync(string token, CancellationToken ct) => await LoadAsync(token, ct);

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        var result = await members.AcceptAsync(token, User.UserId()!.Value, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, text, GetType(), "");
            await LoadAsync(token, ct);
            return Page();
        }
        TempData["Status"] = t["Invitation.Accepted"].Value;
        return Redirect("/moje-organizacje");
    }

    private async Task LoadAsync(string token, CancellationToken ct)
    {
        var hash = Invitation.Hash(token ?? "");
        var now = clock.GetUtcNow();
        var invitation = await db.Invitations.AsNoTracking().Where(i => i.TokenHash == hash)
            .Join(db.Organisations, i => i.OrganisationId, o => o.Id, (i, o) => new { o.Name, i.Role, i.AcceptedAt, i.RevokedAt, i.ExpiresAt })
            .FirstOrDefaultAsync(ct);
        Open = invitation is not null && invitation.AcceptedAt is null && invitation.RevokedAt is null && invitation.ExpiresAt > now;
        Organisation = invitation?.Name;
        Role = invitation is null ? null : t["Role." + invitation.Role].Value;
    }
}
