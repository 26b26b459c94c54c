using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Civitas.Platform.Calendar;
using Civitas.Platform.Data;
using Civitas.Platform.Files;
using Civitas.Platform.LegalParameters;
using Civitas.Platform.Localization;
using Civitas.Platform.Resources;
using Civitas.Platform.Tenancy;
using Civitas.Platform.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Civitas.Platform.Pages.Admin.Settings;

/// <summary>Settings of the current tenant: identity and TERYT code, contact data, brand colours and
/// logo, the deadline rule, and the data of the accessibility statement. Optimistic concurrency on
/// Tenant.Version; after a change the tenant cache and the tenant's cached public pages are dropped,
/// so the portal shows the change at once.</summary>
internal sealed class IndexModel(
    PlatformDb db,
    ITenantContext tenantContext,
    ITenantStore store,
    IOutputCacheStore outputCache,
    IFileStore files,
    ILegalParameters legal,
    TextLocator locator,
    TimeProvider clock,
    IStringLocalizer<AdminText> text,
    IStringLocalizer<PlatformText> platformText) : PageModel
{
    /// <summary>Largest logo accepted: it is shown 48 px high in every page's header.</summary>
    private const long MaxLogoBytes = 1024 * 1024;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty]
    [Display(Name = "Settings.Field.Logo")]
    public IFormFile? Logo { get; set; }

    public Guid? LogoFileId { get; private set; }
    public string TenantName { get; private set; } = "";

    /// <summary>After a concurrency conflict: the fields someone else saved differently, with their values.</summary>
    public IReadOnlyList<(string Label, string Value)> ChangedMeanwhile { get; private set; } = [];

    /// <summary>Set when the statement's last review is older than the legal review period.</summary>
    public string? ReviewOverdue { get; private set; }

    public IReadOnlyList<SelectListItem> KindOptions { get; private set; } = [];
    public IReadOnlyList<SelectListItem> MunicipalityTypeOptions { get; private set; } = [];
    public IReadOnlyList<SelectListItem> StatusOptions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var tenant = await LoadTenantAsync(ct);
        Input = InputModel.From(tenant);
        await PrepareAsync(tenant, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var tenant = await LoadTenantAsync(ct);
        Validate();
        if (!ModelState.IsValid)
        {
            await PrepareAsync(tenant, ct);
            return Page();
        }

        db.Entry(tenant).Property(t => t.Version).OriginalValue = Input.Version;
        Input.ApplyTo(tenant);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await LoadTenantAsync(ct);
            ChangedMeanwhile = Differences(InputModel.From(current), Input);
            // Keep what the person typed; the hidden version moves on so a second save is a knowing overwrite.
            ModelState.Remove("Input.Version");
            Input.Version = current.Version;
            ModelState.AddModelError("", platformText["Form.ConcurrencyConflict"]);
            await PrepareAsync(current, ct);
            return Page();
        }
        await PublishAsync(tenant.Id, ct);
        TempData["Status"] = text["Settings.Saved"].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostLogoAsync(CancellationToken ct)
    {
        // Only the logo form was sent: the settings fields are not part of this request.
        ModelState.Clear();
        var tenant = await LoadTenantAsync(ct);
        if (Logo is null || Logo.Length == 0)
        {
            ModelState.AddModelError(nameof(Logo), text["Settings.LogoMissing"]);
        }
        else
        {
            await using var content = Logo.OpenReadStream();
            var saved = await files.SaveAsync(new FileUpload(content, Logo.FileName, new HashSet<FileKind> { FileKind.Png, FileKind.Jpeg },
                TenantLogoAccessPolicy.Kind, tenant.Id, IsPublic: true, MaxBytes: MaxLogoBytes), ct);
            if (saved.Succeeded)
            {
                tenant.LogoFileId = saved.Value!.Id;
                await db.SaveChangesAsync(ct);
                await PublishAsync(tenant.Id, ct);
                TempData["Status"] = text["Settings.LogoSaved"].Value;
                return RedirectToPage();
            }
            foreach (var error in saved.Errors) ModelState.AddModelError(nameof(Logo), locator.Message(GetType(), error));
        }
        Input = InputModel.From(tenant);
        await PrepareAsync(tenant, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveLogoAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var tenant = await LoadTenantAsync(ct);
        if (tenant.LogoFileId is not null)
        {
            tenant.LogoFileId = null;
            await db.SaveChangesAsync(ct);
            await PublishAsync(tenant.Id, ct);
        }
        TempData["Status"] = text["Settings.LogoRemoved"].Value;
        return RedirectToPage();
    }

    private Task<Tenant> LoadTenantAsync(CancellationToken ct)
    {
        // The tenant row is global (not tenant-filtered): the id comes from the request's host, never from the form.
        var id = tenantContext.Require().Id;
        return db.Tenants.FirstAsync(t => t.Id == id, ct);
    }

    private async Task PublishAsync(Guid tenantId, CancellationToken ct)
    {
        store.Invalidate();
        await outputCache.EvictByTagAsync(AnonymousPageCachePolicy.TenantTag(tenantId), ct);
    }

    private void Validate()
    {
        void Add(Error? e)
        {
            if (e is not null) ModelState.AddModelError("Input." + e.Field, locator.Message(GetType(), e));
        }

        if (Input.Kind is { } kind)
        {
            foreach (var e in TerytCode.Validate(kind, Input.MunicipalityType, Input.TerytCode)) Add(e);
        }
        if (!string.IsNullOrWhiteSpace(Input.PrimaryColor)) Add(BrandColour.Check(Input.PrimaryColor, nameof(Input.PrimaryColor)));
        if (!string.IsNullOrWhiteSpace(Input.AccentColor)) Add(BrandColour.Check(Input.AccentColor, nameof(Input.AccentColor)));
        if (!IsWebAddress(Input.BipUrl)) Add(new Error("Settings.Url", nameof(Input.BipUrl)));
        if (!IsWebAddress(Input.WebsiteUrl)) Add(new Error("Settings.Url", nameof(Input.WebsiteUrl)));

        var today = WarsawTime.Today(clock);
        var todayText = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var (value, field) in new[]
        {
            (Input.WebsitePublishedOn, nameof(Input.WebsitePublishedOn)),
            (Input.WebsiteUpdatedOn, nameof(Input.WebsiteUpdatedOn)),
            (Input.StatementPreparedOn, nameof(Input.StatementPreparedOn)),
            (Input.StatementReviewedOn, nameof(Input.StatementReviewedOn)),
        })
        {
            if (value > today) Add(new Error("Settings.FutureDate", field, todayText));
        }
        if (Input.WebsiteUpdatedOn < Input.WebsitePublishedOn) Add(new Error("Settings.UpdatedBeforePublished", nameof(Input.WebsiteUpdatedOn)));
        if (Input.StatementReviewedOn < Input.StatementPreparedOn) Add(new Error("Settings.ReviewedBeforePrepared", nameof(Input.StatementReviewedOn)));
        if (Input.StatementByExternalAudit && string.IsNullOrWhiteSpace(Input.AccessibilityAuditor))
        {
            Add(new Error("Settings.AuditorRequired", nameof(Input.AccessibilityAuditor)));
        }
    }

    private static bool IsWebAddress(string? value)
        => string.IsNullOrWhiteSpace(value)
        || (Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0);

    private async Task PrepareAsync(Tenant tenant, CancellationToken ct)
    {
        LogoFileId = tenant.LogoFileId;
        TenantName = tenant.Name;
        KindOptions = [.. Enum.GetValues<TenantKind>().Select(k => new SelectListItem(text["Enum.TenantKind." + k], k.ToString()))];
        MunicipalityTypeOptions = [.. Enum.GetValues<MunicipalityType>().Select(k => new SelectListItem(text["Enum.MunicipalityType." + k], k.ToString()))];
        StatusOptions = [.. Enum.GetValues<AccessibilityStatus>().Select(k => new SelectListItem(platformText["A11y.Status." + k], k.ToString()))];

        // art. 10 ust. 1 ustawy o dostępności cyfrowej: the statement is reviewed at least once a year.
        var today = WarsawTime.Today(clock);
        var period = await legal.GetAsync(LegalParameterKeys.AccessibilityStatementReviewMonths, today, ct);
        var last = tenant.StatementReviewedOn ?? tenant.StatementPreparedOn;
        if (last is null || last.Value.AddMonths(period.AsInt()) < today)
        {
            ReviewOverdue = text["Settings.ReviewOverdue", period.AsInt(), last?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? text["Settings.Never"], period.LegalBasis].Value;
        }
    }

    private List<(string, string)> Differences(InputModel current, InputModel mine)
    {
        var list = new List<(string, string)>();
        foreach (var p in typeof(InputModel).GetProperties())
        {
            if (p.Name == nameof(InputModel.Version)) continue;
            var theirs = Show(p.GetValue(current));
            if (theirs == Show(p.GetValue(mine))) continue;
            var label = p.GetCustomAttribute<DisplayAttribute>()?.Name ?? p.Name;
            list.Add((text[label].Value, theirs));
        }
        return list;
    }

    private string Show(object? value) => value switch
    {
        null => "—",
        string s when string.IsNullOrWhiteSpace(s) => "—",
        string s => s.Trim(),
        bool b => b ? platformText["Common.Yes"] : platformText["Common.No"],
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TenantKind k => text["Enum.TenantKind." + k],
        MunicipalityType m => text["Enum.MunicipalityType." + m],
        AccessibilityStatus s => platformText["A11y.Status." + s],
        _ => Convert.ToString(value, CultureInfo.CurrentCulture) ?? "—",
    };

    public sealed class InputModel
    {
        [Required, StringLength(200)]
        [Display(Name = "Settings.Field.Name")]
        public string Name { get; set; } = "";

        [Required]
        [Display(Name = "Settings.Field.Kind")]
        public TenantKind? Kind { get; set; }

        [Display(Name = "Settings.Field.MunicipalityType")]
        public MunicipalityType? MunicipalityType { get; set; }

        [Required, StringLength(7)]
        [Display(Name = "Settings.Field.TerytCode")]
        public string TerytCode { get; set; } = "";

        [StringLength(200)]
        [Display(Name = "Settings.Field.Street")]
        public string? Street { get; set; }

        [RegularExpression(@"^\d{2}-\d{3}$", ErrorMessage = "Settings.PostalCodeFormat")]
        [Display(Name = "Settings.Field.PostalCode")]
        public string? PostalCode { get; set; }

        [StringLength(100)]
        [Display(Name = "Settings.Field.City")]
        public string? City { get; set; }

        [EmailAddress, StringLength(256)]
        [Display(Name = "Settings.Field.Email")]
        public string? Email { get; set; }

        [Phone, StringLength(50)]
        [Display(Name = "Settings.Field.Phone")]
        public string? Phone { get; set; }

        [StringLength(500)]
        [Display(Name = "Settings.Field.BipUrl")]
        public string? BipUrl { get; set; }

        [StringLength(500)]
        [Display(Name = "Settings.Field.WebsiteUrl")]
        public string? WebsiteUrl { get; set; }

        [Required]
        [Display(Name = "Settings.Field.PrimaryColor")]
        public string PrimaryColor { get; set; } = "";

        [Required]
        [Display(Name = "Settings.Field.AccentColor")]
        public string AccentColor { get; set; } = "";

        [Display(Name = "Settings.Field.MoveDeadlines")]
        public bool MoveDeadlinesOffNonWorkingDays { get; set; }

        [Required]
        [Display(Name = "Settings.Field.AccessibilityStatus")]
        public AccessibilityStatus? AccessibilityStatus { get; set; }

        [Display(Name = "Settings.Field.WebsitePublishedOn")]
        public DateOnly? WebsitePublishedOn { get; set; }

        [Display(Name = "Settings.Field.WebsiteUpdatedOn")]
        public DateOnly? WebsiteUpdatedOn { get; set; }

        [StringLength(4000)]
        [Display(Name = "Settings.Field.NonAccessibleContent")]
        public string? NonAccessibleContent { get; set; }

        [StringLength(4000)]
        [Display(Name = "Settings.Field.AccessibilityExemptions")]
        public string? AccessibilityExemptions { get; set; }

        [Display(Name = "Settings.Field.StatementPreparedOn")]
        public DateOnly? StatementPreparedOn { get; set; }

        [Display(Name = "Settings.Field.StatementReviewedOn")]
        public DateOnly? StatementReviewedOn { get; set; }

        [Display(Name = "Settings.Field.StatementByExternalAudit")]
        public bool StatementByExternalAudit { get; set; }

        [StringLength(200)]
        [Display(Name = "Settings.Field.AccessibilityAuditor")]
        public string? AccessibilityAuditor { get; set; }

        [StringLength(200)]
        [Display(Name = "Settings.Field.AccessibilityContactName")]
        public string? AccessibilityContactName { get; set; }

        [EmailAddress, StringLength(256)]
        [Display(Name = "Settings.Field.AccessibilityContactEmail")]
        public string? AccessibilityContactEmail { get; set; }

        [Phone, StringLength(50)]
        [Display(Name = "Settings.Field.AccessibilityContactPhone")]
        public string? AccessibilityContactPhone { get; set; }

        [StringLength(8000)]
        [Display(Name = "Settings.Field.ArchitecturalAccessibility")]
        public string? ArchitecturalAccessibility { get; set; }

        [StringLength(2000)]
        [Display(Name = "Settings.Field.MobileApps")]
        public string? MobileApps { get; set; }

        [EmailAddress, StringLength(256)]
        [Display(Name = "Settings.Field.DataProtectionOfficerEmail")]
        public string? DataProtectionOfficerEmail { get; set; }

        public int Version { get; set; }

        public static InputModel From(Tenant t) => new()
        {
            Name = t.Name,
            Kind = t.Kind,
            MunicipalityType = t.MunicipalityType,
            TerytCode = t.TerytCode,
            Street = t.Street,
            PostalCode = t.PostalCode,
            City = t.City,
            Email = t.Email,
            Phone = t.Phone,
            BipUrl = t.BipUrl,
            WebsiteUrl = t.WebsiteUrl,
            PrimaryColor = t.PrimaryColor,
            AccentColor = t.AccentColor,
            MoveDeadlinesOffNonWorkingDays = t.MoveDeadlinesOffNonWorkingDays,
            AccessibilityStatus = t.AccessibilityStatus,
            WebsitePublishedOn = t.WebsitePublishedOn,
            WebsiteUpdatedOn = t.WebsiteUpdatedOn,
            NonAccessibleContent = t.NonAccessibleContent,
            AccessibilityExemptions = t.AccessibilityExemptions,
            StatementPreparedOn = t.StatementPreparedOn,
            StatementReviewedOn = t.StatementReviewedOn,
            StatementByExternalAudit = t.StatementByExternalAudit,
            AccessibilityAuditor = t.AccessibilityAuditor,
            AccessibilityContactName = t.AccessibilityContactName,
            AccessibilityContactEmail = t.AccessibilityContactEmail,
            AccessibilityContactPhone = t.AccessibilityContactPhone,
            ArchitecturalAccessibility = t.ArchitecturalAccessibility,
            MobileApps = t.MobileApps,
            DataProtectionOfficerEmail = t.DataProtectionOfficerEmail,
            Version = t.Version,
        };

        public void ApplyTo(Tenant t)
        {
            t.Name = Name.Trim();
            t.Kind = Kind!.Value;
            t.MunicipalityType = Tenancy.TerytCode.NormalizeType(Kind.Value, MunicipalityType);
            t.TerytCode = TerytCode.Trim();
            t.Street = Blank(Street);
            t.PostalCode = Blank(PostalCode);
            t.City = Blank(City);
            t.Email = Blank(Email);
            t.Phone = Blank(Phone);
            t.BipUrl = Blank(BipUrl);
            t.WebsiteUrl = Blank(WebsiteUrl);
            _ = BrandColour.TryNormalize(PrimaryColor, out var primary);
            _ = BrandColour.TryNormalize(AccentColor, out var accent);
            t.PrimaryColor = primary;
            t.AccentColor = accent;
            t.MoveDeadlinesOffNonWorkingDays = MoveDeadlinesOffNonWorkingDays;
            t.AccessibilityStatus = AccessibilityStatus!.Value;
            t.WebsitePublishedOn = WebsitePublishedOn;
            t.WebsiteUpdatedOn = WebsiteUpdatedOn;
            t.NonAccessibleContent = Blank(NonAccessibleContent);
            t.AccessibilityExemptions = Blank(AccessibilityExemptions);
            t.StatementPreparedOn = StatementPreparedOn;
            t.StatementReviewedOn = StatementReviewedOn;
            t.StatementByExternalAudit = StatementByExternalAudit;
            t.AccessibilityAuditor = StatementByExternalAudit ? Blank(AccessibilityAuditor) : null;
            t.AccessibilityContactName = Blank(AccessibilityContactName);
            t.AccessibilityContactEmail = Blank(AccessibilityContactEmail);
            t.AccessibilityContactPhone = Blank(AccessibilityContactPhone);
            t.ArchitecturalAccessibility = Blank(ArchitecturalAccessibility);
            t.MobileApps = Blank(MobileApps);
            t.DataProtectionOfficerEmail = Blank(DataProtectionOfficerEmail);
        }

        private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }
}
