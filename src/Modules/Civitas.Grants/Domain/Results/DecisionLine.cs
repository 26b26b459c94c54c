using System.Text.Json;

namespace Civitas.Grants.Domain.Results;

/// <summary>The decision on one offer (its latest submitted revision): funded with an amount or not funded
/// with the reason. The offerors, the title and the requested grant are copied from the submission, so the
/// published results never change when registry data do.</summary>
internal sealed class DecisionLine
{
    private DecisionLine()
    {
    }

    public Guid Id { get; private set; }
    public Guid DecisionId { get; private set; }
    public int Order { get; private set; }
    public Guid OfferId { get; private set; }
    public Guid TaskId { get; private set; }
    public int Revision { get; private set; }
    public string ConfirmationNumber { get; private set; } = "";
    public string OfferTitle { get; private set; } = "";
    /// <summary>JSON list of <see cref="DecisionOfferor"/>, the lead first.</summary>
    public string OfferorsJson { get; private set; } = "[]";
    public decimal RequestedGrant { get; private set; }
    public bool Funded { get; private set; }
    public decimal? Amount { get; private set; }
    public string Reason { get; private set; } = "";
    public bool FormallyRejected { get; private set; }

    public IReadOnlyList<DecisionOfferor> Offerors => JsonSerializer.Deserialize<List<DecisionOfferor>>(OfferorsJson) ?? [];

    internal static DecisionLine From(DecisionCandidate c, int order, bool funded, decimal? amount, string reason, bool formallyRejected = false) => new()
    {
        Id = Guid.CreateVersion7(),
        Order = order,
        OfferId = c.OfferId,
        TaskId = c.TaskId,
        Revision = c.Revision,
        ConfirmationNumber = c.ConfirmationNumber,
        OfferTitle = c.Title,
        OfferorsJson = JsonSerializer.Serialize(c.Offerors),
        RequestedGrant = c.RequestedGrant,
        Funded = funded,
        Amount = amount,
        Reason = reason,
        FormallyRejected = formallyRejected,
    };
}

/// <summary>An offeror as named in the results.</summary>
internal sealed record DecisionOfferor(Guid OrganisationId, string Name);
