using Civitas.Grants.Domain.Competitions;
using Civitas.Organisations.Contracts;

namespace Civitas.Grants.Domain.Offers;

/// <summary>What an offer is checked against: the announcement of the competition for one task
/// (art. 13 ust. 2 UDPP) and the legal parameters.</summary>
/// <param name="CompetitionId">Competition.</param>
/// <param name="TaskId">Task of the competition the offer is for.</param>
/// <param name="CompetitionNumber">Number of the competition ("WSS/2026/3").</param>
/// <param name="Authority">The authority the offers are addressed to (section I.1).</param>
/// <param name="TaskTitle">Type of task (section I.2).</param>
/// <param name="SphereCode">Sphere of public tasks of art. 4 ust. 1 UDPP.</param>
/// <param name="OfferDeadline">Instant offers must arrive before (art. 13 ust. 2 pkt 5).</param>
/// <param name="ImplementationFrom">Implementation window of the task (art. 13 ust. 2 pkt 4).</param>
/// <param name="ImplementationTo">End of the implementation window.</param>
/// <param name="EligibleCostsFrom">First day costs may be incurred (grant rules, art. 13 ust. 2 pkt 3).</param>
/// <param name="EligibleCostsTo">Last day costs may be incurred.</param>
/// <param name="MaxAdminSharePercent">Cap of administrative costs in % of the total, if set.</param>
/// <param name="MinOwnContributionPercent">Minimum own contribution in % of the total, if set.</param>
/// <param name="OwnContributionKind">Which contribution the minimum counts.</param>
/// <param name="MaxGrant">Maximum grant per offer, if set.</param>
/// <param name="EligibleLegalForms">Legal forms the announcement admits (empty = every eligible form).</param>
/// <param name="JointOffersAllowed">Joint offers admitted (art. 14 ust. 2).</param>
/// <param name="RequiredAttachments">Attachments the announcement requires.</param>
/// <param name="MaxYears">Longest contract in years (art. 16 ust. 2 UDPP; legal parameter).</param>
/// <param name="AcceptingOffers">The competition is announced (not yet closed, decided or cancelled).</param>
internal sealed record OfferRules(
    Guid CompetitionId,
    Guid TaskId,
    string CompetitionNumber,
    string Authority,
    string TaskTitle,
    string SphereCode,
    DateTimeOffset OfferDeadline,
    DateOnly ImplementationFrom,
    DateOnly ImplementationTo,
    DateOnly EligibleCostsFrom,
    DateOnly EligibleCostsTo,
    decimal? MaxAdminSharePercent,
    decimal? MinOwnContributionPercent,
    OwnContributionKind OwnContributionKind,
    decimal? MaxGrant,
    IReadOnlyCollection<OrganisationLegalForm> EligibleLegalForms,
    bool JointOffersAllowed,
    IReadOnlyList<string> RequiredAttachments,
    int MaxYears,
    bool AcceptingOffers = true)
{
    /// <summary>Offers may be submitted, withdrawn and replaced only before the deadline (art. 13 ust. 2 pkt 5),
    /// while the competition is announced (a cancelled one, art. 18a, takes none).</summary>
    public bool IsOpenAt(DateTimeOffset now) => AcceptingOffers && now < OfferDeadline;
}
