namespace Civitas.Grants.Domain.FormalCheck;

/// <summary>The result of the formal check of one offer revision.</summary>
internal enum FormalOutcome
{
    /// <summary>Formally correct: goes to the committee.</summary>
    Accepted = 1,

    /// <summary>Formal defects the offeror may remove by the correction deadline.</summary>
    CorrectionRequested = 2,

    /// <summary>Rejected on formal grounds, with the reasons.</summary>
    Rejected = 3,
}
