using System.ComponentModel.DataAnnotations;
using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Civitas.Organisations.Import;
using Civitas.Platform.Identity;
using Civitas.Platform.Localization;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Civitas.Organisations.Pages.Organisations.Office;

/// <summary>Step 1 of an import: the CSV file. The request may be larger than the import limit so that
/// an oversized file gets a message next to the field (up to 64 MB; beyond that the server's own
/// "too large" page answers). Nothing is written until the file is accepted.</summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
internal sealed class ImportModel(OrganisationsDb db, ImportRunner runner, TextLocator text, IOptions<OrganisationsOptions> options) : PageModel
{
    public const long MaxRequestBytes = 64L * 1024 * 1024;

    public sealed record SessionRow(Guid Id, string FileName, DateTimeOffset CreatedAt, ImportStatus Status);

    [BindProperty]
    [Display(Name = "Field.ImportFile")]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<SessionRow> Recent { get; private set; } = [];
    public long MaxMegabytes => options.Value.ImportMaxBytes / (1024 * 1024);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), text.Message(GetType(), new Platform.Error("Import.FileRequired")));
            await LoadAsync(ct);
            return Page();
        }
        await using var stream = Upload.OpenReadStream();
        var result = await runner.UploadAsync(stream, Upload.FileName, Upload.Length, options.Value.ImportMaxBytes, User.UserId()!.Value, ct);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors) ModelState.AddModelError(nameof(Upload), text.Message(GetType(), e));
            await LoadAsync(ct);
            return Page();
        }
        return Redirect($"/urzad/organizacje/import/{result.Value!.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
        => Recent = await db.Imports.AsNoTracking().OrderByDescending(i => i.CreatedAt).Take(10)
            .Select(i => new SessionRow(i.Id, i.FileName, i.CreatedAt, i.Status)).ToListAsync(ct);
}
