using System.ComponentModel.DataAnnotations;
using Civitas.Platform.Calendar;
using Civitas.Platform.Data;
using Civitas.Platform.Resources;
using Civitas.Platform.Tenancy;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Civitas.Platform.Pages.Admin.Audit;

/// <summary>
/// The tenant's audit log, newest first, filtered by GET parameters (so a result can be bookmarked).
/// The audit table is not tenant-filtered by EF, so every query names the tenant explicitly; each
/// query starts on the index (tenant_id, occurred_at) and reads at most a bounded number of rows,
/// which keeps the page fast with millions of entries.
/// </summary>
internal sealed class IndexModel(
    PlatformDb db,
    ITenantContext tenant,
    IEnumerable<ModuleDbRegistration> modules,
    IStringLocalizer<AdminText> text) : PageModel
{
    /// <summary>Matches counted at most: beyond this the page says "more than" and asks for narrower filters.</summary>
    public const int CountCap = 10_000;

    /// <summary>Recent entries scanned for the values offered in the module, entity and action lists.</summary>
    private const int OptionScan = 5_000;

    private const int PageSize = 25;
    private static readonly DateOnly OldestDate = new(2000, 1, 1);
    private static readonly DateOnly LatestDate = new(2099, 12, 31);

    /// <summary>Newest entries of the date range that the row-by-row filters examine at most.</summary>
    public const int SearchWindow = 100_000;

    public sealed record Row(Guid Id, DateTimeOffset OccurredAt, string ActorName, string Module, string Action, string EntityType, string EntityId, string? Changes);

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Audit.Field.From")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Audit.Field.To")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    [StringLength(100)]
    [Display(Name = "Audit.Field.Actor")]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    [StringLength(50)]
    [Display(Name = "Audit.Field.Module")]
    public string? Module { get; set; }

    [BindProperty(SupportsGet = true)]
    [StringLength(200)]
    [Display(Name = "Audit.Field.Entity")]
    public string? Entity { get; set; }

    [BindProperty(SupportsGet = true)]
    [StringLength(100)]
    [Display(Name = "Audit.Field.Action")]
    public string? Action { get; set; }

    public IReadOnlyList<Row> Entries { get; private set; } = [];
    public int Total { get; private set; }
    public bool Capped { get; private set; }
    public bool WindowApplied { get; private set; }
    public PagerModel Pager { get; private set; } = default!;
    public IReadOnlyList<SelectListItem> ModuleOptions { get; private set; } = [];
    public IReadOnlyList<SelectListItem> EntityOptions { get; private set; } = [];
    public IReadOnlyList<SelectListItem> ActionOptions { get; private set; } = [];
    public bool Filtered => From is not null || To is not null || !string.IsNullOrWhiteSpace(Actor)
        || !string.IsNullOrWhiteSpace(Module) || !string.IsNullOrWhiteSpace(Entity) || !string.IsNullOrWhiteSpace(Action);

    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken ct)
    {
        var tenantId = tenant.Require().Id;
        await LoadOptionsAsync(tenantId, ct);
        // Dates far outside the platform's life would overflow the conversion to UTC instants.
        if (From is { } early && (early < OldestDate || early > LatestDate)) ModelState.AddModelError(nameof(From), text["Audit.DateRange", OldestDate.Year, LatestDate.Year]);
        if (To is { } late && (late < OldestDate || late > LatestDate)) ModelState.AddModelError(nameof(To), text["Audit.DateRange", OldestDate.Year, LatestDate.Year]);
        if (From is { } f && To is { } t && t < f) ModelState.AddModelError(nameof(To), text["Audit.ToBeforeFrom"]);
        if (!ModelState.IsValid)
        {
            Pager = new PagerModel(Request, 1, 1);
            return;
        }

        var query = db.AuditEntries.AsNoTracking().Where(e => e.TenantId == tenantId);
        if (From is { } from)
        {
            var start = WarsawTime.ToUtc(from, TimeOnly.MinValue);
            query = query.Where(e => e.OccurredAt >= start);
        }
        if (To is { } to)
        {
            var end = WarsawTime.EndOfDay(to);
            query = query.Where(e => e.OccurredAt < end);
        }
        var filters = !string.IsNullOrWhiteSpace(Actor) || !string.IsNullOrWhiteSpace(Module)
            || !string.IsNullOrWhiteSpace(Entity) || !string.IsNullOrWhiteSpace(Action);
        if (filters)
        {
            // The person, module, record and action filters are tested row by row on top of the index
            // (tenant_id, occurred_at). A rare value would walk the whole log, so they look at the newest
            // SearchWindow entries of the date range; the page says so, and a date range reaches older ones.
            var boundary = await query.OrderByDescending(e => e.OccurredAt).Skip(SearchWindow)
                .Select(e => (DateTimeOffset?)e.OccurredAt).FirstOrDefaultAsync(ct);
            if (boundary is { } oldest)
            {
                query = query.Where(e => e.OccurredAt >= oldest);
                WindowApplied = true;
            }
        }
        if (!string.IsNullOrWhiteSpace(Actor))
        {
            var actor = Actor.Trim().ToLowerInvariant();
            query = query.Where(e => e.ActorName.ToLower().Contains(actor));
        }
        if (!string.IsNullOrWhiteSpace(Module)) query = query.Where(e => e.Module == Module);
        // "+ string.Empty" keeps the planner on the (tenant_id, occurred_at) index: SQLite otherwise picks
        // the (entity_type, entity_id) index for an entity type and sorts the whole tenant's log by time.
        if (!string.IsNullOrWhiteSpace(Entity)) query = query.Where(e => e.EntityType + string.Empty == Entity);
        if (!string.IsNullOrWhiteSpace(Action)) query = query.Where(e => e.Action == Action);

        // Counting a million rows on every page view is what makes audit viewers slow: count up to the cap.
        var counted = await query.Select(e => e.Id).Take(CountCap + 1).CountAsync(ct);
        Capped = counted > CountCap;
        Total = Math.Min(counted, CountCap);
        var pageCount = PageNumbers.PageCountOf(Total, PageSize);
        var numbers = PageNumbers.From(Math.Min(pageNumber ?? 1, pageCount), PageSize, PageSize);
        Entries = await query
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Skip(numbers.Skip).Take(numbers.PageSize)
            .Select(e => new Row(e.Id, e.OccurredAt, e.ActorName, e.Module, e.Action, e.EntityType, e.EntityId, e.Changes))
            .ToListAsync(ct);
        Pager = new PagerModel(Request, numbers.Page, pageCount);
    }

    public string ActionText(string action) => Localized("Audit.Action." + action, action);

    public string EntityText(string entity) => Localized("Audit.Entity." + entity, entity);

    public string ModuleText(string module) => Localized("Audit.Module." + module, module);

    /// <summary>A recorded property in words where the platform names it ("Name" → "Nazwa"), else as recorded.</summary>
    public string FieldText(string field) => Localized("Audit.Property." + field, field);

    public string ValueText(string? value) => value switch
    {
        null or "" => text["Audit.Empty"],
        "true" => text["Audit.True"],
        "false" => text["Audit.False"],
        _ => value,
    };

    public static string When(DateTimeOffset instant) => WarsawTime.ToLocal(instant).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    private string Localized(string key, string fallback)
    {
        var s = text[key];
        return s.ResourceNotFound ? fallback : s.Value;
    }

    private async Task LoadOptionsAsync(Guid tenantId, CancellationToken ct)
    {
        // The values of recent entries, not a DISTINCT over the whole log (a full scan at a million rows).
        var recent = await db.AuditEntries.AsNoTracking()
            .Where(e => e.TenantId == tenantId)
            .OrderByDescending(e => e.OccurredAt)
            .Take(OptionScan)
            .Select(e => new { e.Module, e.EntityType, e.Action })
            .Distinct()
            .ToListAsync(ct);

        var moduleNames = modules.Select(m => m.Module).Concat(recent.Select(r => r.Module));
        ModuleOptions = Options(moduleNames, Module, ModuleText);
        EntityOptions = Options(recent.Select(r => r.EntityType), Entity, EntityText);
        ActionOptions = Options(new[] { "Created", "Updated", "Deleted" }.Concat(recent.Select(r => r.Action)), Action, ActionText);
    }

    private static List<SelectListItem> Options(IEnumerable<string> values, string? selected, Func<string, string> label)
    {
        var all = values.Append(selected ?? "").Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal);
        return [.. all.Select(v => new SelectListItem(label(v), v, v == selected)).OrderBy(o => o.Text, StringComparer.CurrentCulture)];
    }
}
