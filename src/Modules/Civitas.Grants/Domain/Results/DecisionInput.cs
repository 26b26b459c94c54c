namespace Civitas.Grants.Domain.Results;

/// <summary>Where an offer stands after the formal check, for the decision.</summary>
internal enum FormalStanding
{
    /// <summary>No final verdict yet (not reviewed, or a correction requested).</summary>
    Pending = 0,

    /// <summary>Formally correct: the organ decides on it.</summary>
    Accepted = 1,

    /// <summary>Rejected on formal grounds: not funded, for those reasons.</summary>
    Rejected = 2,
}

/// <summary>A submitted offer (latest revision) the decision covers.</summary>
internal sealed record DecisionCandidate(
    Guid OfferId,
    Guid TaskId,
    int Order,
    int Revision,
    string ConfirmationNumber,
    string Title,
    IReadOnlyList<DecisionOfferor> Offerors,
    decimal RequestedGrant,
    FormalStanding Formal,
    string? FormalReasons);

/// <summary>What the official entered for one offer.</summary>
internal sealed record DecisionLineInput(Guid OfferId, bool? Funded, decimal? Amount, string? Reason);

/// <summary>What the official entered on the decision form.</summary>
internal sealed record DecisionInput(DateOnly? DecidedOn, string? SignatoryName, string? SignatoryFunction, IReadOnlyList<DecisionLineInput> Lines);
