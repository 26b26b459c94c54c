using System.ComponentModel.DataAnnotations;
using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Civitas.Organisations.Geo;
using Civitas.Organisations.Resources;
using Civitas.Organisations.Search;
using Civitas.Platform;
using Civitas.Platform.Audit;
using Civitas.Platform.Localization;
using Civitas.Platform.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Civitas.Organisations.Pages.Organisations.Office;

/// <summary>The JST's districts for the map and the area of activity, from an uploaded GeoJSON file.
/// A new file replaces the districts whose names it does not contain (their links to organisations go
/// with them) and updates the others in place, so organisations keep their districts.</summary>
internal sealed class DistrictsModel(OrganisationsDb db, IAuditLog audit, DirectoryProjection projection, ITenantContext tenant, TextLocator text, IStringLocalizer<OrganisationsText> t) : PageModel
{
    public const long MaxBytes = 5L * 1024 * 1024;

    [BindProperty]
    [Display(Name = "Field.GeoJson")]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<(string Name, int Organisations)> Current { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var error = Upload is null || Upload.Length == 0 ? new Error("Districts.FileRequired")
            : Upload.Length > MaxBytes ? new Error("Districts.TooLarge", null, MaxBytes / (1024 * 1024))
            : null;
        Result<IReadOnlyList<ParsedDistrict>>? parsed = null;
        if (error is null)
        {
            using var buffer = new MemoryStream();
            await Upload!.CopyToAsync(buffer, ct);
            parsed = DistrictGeoJson.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
            if (!parsed.Succeeded) error = parsed.Errors[0];
            else if (parsed.Value!.GroupBy(d => d.Name, StringComparer.CurrentCultureIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } dup)
                error = new Error("Districts.DuplicateName", null, dup.Key);
        }
        if (error is not null)
        {
            ModelState.AddModelError(nameof(Upload), text.Message(GetType(), error));
            await LoadAsync(ct);
            return Page();
        }

        var districts = parsed!.Value!;
        var existing = await db.Districts.ToListAsync(ct);
        var byName = existing.ToDictionary(d => d.Name, StringComparer.CurrentCultureIgnoreCase);
        var order = 0;
        foreach (var d in districts)
        {
            if (!byName.TryGetValue(d.Name, out var row))
            {
                row = new District { Name = d.Name };
                db.Districts.Add(row);
            }
            row.GeometryJson = d.GeometryJson;
            row.MinLatitude = d.MinLatitude;
            row.MaxLatitude = d.MaxLatitude;
            row.MinLongitude = d.MinLongitude;
            row.MaxLongitude = d.MaxLongitude;
            row.SortOrder = order++;
        }
        var names = districts.Select(d => d.Name).ToHashSet(StringComparer.CurrentCultureIgnoreCase);
        var removed = existing.Where(d => !names.Contains(d.Name)).ToList();
        db.Districts.RemoveRange(removed);
        audit.Record(db, "DistrictsUploaded", nameof(District), tenant.Require().Id.ToString(), new
        {
            Upload!.FileName,
            Count = districts.Count,
            Removed = removed.Select(r => r.Name).ToList(),
        });
        await db.SaveChangesAsync(ct);
        await projection.EvictAsync([tenant.Require().Id], ct);
        TempData["Status"] = t["Districts.Saved", districts.Count].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var rows = await db.Districts.AsNoTracking().OrderBy(d => d.SortOrder).ThenBy(d => d.Name)
            .Select(d => new { d.Name, N = db.ListingDistricts.Count(x => x.DistrictId == d.Id) }).ToListAsync(ct);
        Current = rows.Select(r => (r.Name, r.N)).ToList();
    }
}
