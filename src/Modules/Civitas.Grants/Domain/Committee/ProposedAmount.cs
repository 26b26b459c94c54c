using Civitas.Platform.Data;

namespace Civitas.Grants.Domain.Committee;

/// <summary>The grant the committee (its chair or an official of the department) proposes for one offer;
/// the organ decides (art. 15 ust. 2a UDPP: the committee is appointed to give opinions on the offers).</summary>
internal sealed class ProposedAmount : ITenantOwned, IAudited, IConcurrencyVersioned
{
    private ProposedAmount()
    {
    }

    public ProposedAmount(Guid competitionId, Guid offerId, decimal amount, Guid by, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        CompetitionId = competitionId;
        OfferId = offerId;
        Amount = amount;
        ProposedBy = by;
        ProposedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; set; }
    public Guid CompetitionId { get; private set; }
    public Guid OfferId { get; private set; }
    public decimal Amount { get; private set; }
    public Guid ProposedBy { get; private set; }
    public DateTimeOffset ProposedAt { get; private set; }
    public int Version { get; set; }

    public void Change(decimal amount, Guid by, DateTimeOffset now)
    {
        if (Amount == amount) return;
        Amount = amount;
        ProposedBy = by;
        ProposedAt = now;
    }
}
