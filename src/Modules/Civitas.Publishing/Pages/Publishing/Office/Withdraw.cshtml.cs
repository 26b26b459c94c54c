using System.ComponentModel.DataAnnotations;
using Civitas.Platform.Audit;
using Civitas.Platform.Localization;
using Civitas.Platform.Ui;
using Civitas.Publishing.Contracts;
using Civitas.Publishing.Data;
using Civitas.Publishing.Register;
using Civitas.Publishing.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Civitas.Publishing.Pages.Publishing.Office;

/// <summary>Withdraws an entry from the public register with a reason (folder policy: Official). The
/// entry stays in the archive; the change is audited. Another tenant's entry is not found.</summary>
internal sealed class WithdrawModel(
    PublishingDb db,
    WithdrawPublicationHandler withdraw,
    IActorContext actor,
    TimeProvider clock,
    TextLocator textLocator,
    IStringLocalizer<PublishingText> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Guid Id { get; private set; }
    public string EntryTitle { get; private set; } = "";
    public PublicationState State { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var result = await withdraw.HandleAsync(id, Input.Reason, actor.Current, null, clock.GetUtcNow(), ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, textLocator, GetType());
            await LoadAsync(id, ct);
            return Page();
        }
        TempData["Status"] = text["Withdraw.Done", EntryTitle].Value;
        return Redirect(Domain.PublicationUrls.Office);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var row = await db.Publications.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Title, p.WithdrawnAt, p.VisibleFrom, p.VisibleTo })
            .FirstOrDefaultAsync(ct);
        if (row is null) return false;
        Id = id;
        EntryTitle = row.Title;
        State = Domain.Publication.State(row.WithdrawnAt, row.VisibleFrom, row.VisibleTo, clock.GetUtcNow());
        return true;
    }

    public sealed class InputModel
    {
        [Required]
        [StringLength(PublicationLimits.Reason)]
        [Display(Name = "Withdraw.Reason")]
        public string? Reason { get; set; }
    }
}
