using Civitas.Platform.Data;

namespace Civitas.Grants.Domain.Offers;

/// <summary>One section of an offer as JSON. Its own <see cref="Version"/> makes two people saving the
/// same section conflict, and two saving different sections not.</summary>
internal sealed class OfferSection : ITenantOwned, IConcurrencyVersioned
{
    private OfferSection()
    {
    }

    public OfferSection(Guid offerId, OfferSectionKey key, string json, Guid by, DateTimeOffset now)
    {
        OfferId = offerId;
        Key = key.Code();
        Json = json;
        UpdatedBy = by;
        UpdatedAt = now;
    }

    public Guid OfferId { get; private set; }
    public Guid TenantId { get; set; }
    /// <summary>Section code ("I" … "VII", "VA", "VB", "VC").</summary>
    public string Key { get; private set; } = "";
    public string Json { get; private set; } = "{}";
    public DateTimeOffset UpdatedAt { get; private set; }
    public Guid UpdatedBy { get; private set; }
    public int Version { get; set; }

    public OfferSectionKey SectionKey => OfferSectionKeys.Parse(Key) ?? throw new InvalidOperationException($"Unknown section {Key}");

    public void Replace(string json, Guid by, DateTimeOffset now)
    {
        Json = json;
        UpdatedBy = by;
        UpdatedAt = now;
    }
}
