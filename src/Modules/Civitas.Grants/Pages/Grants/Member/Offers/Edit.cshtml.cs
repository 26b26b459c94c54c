using Civitas.Grants.Domain.Offers;
using Civitas.Grants.Resources;
using Civitas.Organisations.Contracts;
using Civitas.Platform;
using Civitas.Platform.Calendar;
using Civitas.Platform.Identity;
using Civitas.Platform.Localization;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Civitas.Grants.Pages.Grants.Member.Offers;

/// <summary>
/// The offer editor: one section of the 2018 template per page, each saved on its own (optimistic
/// concurrency per section). Editors and representatives of the lead offeror only (403 otherwise;
/// 404 for an offer of another local government). The cost sections show live sums computed by
/// <see cref="OfferCalculation"/> (htmx, or the "Przelicz" button without JavaScript).
/// </summary>
internal sealed class EditModel(
    OfferPageAccess access,
    OfferWorkflow workflow,
    IOrganisationDirectory directory,
    TextLocator text,
    TimeProvider clock,
    IStringLocalizer<OffersText> t) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "sekcja")]
    public string? Code { get; set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public OfferorsSection Offerors { get; set; } = new();

    [BindProperty]
    public TaskSection Description { get; set; } = new();

    [BindProperty]
    public ProfileSection Profile { get; set; } = new();

    [BindProperty]
    public CostsSection Costs { get; set; } = new();

    [BindProperty]
    public SourcesSection Sources { get; set; } = new();

    [BindProperty]
    public SplitSection Split { get; set; } = new();

    [BindProperty]
    public OtherSection Other { get; set; } = new();

    [BindProperty]
    public StatementsSection Statements { get; set; } = new();

    /// <summary>KRS number or profile address of a partner to add (joint offer).</summary>
    [BindProperty]
    [System.ComponentModel.DataAnnotations.Display(Name = "Offer.Field.PartnerKrs")]
    public string? PartnerKrs { get; set; }

    public Guid Id { get; private set; }
    public OfferSectionKey Section { get; private set; } = OfferSectionKey.Basic;
    public Offer Offer { get; private set; } = null!;
    public OfferRules Rules { get; private set; } = null!;
    public OfferContent Stored { get; private set; } = new();
    public OfferContent Current { get; private set; } = new();
    public OfferSums Sums { get; private set; } = null!;
    public IReadOnlyList<OfferProblem> Problems { get; private set; } = [];
    public IReadOnlyList<OfferProblem> LiveProblems { get; private set; } = [];
    public IReadOnlyDictionary<Guid, OrganisationSummary> Organisations { get; private set; } = new Dictionary<Guid, OrganisationSummary>();
    public IReadOnlyList<Guid> OfferorIds { get; private set; } = [];
    public OrganisationMemberRole? Role { get; private set; }
    public SectionConflict? Conflict { get; private set; }
    public bool IsOpen { get; private set; }
    /// <summary>The office's open formal correction request, after the offer deadline.</summary>
    public Civitas.Grants.Domain.FormalCheck.FormalReview? Correction { get; private set; }
    public DateTime DeadlineLocal => WarsawTime.ToLocal(Rules.OfferDeadline);
    public string? SaveStatus { get; private set; }

    public IReadOnlyList<OfferSectionKey> Sections => OfferSectionKeys.All.Where(k => k.AppliesTo(Current.IsJoint)).ToList();

    public int ProblemCount(OfferSectionKey key) => Problems.Count(p => p.Section == key);

    public static string Prefix(OfferSectionKey key) => key switch
    {
        OfferSectionKey.Offerors => nameof(Offerors),
        OfferSectionKey.Task => nameof(Description),
        OfferSectionKey.Profile => nameof(Profile),
        OfferSectionKey.Costs => nameof(Costs),
        OfferSectionKey.Sources => nameof(Sources),
        OfferSectionKey.Split => nameof(Split),
        OfferSectionKey.Other => nameof(Other),
        OfferSectionKey.Statements => nameof(Statements),
        _ => "",
    };

    public string Message(OfferProblem problem) => text.Message(GetType(), problem.Error);

    public string OfferorName(Guid id) => Organisations.TryGetValue(id, out var o) ? o.Name : id.ToString();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var denied = await LoadAsync(id, ct);
        if (denied is not null) return denied;
        Version = VersionOf(Section);
        Show(Stored.Get(Section));
        await PrepareAsync(ct);
        // Errors of a section appear once someone has saved it (a fresh draft is not a list of errors).
        if (SavedByPerson(Section) || Request.Query.ContainsKey("sprawdz")) AddSectionErrors();
        return Page();
    }

    /// <summary>Saves the section (the explicit button; also without JavaScript).</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var denied = await LoadAsync(id, ct);
        if (denied is not null) return denied;
        var result = await SaveAsync(ct);
        if (result is null || !result.Succeeded)
        {
            await PrepareAsync(ct);
            return Page();
        }
        TempData["Status"] = t["Edit.Saved", Section.Number()].Value;
        return RedirectToPage(new { id, sekcja = Section.Code() });
    }

    /// <summary>htmx autosave: saves and answers with the status line (and the new version out of band).</summary>
    public async Task<IActionResult> OnPostAutosaveAsync(Guid id, CancellationToken ct)
    {
        var denied = await LoadAsync(id, ct);
        if (denied is not null) return denied;
        var result = await SaveAsync(ct);
        SaveStatus = result switch
        {
            null => t["Edit.AutosaveInvalid"].Value,
            { Conflict: not null } => t["Edit.AutosaveConflict"].Value,
            { Succeeded: false } => string.Join(" ", result.Errors.Select(e => text.Message(GetType(), e))),
            _ => t["Edit.AutosavedAt", WarsawTime.ToLocal(clock.GetUtcNow())].Value,
        };
        if (result is { Succeeded: true }) Version = result.Version;
        return Partial("_OfferSaveStatus", this);
    }

    /// <summary>"Przelicz" without JavaScript: the page again with sums of what was typed (nothing saved).</summary>
    public async Task<IActionResult> OnPostRecalculateAsync(Guid id, CancellationToken ct)
    {
        var denied = await LoadAsync(id, ct);
        if (denied is not null) return denied;
        await PrepareAsync(ct);
        return Page();
    }

    /// <summary>htmx live sums: the sums partial of what was typed (nothing saved).</summary>
    public async Task<IActionResult> OnPostSumsAsync(Guid id, CancellationToken ct)
    {
        var denied = await LoadAsync(id, ct);
        if (denied is not null) return denied;
        await PrepareAsync(ct);
        return Partial("_OfferSums", this);
    }

    public async Task<IActionResult> OnPostAddRowAsync(Guid id, string list, CancellationToken ct)
    {
        var denied = await LoadAsync(id, ct);
        if (denied is not null) return denied;
        switch (list)
        {
            case "actions": Description.Actions.Add(new OfferAction { Year = Current.Years.FirstOrDefault() is var y and > 0 ? y : null }); break;
            case "results": Description.Results.Add(new OfferResult()); break;
            case "admin": Costs.Lines.Add(new CostLine { Category = CostCategory.Administrative }); break;
            default: Costs.Lines.Add(new CostLine { Category = CostCategory.Action, ActionNumber = Stored.Task.Actions.Count > 0 ? 1 : null }); break;
        }
        return await RedisplayAsync(ct);
    }

    public async Task<IActionResult> OnPostRemoveRowAsync(Guid id, string list, int index, CancellationToken ct)
    {
        var denied = await LoadAsync(id, ct);
        if (denied is not null) return denied;
        var rows = list switch
        {
            "actions" => (System.Collections.IList)Description.Actions,
            "results" => Description.Results,
            "partners" => Offerors.Partners,
            _ => Costs.Lines,
        };
        if (index >= 0 && index < rows.Count) rows.RemoveAt(index);
        return await RedisplayAsync(ct);
    }

    public async Task<IActionResult> OnPostAddPartnerAsync(Guid id, CancellationToken ct)
    {
        var denied = await LoadAsync(id, ct);
        if (denied is not null) return denied;
        var found = string.IsNullOrWhiteSpace(PartnerKrs) ? null : await directory.FindAsync(PartnerKrs, ct);
        if (found is not { } partner)
        {
            await PrepareAsync(ct);
            ModelState.AddModelError(nameof(PartnerKrs), text.Message(GetType(), new Error("Offer.PartnerNotFound")));
            return Page();
        }
        if (!Offerors.Partners.Contains(partner) && partner != Offer.LeadOrganisationId) Offerors.Partners.Add(partner);
        PartnerKrs = null;
        return await RedisplayAsync(ct);
    }

    private async Task<IActionResult> RedisplayAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Current.Set(Section, Posted());
        await PrepareAsync(ct);
        SaveStatus = t["Edit.RowsChanged"].Value;
        return Page();
    }

    private async Task<SectionSaveResult?> SaveAsync(CancellationToken ct)
    {
        if (!SectionInputValid())
        {
            // Typed values that are not numbers or dates stay in the fields with their messages.
            return null;
        }
        var model = Normalise(Posted());
        var result = await workflow.SaveSectionAsync(Offer, Rules, Section, model, Version, User.UserId()!.Value, ct);
        if (result.Conflict is { } conflict)
        {
            // Keep the person's input; show the other version; the next save overwrites it knowingly.
            Conflict = conflict;
            Version = conflict.Version;
            ModelState.Remove(nameof(Version));
            ModelState.AddModelError("", text.Message(GetType(), new Error("Offer.SectionConflict")));
        }
        else if (!result.Succeeded)
        {
            ModelState.AddErrors(Result.From(result.Errors), text, GetType(), "");
        }
        return result;
    }

    private bool SectionInputValid()
    {
        var prefix = Prefix(Section) + ".";
        return !ModelState.Where(e => e.Key.StartsWith(prefix, StringComparison.Ordinal) || e.Key == nameof(Version))
            .Any(e => e.Value?.ValidationState == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid);
    }

    /// <summary>404 for an offer not of this local government; 403 unless the person edits for the lead offeror.</summary>
    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        var (offer, rules, role) = await access.FindAsync(id, User.UserId(), ct);
        if (offer is null || rules is null) return NotFound();
        if (!OfferWorkflow.CanEdit(role)) return StatusCode(StatusCodes.Status403Forbidden);
        Id = id;
        Offer = offer;
        Rules = rules;
        Role = role;
        var now = clock.GetUtcNow();
        IsOpen = rules.IsOpenAt(now);
        if (!IsOpen) Correction = await workflow.OpenCorrectionAsync(offer, now, ct);
        var (content, sections) = await workflow.LoadAsync(id, ct);
        Stored = content;
        _sections = sections;
        Section = OfferSectionKeys.Parse(Code) ?? OfferSectionKey.Basic;
        if (!Section.AppliesTo(content.IsJoint)) Section = OfferSectionKey.Offerors;
        // During a formal correction only the sections the office named can be saved.
        if (Correction is not null && Correction.Sections.Contains(Section)) IsOpen = true;
        Current = OfferContent.From(sections.Values.Select(s => (s.Key, s.Json)));
        if (Request.Method == "POST") Current.Set(Section, Posted());
        return null;
    }

    private IReadOnlyDictionary<OfferSectionKey, OfferSection> _sections = new Dictionary<OfferSectionKey, OfferSection>();

    private int VersionOf(OfferSectionKey key) => _sections.TryGetValue(key, out var s) ? s.Version : 0;

    // Rows are inserted with version 0 when the draft starts; every save increments it.
    private bool SavedByPerson(OfferSectionKey key) => _sections.TryGetValue(key, out var s) && s.Version > 0;

    private async Task PrepareAsync(CancellationToken ct)
    {
        OfferorIds = OfferValidator.OfferorIds(Offer.LeadOrganisationId, Current);
        Organisations = await directory.GetAsync(OfferorIds.ToList(), ct);
        Sums = OfferCalculation.Compute(Current, OfferorIds);
        Problems = await workflow.ValidateAsync(Offer, Rules, Current, ct);
        LiveProblems = Problems.Where(p => p.Section == Section && p.Error.Field is null or "Lines" || p.Section == Section && p.Error.Code is "Offer.YearSplitMismatch").ToList();
        if (Section == OfferSectionKey.Split) Split = new SplitSection { Rows = Grid(Split.Rows) };
    }

    private void AddSectionErrors()
        => ModelState.AddErrors(Result.From(Problems.Where(p => p.Section == Section).Select(p => p.Error).ToList()), text, GetType(), Prefix(Section));

    /// <summary>The posted model of the active section.</summary>
    private object Posted() => Section switch
    {
        OfferSectionKey.Offerors => Offerors,
        OfferSectionKey.Task => Description,
        OfferSectionKey.Profile => Profile,
        OfferSectionKey.Costs => Costs,
        OfferSectionKey.Sources => Sources,
        OfferSectionKey.Split => Split,
        OfferSectionKey.Other => Other,
        OfferSectionKey.Statements => Statements,
        _ => Stored.Basic,
    };

    private void Show(object model)
    {
        switch (model)
        {
            case OfferorsSection m: Offerors = m; break;
            case TaskSection m: Description = m; break;
            case ProfileSection m: Profile = m; break;
            case CostsSection m: Costs = m; break;
            case SourcesSection m: Sources = m; break;
            case SplitSection m: Split = m; break;
            case OtherSection m: Other = m; break;
            case StatementsSection m: Statements = m; break;
        }
    }

    /// <summary>Per-year amounts only for a multi-year task; V.C as a full grid of offerors × years.</summary>
    private object Normalise(object model)
    {
        var years = Current.Years;
        switch (model)
        {
            case CostsSection costs:
                foreach (var line in costs.Lines)
                {
                    if (line.Category == CostCategory.Administrative) line.ActionNumber = null;
                    line.PerYear = years.Count > 1 ? Enumerable.Range(0, years.Count).Select(y => y < line.PerYear.Count ? line.PerYear[y] : null).ToList() : [];
                }
                break;
            case SplitSection split:
                split.Rows = Grid(split.Rows);
                break;
            case OfferorsSection offerors:
                offerors.Partners = offerors.Partners.Where(p => p != Guid.Empty).Distinct().ToList();
                break;
        }
        return model;
    }

    private List<SplitRow> Grid(IReadOnlyList<SplitRow> rows)
    {
        var ids = OfferValidator.OfferorIds(Offer.LeadOrganisationId, Current);
        return ids.SelectMany(o => Current.Years.Select(y => new SplitRow
        {
            OfferorId = o,
            Year = y,
            Amount = rows.FirstOrDefault(r => r.OfferorId == o && r.Year == y)?.Amount,
        })).ToList();
    }
}
