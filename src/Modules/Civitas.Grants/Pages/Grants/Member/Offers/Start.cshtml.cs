using System.ComponentModel.DataAnnotations;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.Offers;
using Civitas.Organisations.Contracts;
using Civitas.Platform;
using Civitas.Platform.Calendar;
using Civitas.Platform.Identity;
using Civitas.Platform.Localization;
using Civitas.Platform.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Civitas.Grants.Pages.Grants.Member.Offers;

/// <summary>Starts an offer: the person chooses the task and one of the organisations they edit for.
/// A competition of another local government (or a draft) is 404; a closed one says so.</summary>
internal sealed class StartModel(ICompetitionRules competitions, IOfferRulesSource rules, OfferWorkflow workflow, IOrganisationDirectory directory, TextLocator text) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Display(Name = "Start.Organisation")]
        public Guid? OrganisationId { get; set; }

        [Display(Name = "Start.Task")]
        public Guid? TaskId { get; set; }
    }

    public Guid Id { get; private set; }
    public CompetitionRules Competition { get; private set; } = null!;
    public IReadOnlyList<OfferTaskChoice> Tasks { get; private set; } = [];
    public IReadOnlyList<OrganisationMembership> Organisations { get; private set; } = [];
    public bool HasMembershipWithoutRights { get; private set; }
    public DateTime? DeadlineLocal => Competition.OfferDeadline is { } d ? WarsawTime.ToLocal(d) : null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Tasks.Count == 1) Input.TaskId = Tasks[0].TaskId;
        if (Organisations.Count == 1) Input.OrganisationId = Organisations[0].OrganisationId;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Input.OrganisationId is not { } organisation) ModelState.AddModelError("Input.OrganisationId", text.Message(GetType(), new Error("Offer.OrganisationRequired")));
        if (Input.TaskId is not { } task || Tasks.All(t => t.TaskId != task)) ModelState.AddModelError("Input.TaskId", text.Message(GetType(), new Error("Offer.TaskUnknown")));
        if (!ModelState.IsValid) return Page();
        var result = await workflow.StartAsync(id, Input.TaskId!.Value, Input.OrganisationId!.Value, User.UserId()!.Value, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, text, GetType());
            return Page();
        }
        return Redirect($"/oferty/{result.Value}?sekcja=II");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var competition = await competitions.GetAsync(id, ct);
        if (competition is null) return false;
        Id = id;
        Competition = competition;
        Tasks = await rules.OpenTasksAsync(id, ct);
        var memberships = await directory.GetMembershipsAsync(User.UserId()!.Value, ct);
        Organisations = memberships.Where(m => OfferWorkflow.CanEdit(m.Role)).ToList();
        HasMembershipWithoutRights = memberships.Count > Organisations.Count;
        return true;
    }
}
