using Civitas.Grants.Domain.Competitions;
using Civitas.Platform.Calendar;
using Civitas.Platform.LegalParameters;
using Civitas.Platform.Tenancy;

namespace Civitas.Grants.Domain.Offers;

/// <summary>The offer rules read from the competition's announcement (<see cref="ICompetitionRules"/>).</summary>
internal sealed class CompetitionOfferRules(ICompetitionRules competitions, ILegalParameters legal, ITenantContext tenant, TimeProvider clock) : IOfferRulesSource
{
    public async Task<OfferRules?> GetAsync(Guid competitionId, Guid taskId, CancellationToken ct)
    {
        var c = await competitions.GetAsync(competitionId, ct);
        var task = c?.Tasks.FirstOrDefault(t => t.Id == taskId);
        if (c is null || task is null || c.OfferDeadline is not { } deadline
            || c.ImplementationFrom is not { } from || c.ImplementationTo is not { } to) return null;
        // art. 16 ust. 2 UDPP: the longest contract, from the legal-parameters table.
        var maxYears = (await legal.GetAsync(LegalParameterKeys.ContractMaxYears, WarsawTime.Today(clock), ct)).AsInt();
        return new OfferRules(c.CompetitionId, task.Id, c.Number, tenant.Require().Name, task.Title, task.SphereCode, deadline,
            from, to, c.EligibleCostsFrom ?? from, c.EligibleCostsTo ?? to,
            c.MaxAdminCostPercent, c.MinOwnContributionPercent, c.OwnContributionKind, c.MaxGrantPerOffer, c.EligibleLegalForms, c.JointOffersAllowed, c.RequiredAttachments.Select(a => a.Text).ToList(), maxYears,
            c.Status == CompetitionStatus.Announced);
    }

    public async Task<IReadOnlyList<OfferTaskChoice>> OpenTasksAsync(Guid competitionId, CancellationToken ct)
    {
        var c = await competitions.GetAsync(competitionId, ct);
        if (c is null || !c.IsOpenForOffers(clock.GetUtcNow())) return [];
        return c.Tasks.Select(t => new OfferTaskChoice(c.CompetitionId, c.Number, c.Title, t.Id, t.Title, c.OfferDeadline!.Value)).ToList();
    }
}
