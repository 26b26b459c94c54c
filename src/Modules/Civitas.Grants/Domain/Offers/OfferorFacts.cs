using Civitas.Organisations.Contracts;

namespace Civitas.Grants.Domain.Offers;

/// <summary>What the registry says about one offeror, as seen by the current local government.</summary>
internal sealed record OfferorFacts(OrganisationSummary Summary, OfferorData Data)
{
    public Guid Id => Summary.Id;

    public static async Task<IReadOnlyDictionary<Guid, OfferorFacts>> LoadAsync(IOrganisationDirectory directory, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var summaries = await directory.GetAsync(ids, ct);
        var data = await directory.GetOfferorDataAsync(ids, ct);
        return summaries.Where(s => data.ContainsKey(s.Key)).ToDictionary(s => s.Key, s => new OfferorFacts(s.Value, data[s.Key]));
    }
}
