namespace Civitas.Platform.LegalParameters;

/// <summary>Defaults seeded for every new tenant, from LAW-AND-PROCEDURES.md §9. Rows marked
/// unverified there are configurable defaults, flagged so officials see it.</summary>
internal static class LegalParameterSeed
{
    public sealed record Row(string Key, decimal Value, LegalUnit Unit, DayCountType DayType, string LegalBasis, bool Unverified);

    public static readonly IReadOnlyList<Row> Defaults =
    [
        new(LegalParameterKeys.OfferDeadlineMinDays, 21m, LegalUnit.Days, DayCountType.Calendar, "art. 13 ust. 1 UDPP", false),
        new(LegalParameterKeys.OwnInitiativeAnswerMonths, 1m, LegalUnit.Months, DayCountType.None, "art. 12 ust. 2 UDPP", false),
        new(LegalParameterKeys.JustificationRequestDays, 30m, LegalUnit.Days, DayCountType.Calendar, "art. 15 ust. 2j UDPP", true),
        new(LegalParameterKeys.FormalCorrectionDays, 7m, LegalUnit.Days, DayCountType.Calendar, "regulamin konkursu (praktyka; art. 13 ust. 2 pkt 6 UDPP)", true),
        new(LegalParameterKeys.SmallGrantMaxAmount, 10000m, LegalUnit.Zloty, DayCountType.None, "art. 19a ust. 1 pkt 1 UDPP", false),
        new(LegalParameterKeys.SmallGrantMaxDurationDays, 90m, LegalUnit.Days, DayCountType.Calendar, "art. 19a ust. 1 pkt 2 UDPP", false),
        new(LegalParameterKeys.SmallGrantPublishWithinWorkingDays, 7m, LegalUnit.Days, DayCountType.Working, "art. 19a ust. 3 UDPP", false),
        new(LegalParameterKeys.SmallGrantPublicationDays, 7m, LegalUnit.Days, DayCountType.Calendar, "art. 19a ust. 3 UDPP", false),
        new(LegalParameterKeys.SmallGrantCommentDays, 7m, LegalUnit.Days, DayCountType.Calendar, "art. 19a ust. 4 UDPP", false),
        new(LegalParameterKeys.SmallGrantPerOrganisationYearMax, 20000m, LegalUnit.Zloty, DayCountType.None, "art. 19a ust. 6 UDPP", true),
        new(LegalParameterKeys.SmallGrantShareOfPlannedMaxPercent, 20m, LegalUnit.Percent, DayCountType.None, "art. 19a ust. 7 UDPP", true),
        new(LegalParameterKeys.ContractMaxYears, 5m, LegalUnit.Years, DayCountType.None, "art. 16 ust. 2 UDPP", false),
        new(LegalParameterKeys.FinalReportDays, 30m, LegalUnit.Days, DayCountType.Calendar, "art. 18 ust. 4 UDPP; wzór sprawozdania (Dz.U. 2018 poz. 2057)", false),
        new(LegalParameterKeys.PartialReportDays, 30m, LegalUnit.Days, DayCountType.Calendar, "art. 18 UDPP; wzór umowy (Dz.U. 2018 poz. 2057)", false),
        new(LegalParameterKeys.RefundUnusedDays, 15m, LegalUnit.Days, DayCountType.Calendar, "wzór umowy (Dz.U. 2018 poz. 2057); art. 251 ufp", true),
        new(LegalParameterKeys.DocumentRetentionYears, 5m, LegalUnit.Years, DayCountType.None, "wzór umowy (Dz.U. 2018 poz. 2057)", true),
        new(LegalParameterKeys.ProgrammeAdoptionDeadline, 1130m, LegalUnit.MonthDay, DayCountType.None, "art. 5a ust. 1 UDPP", false),
        new(LegalParameterKeys.ProgrammeReportDeadline, 531m, LegalUnit.MonthDay, DayCountType.None, "art. 5a ust. 3 UDPP", false),
        new(LegalParameterKeys.CouncilCreationMonths, 2m, LegalUnit.Months, DayCountType.None, "art. 41e ust. 1 UDPP", false),
        new(LegalParameterKeys.CouncilFoundingMinOrganisations, 5m, LegalUnit.Count, DayCountType.None, "art. 41e ust. 1 UDPP", false),
        new(LegalParameterKeys.CouncilTermYears, 3m, LegalUnit.Years, DayCountType.None, "art. 41e ust. 3 UDPP", false),
        new(LegalParameterKeys.CouncilMinNgoSharePercent, 50m, LegalUnit.Percent, DayCountType.None, "art. 41f UDPP", false),
        new(LegalParameterKeys.CouncilOpinionDays, 14m, LegalUnit.Days, DayCountType.Calendar, "art. 41i ust. 2 UDPP", false),
        new(LegalParameterKeys.ParticipatoryBudgetMinSharePercent, 0.5m, LegalUnit.Percent, DayCountType.None, "art. 5a ust. 5 USG", false),
        new(LegalParameterKeys.ParticipatoryBudgetSignatureMaxSharePercent, 0.1m, LegalUnit.Percent, DayCountType.None, "art. 5a ust. 7 pkt 1 USG", true),
        new(LegalParameterKeys.RegenerationNoticeDays, 7m, LegalUnit.Days, DayCountType.Calendar, "art. 6 ust. 3 ustawy o rewitalizacji", false),
        new(LegalParameterKeys.RegenerationCommentDays, 30m, LegalUnit.Days, DayCountType.Calendar, "art. 6 ust. 3 ustawy o rewitalizacji", false),
        new(LegalParameterKeys.StrategyConsultationMinDays, 35m, LegalUnit.Days, DayCountType.Calendar, "art. 6 ust. 3 ustawy o zasadach prowadzenia polityki rozwoju", false),
        new(LegalParameterKeys.AccessibilityRequestDays, 7m, LegalUnit.Days, DayCountType.Calendar, "art. 18 ust. 4 ustawy o dostępności cyfrowej", false),
        new(LegalParameterKeys.AccessibilityRequestMaxMonths, 2m, LegalUnit.Months, DayCountType.None, "art. 18 ust. 5 ustawy o dostępności cyfrowej", false),
        new(LegalParameterKeys.AccessibilityStatementReviewMonths, 12m, LegalUnit.Months, DayCountType.None, "art. 10 ust. 1 ustawy o dostępności cyfrowej", false),
    ];
}
