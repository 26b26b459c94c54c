using System.ComponentModel.DataAnnotations;
using Civitas.Organisations.Contracts;
using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Civitas.Organisations.Krs;
using Civitas.Organisations.Resources;
using Civitas.Platform;
using Civitas.Platform.Audit;
using Civitas.Platform.Identity;
using Civitas.Platform.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Civitas.Organisations.Pages.Organisations.Office;

/// <summary>An organisation as officials of this JST see it: verification (KRS lookup or document),
/// rejection, suspension, claims, internal notes and the history of changes. An organisation that is
/// not in this JST's directory does not exist here (404), whoever asks.</summary>
internal sealed class DetailsModel(
    OrganisationsDb db,
    OfficeDecisionsHandler decisions,
    UserManager<User> users,
    TextLocator text,
    IStringLocalizer<OrganisationsText> t) : PageModel
{
    public sealed record ClaimRow(Guid Id, string Person, string Email, string Message, Guid? DocumentFileId, DateTimeOffset CreatedAt, ClaimStatus Status, string? Reason);
    public sealed record MemberRow(string Name, string Email, OrganisationMemberRole Role);
    public sealed record NoteRow(string Author, string Text, DateTimeOffset CreatedAt);
    public sealed record HistoryRow(DateTimeOffset At, string Actor, string Action, string Entity);

    public Organisation Organisation { get; private set; } = null!;
    public Listing Listing { get; private set; } = null!;
    public IReadOnlyList<ClaimRow> Claims { get; private set; } = [];
    public IReadOnlyList<MemberRow> Members { get; private set; } = [];
    public IReadOnlyList<NoteRow> Notes { get; private set; } = [];
    public IReadOnlyList<HistoryRow> History { get; private set; } = [];
    public KrsExtract? Extract { get; private set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    [StringLength(2000)]
    [Display(Name = "Field.RejectReason")]
    public string? RejectReason { get; set; }

    [BindProperty]
    [StringLength(2000)]
    [Display(Name = "Field.SuspendReason")]
    public string? SuspendReason { get; set; }

    [BindProperty]
    [StringLength(4000)]
    [Display(Name = "Field.Note")]
    public string? NoteText { get; set; }

    [BindProperty]
    [StringLength(2000)]
    [Display(Name = "Field.ClaimRejectReason")]
    public string? ClaimReason { get; set; }

    [BindProperty]
    [Display(Name = "Field.Document")]
    public IFormFile? Document { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostLookupAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        ModelState.Clear();
        var extract = await decisions.LookUpAsync(id, ct);
        if (!extract.Succeeded) AddErrors(extract, "Lookup");
        else Extract = extract.Value;
        return Page();
    }

    public Task<IActionResult> OnPostVerifyKrsAsync(Guid id, CancellationToken ct)
        => DecideAsync(id, ct, () => decisions.VerifyByKrsAsync(id, Version, Me, ct), "Lookup", "Office.Verified");

    public async Task<IActionResult> OnPostVerifyDocumentAsync(Guid id, CancellationToken ct)
    {
        if (Document is null || Document.Length == 0)
        {
            if (!await LoadAsync(id, ct)) return NotFound();
            ModelState.Clear();
            ModelState.AddModelError(nameof(Document), text.Message(GetType(), new Error("Listing.DocumentRequired")));
            return Page();
        }
        await using var stream = Document.OpenReadStream();
        return await DecideAsync(id, ct, () => decisions.VerifyWithDocumentAsync(id, Version, Me, stream, Document.FileName, ct), nameof(Document), "Office.Verified");
    }

    public Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken ct)
        => DecideAsync(id, ct, () => decisions.RejectAsync(id, Version, Me, RejectReason, ct), nameof(RejectReason), "Office.Rejected");

    public Task<IActionResult> OnPostSuspendAsync(Guid id, CancellationToken ct)
        => DecideAsync(id, ct, () => decisions.SuspendAsync(id, Version, Me, SuspendReason, ct), nameof(SuspendReason), "Office.Suspended");

    public Task<IActionResult> OnPostApproveClaimAsync(Guid id, Guid claimId, CancellationToken ct)
        => DecideAsync(id, ct, () => decisions.DecideClaimAsync(id, claimId, true, null, Me, ct), "Claim", "Office.ClaimApproved");

    public Task<IActionResult> OnPostRejectClaimAsync(Guid id, Guid claimId, CancellationToken ct)
        => DecideAsync(id, ct, () => decisions.DecideClaimAsync(id, claimId, false, ClaimReason, Me, ct), nameof(ClaimReason), "Office.ClaimRejected");

    public Task<IActionResult> OnPostNoteAsync(Guid id, CancellationToken ct)
        => DecideAsync(id, ct, () => decisions.AddNoteAsync(id, Me, User.FindFirst(CivitasClaims.DisplayName)?.Value ?? User.Identity?.Name ?? "", NoteText, ct), nameof(NoteText), "Office.NoteAdded");

    private Guid Me => User.UserId()!.Value;

    private async Task<IActionResult> DecideAsync(Guid id, CancellationToken ct, Func<Task<Result>> action, string field, string success)
    {
        // Per-resource check first: the organisation must be in this JST's directory.
        if (!await db.Listings.AnyAsync(l => l.OrganisationId == id, ct)) return NotFound();
        if (ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0)
        {
            var messages = entry.Errors.Select(e => e.ErrorMessage).ToList();
            if (!await LoadAsync(id, ct)) return NotFound();
            ModelState.Clear();
            foreach (var m in messages) ModelState.AddModelError(field, m);
            return Page();
        }
        var result = await action();
        if (!result.Succeeded)
        {
            if (!await LoadAsync(id, ct)) return NotFound();
            ModelState.Clear();
            AddErrors(result, field);
            return Page();
        }
        TempData["Status"] = t[success].Value;
        return RedirectToPage(new { id });
    }

    private void AddErrors(Result result, string field)
    {
        foreach (var e in result.Errors)
        {
            // Domain errors name "Reason", "Text" or "Document"; on this page each form has its own field.
            var key = e.Field is null ? "" : field is "Lookup" or "Claim" ? "" : field;
            ModelState.AddModelError(key, text.Message(GetType(), e));
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var listing = await db.Listings.AsNoTracking().Include(l => l.Districts).FirstOrDefaultAsync(l => l.OrganisationId == id, ct);
        if (listing is null) return false;
        Listing = listing;
        Version = listing.Version;
        Organisation = await db.Organisations.AsNoTracking().Include(o => o.Spheres).FirstAsync(o => o.Id == id, ct);

        var claims = await db.Claims.AsNoTracking().Where(c => c.OrganisationId == id).OrderByDescending(c => c.CreatedAt).Take(50).ToListAsync(ct);
        var memberships = await db.Memberships.AsNoTracking().Where(m => m.OrganisationId == id).Select(m => new { m.UserId, m.Role }).ToListAsync(ct);
        var userIds = claims.Select(c => c.UserId).Concat(memberships.Select(m => m.UserId)).Distinct().ToList();
        var people = await users.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName, u.Email }).ToDictionaryAsync(u => u.Id, ct);
        string NameOf(Guid u) => people.TryGetValue(u, out var p) ? p.DisplayName : "";
        string EmailOf(Guid u) => people.TryGetValue(u, out var p) ? p.Email ?? "" : "";
        Claims = claims.Select(c => new ClaimRow(c.Id, NameOf(c.UserId), EmailOf(c.UserId), c.Message, c.DocumentFileId, c.CreatedAt, c.Status, c.DecisionReason)).ToList();
        Members = memberships.Select(m => new MemberRow(NameOf(m.UserId), EmailOf(m.UserId), m.Role)).OrderByDescending(m => m.Role).ThenBy(m => m.Name, StringComparer.CurrentCulture).ToList();
        Notes = await db.Notes.AsNoTracking().Where(n => n.OrganisationId == id).OrderByDescending(n => n.CreatedAt).Take(100)
            .Select(n => new NoteRow(n.AuthorName, n.Text, n.CreatedAt)).ToListAsync(ct);

        // The organisation's own changes (global) and this JST's decisions about it.
        var orgKey = id.ToString();
        var listingKey = listing.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        History = await db.AuditEntries.AsNoTracking()
            .Where(a => (a.EntityType == nameof(Domain.Organisation) && a.EntityId == orgKey) || (a.EntityType == nameof(Domain.Listing) && a.EntityId == listingKey))
            .OrderByDescending(a => a.OccurredAt).Take(50)
            .Select(a => new HistoryRow(a.OccurredAt, a.ActorName, a.Action, a.EntityType)).ToListAsync(ct);
        return true;
    }
}
