using System.Text.Json;
using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Civitas.Organisations.Import;
using Civitas.Organisations.Resources;
using Civitas.Platform;
using Civitas.Platform.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Civitas.Organisations.Pages.Organisations.Office;

/// <summary>Steps 2 and 3 of an import: map the columns, see the dry run's report with every bad row,
/// import. The session belongs to this JST (another JST's id is a 404).</summary>
internal sealed class ImportSessionModel(OrganisationsDb db, ImportRunner runner, TextLocator text, IStringLocalizer<OrganisationsText> t) : PageModel
{
    public ImportSession Session { get; private set; } = null!;
    public CsvFormat Format { get; private set; } = null!;
    public ImportMapping Mapping { get; private set; } = new();
    public ImportReport? Report { get; private set; }

    /// <summary>Selected column per field ("" = not imported), posted as Map_Name, Map_Krs…</summary>
    [BindProperty]
    public Dictionary<string, string> Map { get; set; } = [];

    public static IReadOnlyList<ImportField> Fields { get; } = Enum.GetValues<ImportField>();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCheckAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Session.Status == ImportStatus.Imported) return RedirectToPage(new { id });
        var mapping = new ImportMapping();
        foreach (var field in Fields)
        {
            if (Map.TryGetValue(field.ToString(), out var value) && int.TryParse(value, out var column) && column >= 0) mapping.Columns[field] = column;
        }
        Mapping = mapping;
        var result = await runner.CheckAsync(Session, mapping, ct);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors) ModelState.AddModelError(e.Field ?? "", text.Message(GetType(), e));
            Report = null;
            return Page();
        }
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostImportAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var result = await runner.ImportAsync(Session, ct);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors) ModelState.AddModelError("", text.Message(GetType(), e));
            return Page();
        }
        var r = result.Value!;
        TempData["Status"] = t["Import.Done", r.Created, r.Updated, r.Listed, r.Invalid].Value;
        return RedirectToPage(new { id });
    }

    /// <summary>The message of a report error, in the viewer's language.</summary>
    public string Message(ImportRowError e) => text.Message(GetType(), new Error(e.Code, null, [.. e.Args]));

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var session = await db.Imports.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (session is null) return false;
        Session = session;
        Format = ImportRunner.FormatOf(session);
        Mapping = ImportMapping.FromJson(session.MappingJson);
        Report = session.SummaryJson is null ? null : JsonSerializer.Deserialize<ImportReport>(session.SummaryJson, ImportRunner.Json);
        return true;
    }
}
