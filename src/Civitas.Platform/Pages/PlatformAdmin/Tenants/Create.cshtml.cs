using System.ComponentModel.DataAnnotations;
using Civitas.Platform.Data;
using Civitas.Platform.Identity;
using Civitas.Platform.Localization;
using Civitas.Platform.Resources;
using Civitas.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Civitas.Platform.Pages.PlatformAdmin.Tenants;

/// <summary>Creates a JST with its host names and legal parameters (TenantProvisioning), and
/// optionally makes an existing account its first administrator.</summary>
internal sealed class CreateModel(
    PlatformDb db,
    TenantProvisioning provisioning,
    ITenantStore store,
    IServiceScopeFactory scopes,
    ILookupNormalizer normalizer,
    TextLocator locator,
    IStringLocalizer<AdminText> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> KindOptions { get; private set; } = [];
    public IReadOnlyList<SelectListItem> MunicipalityTypeOptions { get; private set; } = [];

    public void OnGet() => Prepare();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Prepare();
        // Every rule is checked at once, so one submission lists every problem next to its field.
        var slug = Input.Slug?.Trim() ?? "";
        if (Input.Kind is { } chosenKind)
        {
            foreach (var e in TerytCode.Validate(chosenKind, Input.MunicipalityType, Input.TerytCode)) Add(e);
        }
        var hosts = HostNames.Parse(Input.Hosts, nameof(Input.Hosts));
        if (!string.IsNullOrWhiteSpace(Input.Hosts))
        {
            foreach (var e in hosts.Errors) Add(e);
        }
        if (slug.Length > 0 && !HasError("Input.Slug") && await db.Tenants.AnyAsync(t => t.Slug == slug, ct))
        {
            ModelState.AddModelError("Input.Slug", text["Error.Tenants.SlugTaken", slug]);
        }
        if (hosts.Succeeded) await CheckHostsAsync(hosts.Value!, ct);
        if (!string.IsNullOrWhiteSpace(Input.FirstAdminEmail) && !HasError("Input.FirstAdminEmail"))
        {
            var normalized = normalizer.NormalizeEmail(Input.FirstAdminEmail.Trim());
            var confirmed = await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => (bool?)u.EmailConfirmed).FirstOrDefaultAsync(ct);
            if (confirmed is not true)
            {
                ModelState.AddModelError("Input.FirstAdminEmail", text[confirmed is null ? "Error.People.NoAccount" : "Error.People.NotConfirmed", Input.FirstAdminEmail.Trim()]);
            }
        }
        if (!ModelState.IsValid) return Page();
        var kind = Input.Kind!.Value;

        Tenant tenant;
        try
        {
            tenant = await provisioning.CreateAsync(new Tenant
            {
                Name = Input.Name.Trim(),
                Slug = slug,
                Kind = kind,
                MunicipalityType = TerytCode.NormalizeType(kind, Input.MunicipalityType),
                TerytCode = Input.TerytCode.Trim(),
            }, hosts.Value!, ct);
        }
        catch (DbUpdateException e) when (WriteConflicts.IsUniqueViolation(e))
        {
            // Another administrator took the slug or a host name a moment ago: say which.
            db.ChangeTracker.Clear();
            if (await db.Tenants.AnyAsync(t => t.Slug == slug, ct)) ModelState.AddModelError("Input.Slug", text["Error.Tenants.SlugTaken", slug]);
            await CheckHostsAsync(hosts.Value!, ct);
            return Page();
        }

        if (!string.IsNullOrWhiteSpace(Input.FirstAdminEmail))
        {
            using var scope = scopes.CreateScope();
            scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(TenantStore.ToInfo(tenant));
            var assigned = await scope.ServiceProvider.GetRequiredService<AssignTenantRoleHandler>()
                .HandleAsync(Input.FirstAdminEmail, TenantRole.TenantAdmin, null, ct);
            if (!assigned.Succeeded)
            {
                TempData["StatusKind"] = "warning";
                TempData["Status"] = text["Tenants.CreatedWithoutAdmin", tenant.Name, locator.Message(GetType(), assigned.Errors[0])].Value;
                return RedirectToPage("Edit", new { id = tenant.Id });
            }
        }
        store.Invalidate();
        TempData["Status"] = text["Tenants.Created", tenant.Name].Value;
        return RedirectToPage("Edit", new { id = tenant.Id });
    }

    private async Task CheckHostsAsync(IReadOnlyList<string> hosts, CancellationToken ct)
    {
        foreach (var (host, owner) in await TenantHostCheck.TakenAsync(db, hosts, null, ct))
        {
            ModelState.AddModelError("Input.Hosts", text["Error.Hosts.Taken", host, owner]);
        }
    }

    private bool HasError(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;

    private void Add(Error e) => ModelState.AddModelError("Input." + e.Field, locator.Message(GetType(), e));

    private void Prepare()
    {
        KindOptions = [.. Enum.GetValues<TenantKind>().Select(k => new SelectListItem(text["Enum.TenantKind." + k], k.ToString()))];
        MunicipalityTypeOptions = [.. Enum.GetValues<MunicipalityType>().Select(k => new SelectListItem(text["Enum.MunicipalityType." + k], k.ToString()))];
    }

    public sealed class InputModel
    {
        [Required, StringLength(200)]
        [Display(Name = "Tenants.Field.Name")]
        public string Name { get; set; } = "";

        [Required, StringLength(60)]
        [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "Tenants.SlugFormat")]
        [Display(Name = "Tenants.Field.Slug")]
        public string Slug { get; set; } = "";

        [Required]
        [Display(Name = "Tenants.Field.Kind")]
        public TenantKind? Kind { get; set; }

        [Display(Name = "Tenants.Field.MunicipalityType")]
        public MunicipalityType? MunicipalityType { get; set; }

        [Required, StringLength(7)]
        [Display(Name = "Tenants.Field.TerytCode")]
        public string TerytCode { get; set; } = "";

        [Required, StringLength(4000)]
        [Display(Name = "Tenants.Field.Hosts")]
        public string Hosts { get; set; } = "";

        [EmailAddress, StringLength(256)]
        [Display(Name = "Tenants.Field.FirstAdminEmail")]
        public string? FirstAdminEmail { get; set; }
    }
}
