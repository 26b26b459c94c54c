using System.ComponentModel.DataAnnotations;
using Civitas.Grants.Data;
using Civitas.Grants.Domain.SmallGrants;
using Civitas.Grants.Resources;
using Civitas.Grants.Web;
using Civitas.Platform.Audit;
using Civitas.Platform.Calendar;
using Civitas.Platform.LegalParameters;
using Civitas.Platform.Localization;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Civitas.Grants.Pages.Grants.Office.SmallGrants;

/// <summary>The planned total of grants for NGO tasks per budget year (folder policy: Official), the base of
/// the cap of art. 19a UDPP on the JST's small grants, with what is used of it.</summary>
internal sealed class PlanModel(
    GrantsDb db,
    SmallGrantPlanHandler handler,
    ILegalParameters parameters,
    IActorContext actor,
    TextLocator textLocator,
    IStringLocalizer<SmallGrantsText> text,
    TimeProvider clock) : PageModel
{
    internal sealed record Row(int Year, decimal Planned, decimal Cap, decimal Used, string UpdatedBy, DateTimeOffset UpdatedAt);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<Row> Plans { get; private set; } = [];
    public SmallGrantLimits Limits { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int? year, CancellationToken ct)
    {
        await LoadAsync(ct);
        var y = year ?? WarsawTime.Today(clock).Year;
        var existing = Plans.FirstOrDefault(p => p.Year == y);
        Input = new InputModel { Year = y, PlannedTotal = existing?.Planned };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        var result = await handler.HandleAsync(Input.Year, Input.PlannedTotal, Input.Note, actor.Current, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, textLocator, GetType());
            await LoadAsync(ct);
            return Page();
        }
        TempData["Status"] = text["SmallGrants.Status.PlanSaved", Input.Year!.Value].Value;
        return Redirect(SmallGrantUrls.Plan);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Limits = await SmallGrantLimits.LoadAsync(parameters, WarsawTime.Today(clock), ct);
        var plans = await db.SmallGrantPlans.AsNoTracking().OrderByDescending(p => p.Year).Take(20)
            .Select(p => new { p.Year, p.PlannedTotal, p.UpdatedByName, p.UpdatedAt }).ToListAsync(ct);
        var years = plans.Select(p => p.Year).ToList();
        var used = (await db.SmallGrantOffers.AsNoTracking()
                .Where(o => o.Year != null && years.Contains(o.Year.Value)
                    && (o.Status == SmallGrantOfferStatus.Submitted || o.Status == SmallGrantOfferStatus.Published || o.Status == SmallGrantOfferStatus.Granted))
                .Select(o => new { o.Year, o.Status, o.GrantAmount, o.GrantedAmount }).ToListAsync(ct))
            .GroupBy(o => o.Year!.Value)
            .ToDictionary(g => g.Key, g => g.Sum(o => o.Status == SmallGrantOfferStatus.Granted ? o.GrantedAmount ?? 0 : o.GrantAmount ?? 0));
        Plans = plans.Select(p => new Row(p.Year, p.PlannedTotal, SmallGrantRules.TenantCap(p.PlannedTotal, Limits), used.GetValueOrDefault(p.Year), p.UpdatedByName, p.UpdatedAt)).ToList();
    }

    public sealed class InputModel
    {
        [Range(SmallGrantPlanHandler.MinYear, SmallGrantPlanHandler.MaxYear)]
        [Display(Name = "SmallGrants.Field.Year")]
        public int? Year { get; set; }

        [Range(typeof(decimal), "-999999999999", "999999999999")]
        [Display(Name = "SmallGrants.Field.PlannedTotal")]
        public decimal? PlannedTotal { get; set; }

        [StringLength(1000)]
        [Display(Name = "SmallGrants.Field.Note")]
        public string? Note { get; set; }
    }
}
