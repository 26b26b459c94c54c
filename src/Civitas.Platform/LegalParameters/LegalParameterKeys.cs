namespace Civitas.Platform.LegalParameters;

/// <summary>Keys of the legal-parameters table. The values, units and legal bases are seeded from
/// LAW-AND-PROCEDURES.md §9 (<see cref="LegalParameterSeed"/>); code never repeats the numbers.</summary>
public static class LegalParameterKeys
{
    /// <summary>art. 13 ust. 1 UDPP.</summary>
    public const string OfferDeadlineMinDays = "grants.offer_deadline_min_days";
    /// <summary>art. 12 ust. 2 UDPP.</summary>
    public const string OwnInitiativeAnswerMonths = "grants.own_initiative_answer_months";
    /// <summary>art. 15 ust. 2j UDPP.</summary>
    public const string JustificationRequestDays = "grants.justification_request_days";
    /// <summary>regulamin konkursu (praktyka; art. 13 ust. 2 pkt 6 UDPP).</summary>
    public const string FormalCorrectionDays = "grants.formal_correction_days";
    /// <summary>art. 19a ust. 1 pkt 1 UDPP.</summary>
    public const string SmallGrantMaxAmount = "grants.small_grant_max_amount";
    /// <summary>art. 19a ust. 1 pkt 2 UDPP.</summary>
    public const string SmallGrantMaxDurationDays = "grants.small_grant_max_duration_days";
    /// <summary>art. 19a ust. 3 UDPP.</summary>
    public const string SmallGrantPublishWithinWorkingDays = "grants.small_grant_publish_within_working_days";
    /// <summary>art. 19a ust. 3 UDPP.</summary>
    public const string SmallGrantPublicationDays = "grants.small_grant_publication_days";
    /// <summary>art. 19a ust. 4 UDPP.</summary>
    public const string SmallGrantCommentDays = "grants.small_grant_comment_days";
    /// <summary>art. 19a ust. 6 UDPP.</summary>
    public const string SmallGrantPerOrganisationYearMax = "grants.small_grant_per_organisation_year_max";
    /// <summary>art. 19a ust. 7 UDPP.</summary>
    public const string SmallGrantShareOfPlannedMaxPercent = "grants.small_grant_share_of_planned_max_percent";
    /// <summary>art. 16 ust. 2 UDPP.</summary>
    public const string ContractMaxYears = "grants.contract_max_years";
    /// <summary>art. 18 ust. 4 UDPP; wzór sprawozdania (Dz.U. 2018 poz. 2057).</summary>
    public const string FinalReportDays = "grants.final_report_days";
    /// <summary>art. 18 UDPP; wzór umowy (Dz.U. 2018 poz. 2057).</summary>
    public const string PartialReportDays = "grants.partial_report_days";
    /// <summary>wzór umowy (Dz.U. 2018 poz. 2057); art. 251 ufp.</summary>
    public const string RefundUnusedDays = "grants.refund_unused_days";
    /// <summary>wzór umowy (Dz.U. 2018 poz. 2057).</summary>
    public const string DocumentRetentionYears = "grants.document_retention_years";
    /// <summary>art. 5a ust. 1 UDPP.</summary>
    public const string ProgrammeAdoptionDeadline = "programmes.adoption_deadline_month_day";
    /// <summary>art. 5a ust. 3 UDPP.</summary>
    public const string ProgrammeReportDeadline = "programmes.report_deadline_month_day";
    /// <summary>art. 41e ust. 1 UDPP.</summary>
    public const string CouncilCreationMonths = "dialogue.council_creation_months";
    /// <summary>art. 41e ust. 1 UDPP.</summary>
    public const string CouncilFoundingMinOrganisations = "dialogue.council_founding_min_organisations";
    /// <summary>art. 41e ust. 3 UDPP.</summary>
    public const string CouncilTermYears = "dialogue.council_term_years";
    /// <summary>art. 41f UDPP.</summary>
    public const string CouncilMinNgoSharePercent = "dialogue.council_min_ngo_share_percent";
    /// <summary>art. 41i ust. 2 UDPP.</summary>
    public const string CouncilOpinionDays = "dialogue.council_opinion_days";
    /// <summary>art. 5a ust. 5 USG.</summary>
    public const string ParticipatoryBudgetMinSharePercent = "participation.budget_min_share_percent";
    /// <summary>art. 5a ust. 7 pkt 1 USG.</summary>
    public const string ParticipatoryBudgetSignatureMaxSharePercent = "participation.signature_max_share_percent";
    /// <summary>art. 6 ust. 3 ustawy o rewitalizacji.</summary>
    public const string RegenerationNoticeDays = "consultations.regeneration_notice_days";
    /// <summary>art. 6 ust. 3 ustawy o rewitalizacji.</summary>
    public const string RegenerationCommentDays = "consultations.regeneration_comment_days";
    /// <summary>art. 6 ust. 3 ustawy o zasadach prowadzenia polityki rozwoju.</summary>
    public const string StrategyConsultationMinDays = "consultations.strategy_min_days";
    /// <summary>art. 18 ust. 4 ustawy o dostępności cyfrowej.</summary>
    public const string AccessibilityRequestDays = "accessibility.request_days";
    /// <summary>art. 18 ust. 5 ustawy o dostępności cyfrowej.</summary>
    public const string AccessibilityRequestMaxMonths = "accessibility.request_max_months";
    /// <summary>art. 10 ust. 1 ustawy o dostępności cyfrowej.</summary>
    public const string AccessibilityStatementReviewMonths = "accessibility.statement_review_months";
}
