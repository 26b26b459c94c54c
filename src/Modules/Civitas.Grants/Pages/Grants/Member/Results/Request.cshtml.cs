using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Civitas.Grants.Data;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.Results;
using Civitas.Grants.Resources;
using Civitas.Platform.Audit;
using Civitas.Organisations.Contracts;
using Civitas.Platform.Calendar;
using Civitas.Platform.Identity;
using Civitas.Platform.LegalParameters;
using Civitas.Platform.Localization;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Civitas.Grants.Pages.Grants.Member.Results;

/// <summary>The decision about an offer listed in the published results and the request for its justification
/// (art. 15 ust. 2j UDPP: "każdy" — anyone — may request it within the period). Every signed-in person of the
/// local government reads the decision and files in their own name; a representative of an offeror may file in
/// the offeror's name. Before the publication only members of the offerors see the page (403 for others);
/// another local government's offer is not found.</summary>
internal sealed class RequestModel(GrantsDb db, ResultsService results, IOrganisationDirectory organisations, TextLocator text, IStringLocalizer<ResultsText> r) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Guid OfferId { get; private set; }
    public Competition? Competition { get; private set; }
    public CompetitionDecision? Decision { get; private set; }
    public DecisionLine? Line { get; private set; }
    public LegalValue? Days { get; private set; }
    public DeadlineResult? Period { get; private set; }
    /// <summary>Offerors of this offer the person represents (may file in their name).</summary>
    public IReadOnlyList<DecisionOfferor> Represented { get; private set; } = [];
    /// <summary>Whether the person belongs to an offeror of this offer (a link back to their offers).</summary>
    public bool IsOfferorMember { get; private set; }
    public IReadOnlyList<JustificationRequest> Requests { get; private set; } = [];

    public bool PeriodOpen => Period is { } p && results.Now < p.EndsBefore;

    public sealed class InputModel
    {
        /// <summary>The offeror in whose name the request is filed; <see cref="Guid.Empty"/> for the person's own name.</summary>
        [Display(Name = "ResultsField.Organisation")]
        public Guid? OrganisationId { get; set; }

        [Display(Name = "ResultsField.Text")]
        public string? Text { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Input = new InputModel { OrganisationId = Represented.Count > 0 ? Represented[0].OrganisationId : Guid.Empty };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        if (!ModelState.IsValid) return Page();
        // No choice posted: the one offeror the person represents (the form's default), else the person's own name.
        var organisation = Input.OrganisationId switch
        {
            null => Represented.Count == 1 ? Represented[0].OrganisationId : (Guid?)null,
            { } g when g == Guid.Empty => null,
            { } g => g,
        };
        var name = User.FindFirstValue(CivitasClaims.DisplayName) ?? "";
        var filed = await results.FileAsync(id, organisation, Input.Text, User.UserId()!.Value, name, ct);
        if (!filed.Succeeded)
        {
            ModelState.AddErrors(filed, text, GetType());
            return Page();
        }
        TempData["Status"] = r["Request.Filed"].Value;
        return Redirect(ResultsUrls.Request(id));
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        OfferId = id;
        var offer = await db.Offers.AsNoTracking().Where(o => o.Id == id).Select(o => new { o.LeadOrganisationId }).FirstOrDefaultAsync(ct);
        if (offer is null) return NotFound();
        var person = User.UserId();
        if (person is null) return Challenge();
        var found = await results.PublishedLineAsync(id, ct);
        var offerors = found is { } f ? f.Line.Offerors.Select(o => o.OrganisationId).ToList() : [offer.LeadOrganisationId];
        var memberships = (await organisations.GetMembershipsAsync(person.Value, ct)).Where(m => offerors.Contains(m.OrganisationId)).ToList();
        IsOfferorMember = memberships.Count > 0;
        // Before the results are published the decision is not public: only the offerors' members see the page.
        if (found is null && !IsOfferorMember) return StatusCode(StatusCodes.Status403Forbidden);
        if (found is { } x)
        {
            (Competition, Decision, Line) = x;
            (Days, Period) = await results.PeriodAsync(x.Decision, ct);
            Represented = x.Line.Offerors.Where(o => memberships.Any(m => m.OrganisationId == o.OrganisationId && m.Role == OrganisationMemberRole.Representative)).ToList();
        }
        // The person's own requests, and those filed in the name of the offerors they belong to.
        var mine = memberships.Select(m => m.OrganisationId).ToList();
        var me = person.Value;
        Requests = await db.JustificationRequests.AsNoTracking().Where(q => q.OfferId == id && (q.RequestedBy == me || mine.Contains(q.OrganisationId)))
            .OrderBy(q => q.RequestedAt).ToListAsync(ct);
        return null;
    }
}
