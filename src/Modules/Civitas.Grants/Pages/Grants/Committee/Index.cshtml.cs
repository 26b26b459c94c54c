using Civitas.Grants.Data;
using Civitas.Grants.Domain.Competitions;
using Civitas.Platform.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Grants.Pages.Grants.Committee;

/// <summary>The committees the signed-in person sits on in this local government (only their own).</summary>
internal sealed class IndexModel(GrantsDb db) : PageModel
{
    public sealed record Row(Guid CompetitionId, string Number, string Title, CompetitionStatus Status, bool IsChair, DateTimeOffset? SignedAt);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.UserId() is not { } me) return Challenge();
        Rows = await (from m in db.CommitteeMembers.AsNoTracking()
                      where m.UserId == me
                      join c in db.Competitions.AsNoTracking() on m.CompetitionId equals c.Id
                      orderby c.Year descending, c.Number
                      select new Row(c.Id, c.Number, c.Title, c.Status, m.IsChair, m.DeclarationSignedAt)).ToListAsync(ct);
        return Page();
    }
}
