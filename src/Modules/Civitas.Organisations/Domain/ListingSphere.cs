namespace Civitas.Organisations.Domain;

/// <summary>Directory copy of an organisation's sphere, for the sphere filter. Refreshed with the
/// listing; not tenant-owned because the refresh crosses JSTs (the listing it belongs to is).</summary>
internal sealed class ListingSphere
{
    public ListingSphere(long listingId, string sphereCode)
    {
        ListingId = listingId;
        SphereCode = sphereCode;
    }

    public long ListingId { get; private set; }
    public string SphereCode { get; private set; }
}
