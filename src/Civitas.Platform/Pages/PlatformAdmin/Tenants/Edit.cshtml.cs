using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Civitas.Platform.Audit;
using Civitas.Platform.Data;
using Civitas.Platform.Localization;
using Civitas.Platform.Resources;
using Civitas.Platform.Tenancy;
using Civitas.Platform.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Civitas.Platform.Pages.PlatformAdmin.Tenants;

/// <summary>One JST's host names and status. The tenant serving this very request cannot be
/// deactivated, nor lose the host name in use: the administrator would lock themselves out.</summary>
internal sealed class EditModel(
    PlatformDb db,
    ITenantContext current,
    ITenantStore store,
    IOutputCacheStore outputCache,
    IActorContext actor,
    TimeProvider clock,
    TextLocator locator,
    IStringLocalizer<AdminText> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Tenant Tenant { get; private set; } = default!;
    public bool IsCurrent { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input.Hosts = string.Join('\n', Tenant.Hosts.Select(h => h.HostName).Order(StringComparer.Ordinal));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var parsed = HostNames.Parse(Input.Hosts, nameof(Input.Hosts));
        foreach (var e in parsed.Errors) ModelState.AddModelError("Input." + e.Field, locator.Message(GetType(), e));
        if (!parsed.Succeeded) return Page();
        var wanted = parsed.Value!;

        foreach (var (host, owner) in await TenantHostCheck.TakenAsync(db, wanted, id, ct))
        {
            ModelState.AddModelError("Input.Hosts", text["Error.Hosts.Taken", host, owner]);
        }
        var here = TenantProvisioning.NormalizeHost(Request.Host.Host);
        var before = Tenant.Hosts.Select(h => h.HostName).Order(StringComparer.Ordinal).ToList();
        if (IsCurrent && before.Contains(here) && !wanted.Contains(here))
        {
            ModelState.AddModelError("Input.Hosts", text["Error.Hosts.InUse", here]);
        }
        if (!ModelState.IsValid) return Page();

        foreach (var host in Tenant.Hosts.Where(h => !wanted.Contains(h.HostName)).ToList())
        {
            db.TenantHosts.Remove(host);
        }
        foreach (var host in wanted.Where(w => !before.Contains(w)))
        {
            db.TenantHosts.Add(new TenantHost { TenantId = id, HostName = host });
        }
        var after = wanted.Order(StringComparer.Ordinal).ToList();
        if (!before.SequenceEqual(after))
        {
            // TenantHost is a plain row, not IAudited: record the change under the tenant it concerns.
            var who = actor.Current;
            db.AuditEntries.Add(new AuditEntry(id, clock.GetUtcNow(), who.UserId, who.Name, db.Module, "HostsChanged", nameof(Tenancy.Tenant), id.ToString(),
                JsonSerializer.Serialize(new { Hosts = new { before = string.Join(", ", before), after = string.Join(", ", after) } })));
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (WriteConflicts.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            foreach (var (host, owner) in await TenantHostCheck.TakenAsync(db, wanted, id, ct))
            {
                ModelState.AddModelError("Input.Hosts", text["Error.Hosts.Taken", host, owner]);
            }
            if (ModelState.IsValid) ModelState.AddModelError("Input.Hosts", text["Error.People.Conflict"]);
            return Page();
        }
        await PublishAsync(id, ct);
        TempData["Status"] = text["Tenants.HostsSaved", Tenant.Name].Value;
        return RedirectToPage(new { id });
    }

    public Task<IActionResult> OnPostActivateAsync(Guid id, CancellationToken ct) => SetActiveAsync(id, true, ct);

    public Task<IActionResult> OnPostDeactivateAsync(Guid id, CancellationToken ct) => SetActiveAsync(id, false, ct);

    private async Task<IActionResult> SetActiveAsync(Guid id, bool active, CancellationToken ct)
    {
        // Only the status button was pressed: the host names field is not part of this request.
        ModelState.Clear();
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!active && IsCurrent)
        {
            Input.Hosts = string.Join('\n', Tenant.Hosts.Select(h => h.HostName).Order(StringComparer.Ordinal));
            ModelState.AddModelError("", text["Error.Tenants.DeactivateCurrent"]);
            return Page();
        }
        if (Tenant.IsActive != active)
        {
            Tenant.IsActive = active;
            await db.SaveChangesAsync(ct);
            await PublishAsync(id, ct);
        }
        TempData["Status"] = text[active ? "Tenants.Activated" : "Tenants.Deactivated", Tenant.Name].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var tenant = await db.Tenants.Include(t => t.Hosts).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (tenant is null) return false;
        Tenant = tenant;
        IsCurrent = current.TenantId == id;
        return true;
    }

    private async Task PublishAsync(Guid id, CancellationToken ct)
    {
        store.Invalidate();
        await outputCache.EvictByTagAsync(AnonymousPageCachePolicy.TenantTag(id), ct);
    }

    public sealed class InputModel
    {
        [Required, StringLength(4000)]
        [Display(Name = "Tenants.Field.Hosts")]
        public string Hosts { get; set; } = "";
    }
}
