namespace Civitas.Grants.Domain.Competitions;

/// <summary>The catalogue of art. 15 ust. 1 UDPP that an evaluation criterion implements, or
/// <see cref="Own"/> for a criterion the organ adds.</summary>
internal enum StatutoryCriterion
{
    /// <summary>A criterion of the organ's own (not one of art. 15 ust. 1).</summary>
    Own = 0,

    /// <summary>pkt 1: the offeror's capacity to carry out the task.</summary>
    Capacity = 1,

    /// <summary>pkt 2: the cost calculation, also against the scope of the task.</summary>
    CostCalculation = 2,

    /// <summary>pkt 3: the proposed quality and the qualifications of the people carrying it out.</summary>
    Quality = 3,

    /// <summary>pkt 4: the share of own or other funds (for support, wspieranie).</summary>
    OwnFunds = 4,

    /// <summary>pkt 5: the planned personal and in-kind contribution, including volunteers' work.</summary>
    PersonalAndInKind = 5,

    /// <summary>pkt 6: how the offeror carried out tasks funded earlier (reliability, timeliness, settlement).</summary>
    PastPerformance = 6,
}
