namespace Civitas.Organisations.Domain;

/// <summary>A district of the JST an organisation declares it works in (area of activity).</summary>
internal sealed class ListingDistrict
{
    public ListingDistrict(long listingId, Guid districtId)
    {
        ListingId = listingId;
        DistrictId = districtId;
    }

    public long ListingId { get; private set; }
    public Guid DistrictId { get; private set; }
}
