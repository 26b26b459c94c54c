using System.Globalization;
using Civitas.Platform.Audit;
using Civitas.Platform.Calendar;
using Civitas.Platform.Data;
using Civitas.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Civitas.Platform.Pages.Account.Manage;

/// <summary>RODO art. 15 and 20: download everything the platform holds about me, as JSON. A POST
/// (with the antiforgery token), so no other site can make a signed-in browser fetch the file.</summary>
internal sealed class PersonalDataModel(
    PlatformDb db,
    UserManager<User> users,
    ExportPersonalDataHandler export,
    IAuditLog audit,
    TimeProvider clock) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        audit.Record(db, "PersonalDataExported", nameof(User), user.Id.ToString());
        await db.SaveChangesAsync(ct);

        var date = WarsawTime.Today(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Response.ContentType = "application/json; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"civitas-dane-osobowe-{date}.json\"";
        Response.Headers.CacheControl = "no-store";
        await export.WriteAsync(user, Response.Body, ct);
        return new EmptyResult();
    }
}
