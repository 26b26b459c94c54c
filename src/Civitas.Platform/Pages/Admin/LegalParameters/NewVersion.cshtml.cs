using System.ComponentModel.DataAnnotations;
using Civitas.Platform.Calendar;
using Civitas.Platform.LegalParameters;
using Civitas.Platform.Localization;
using Civitas.Platform.Resources;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Civitas.Platform.Pages.Admin.LegalParameters;

/// <summary>Schedules a new version of one legal parameter from a date (today or later), with the
/// reason recorded. The previous version is closed the day before; the change is audited.</summary>
internal sealed class NewVersionModel(
    LegalParameterOverview overview,
    AddLegalParameterVersionHandler handler,
    LegalParameterText words,
    TextLocator locator,
    TimeProvider clock,
    IStringLocalizer<AdminText> text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public LegalParameterOverview.Row Parameter { get; private set; } = default!;
    public string Description { get; private set; } = "";
    public string CurrentValue { get; private set; } = "";
    public string UnitName { get; private set; } = "";
    public LegalUnit Unit { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken ct)
    {
        if (!await LoadAsync(key, ct)) return NotFound();
        var basis = Parameter.Current ?? Parameter.History[0];
        Input = new InputModel
        {
            Value = LegalValueInput.Format(basis.Value, basis.Unit),
            LegalBasis = basis.LegalBasis,
            // Unticked until the administrator checks the new value against the act.
            Verified = false,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key, CancellationToken ct)
    {
        if (!await LoadAsync(key, ct)) return NotFound();
        // The same checks the handler makes, so that one submission shows every problem at once.
        if (!string.IsNullOrWhiteSpace(Input.Value)) ModelState.AddErrors(LegalValueInput.Parse(Input.Value, Unit), locator, GetType());
        if (Input.ValidFrom < Today)
        {
            ModelState.AddErrors(Result.Fail(new Error("LegalParams.PastDate", "ValidFrom", Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))), locator, GetType());
        }
        if (!ModelState.IsValid) return Page();
        var result = await handler.HandleAsync(new AddLegalParameterVersionHandler.Command(
            key, Input.Value, Input.ValidFrom!.Value, Input.Reason, Input.LegalBasis, Input.Verified), ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, locator, GetType());
            return Page();
        }
        if (!result.Value) return NotFound();
        TempData["Status"] = text["LegalParams.VersionAdded", Description,
            Input.ValidFrom.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)].Value;
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(string key, CancellationToken ct)
    {
        // The tenant filter limits the overview to this tenant's keys; an unknown key is "not found".
        var row = await overview.LoadAsync(key, ct);
        if (row is null) return false;
        Parameter = row;
        var shown = row.Current ?? row.History[0];
        Description = words.Description(key);
        CurrentValue = row.Current is null ? "" : words.Value(row.Current.Value, row.Current.Unit, row.Current.DayType);
        Unit = shown.Unit;
        UnitName = words.UnitName(shown.Unit, shown.DayType);
        Today = WarsawTime.Today(clock);
        return true;
    }

    public sealed class InputModel
    {
        [Required, StringLength(30)]
        [Display(Name = "LegalParams.Field.Value")]
        public string? Value { get; set; }

        [Required]
        [Display(Name = "LegalParams.Field.ValidFrom")]
        public DateOnly? ValidFrom { get; set; }

        [Required, StringLength(300)]
        [Display(Name = "LegalParams.Field.LegalBasis")]
        public string LegalBasis { get; set; } = "";

        [Required, StringLength(1000)]
        [Display(Name = "LegalParams.Field.Reason")]
        public string Reason { get; set; } = "";

        [Display(Name = "LegalParams.Field.Verified")]
        public bool Verified { get; set; }
    }
}
