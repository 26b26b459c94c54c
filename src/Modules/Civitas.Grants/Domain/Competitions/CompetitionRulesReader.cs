using Civitas.Grants.Data;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Grants.Domain.Competitions;

/// <summary>Reads <see cref="CompetitionRules"/> from GrantsDb (tenant-filtered).</summary>
internal sealed class CompetitionRulesReader(GrantsDb db) : ICompetitionRules
{
    public async Task<CompetitionRules?> GetAsync(Guid competitionId, CancellationToken ct = default)
    {
        var c = await db.Competitions.AsNoTracking().AsSplitQuery()
            .Include(x => x.Tasks).Include(x => x.Criteria).Include(x => x.RequiredAttachments).Include(x => x.ChecklistItems)
            .FirstOrDefaultAsync(x => x.Id == competitionId, ct);
        if (c is null || c.Status == CompetitionStatus.Draft) return null;
        return new CompetitionRules(
            c.Id, c.Number, c.Title, c.DepartmentId, c.Status, c.OfferDeadline,
            c.ImplementationFrom, c.ImplementationTo, c.EligibleCostsFrom, c.EligibleCostsTo,
            c.MaxAdminCostPercent, c.MinOwnContributionPercent, c.OwnContributionKind, c.MaxGrantPerOffer, c.JointOffersAllowed,
            c.EligibleLegalForms,
            c.Tasks.OrderBy(t => t.Order).Select(t => new CompetitionRules.TaskRule(t.Id, t.Title, t.SphereCode, t.Funds, t.Form)).ToList(),
            c.RequiredAttachments.OrderBy(a => a.Order).Select(a => new CompetitionRules.NamedItem(a.Id, a.Name)).ToList(),
            c.ChecklistItems.OrderBy(a => a.Order).Select(a => new CompetitionRules.NamedItem(a.Id, a.Text)).ToList(),
            c.Criteria.OrderBy(x => x.Order).Select(x => new CompetitionRules.CriterionRule(x.Id, x.Statutory, x.Name, x.MaxPoints, x.MinPoints)).ToList());
    }
}
