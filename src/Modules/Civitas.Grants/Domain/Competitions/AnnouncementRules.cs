namespace Civitas.Grants.Domain.Competitions;

/// <summary>What the announcement rules need from outside the aggregate: legal parameters of the
/// tenant and the spheres of art. 4 ust. 1 UDPP in force.</summary>
/// <param name="OfferDeadlineMinDays">art. 13 ust. 1 UDPP (legal parameter OfferDeadlineMinDays), calendar days.</param>
/// <param name="OfferDeadlineBasis">The legal basis of that number, shown with the message.</param>
/// <param name="SphereCodes">Codes of the spheres of public tasks ("16", "1a").</param>
internal sealed record AnnouncementRules(int OfferDeadlineMinDays, string OfferDeadlineBasis, IReadOnlySet<string> SphereCodes);
