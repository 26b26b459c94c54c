namespace Civitas.Grants.Domain.Competitions;

/// <summary>Where an open competition stands (art. 13–15, 18a UDPP). "Open for offers" is
/// <see cref="Announced"/> before the offer deadline.</summary>
internal enum CompetitionStatus
{
    /// <summary>Being prepared by the department; not public.</summary>
    Draft = 1,

    /// <summary>Published (art. 13 ust. 3 UDPP); offers are accepted until the deadline.</summary>
    Announced = 2,

    /// <summary>The deadline passed; offers are checked against the formal checklist.</summary>
    FormalCheck = 3,

    /// <summary>The committee scores formally correct offers (art. 15 ust. 2a UDPP).</summary>
    Evaluation = 4,

    /// <summary>The organ decided which offers are funded and with how much.</summary>
    Decided = 5,

    /// <summary>Results published (art. 15 ust. 2h UDPP).</summary>
    ResultsPublished = 6,

    /// <summary>Cancelled (unieważniony, art. 18a UDPP).</summary>
    Cancelled = 9,
}
