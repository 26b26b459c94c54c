using System.Security.Cryptography;
using System.Text;
using Civitas.Platform.Data;

namespace Civitas.Grants.Domain.Offers;

/// <summary>
/// One submitted revision of an offer: immutable once written. A unique index on (offer, revision)
/// makes a double click produce one submission; the later revision supersedes the earlier one.
/// </summary>
internal sealed class OfferSubmission : ITenantOwned
{
    private OfferSubmission()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; set; }
    public Guid OfferId { get; private set; }
    public int Revision { get; private set; }
    /// <summary>Canonical JSON of <see cref="OfferSnapshot"/>.</summary>
    public string SnapshotJson { get; private set; } = "";
    /// <summary>SHA-256 of <see cref="SnapshotJson"/> (UTF-8), lower-case hex.</summary>
    public string Checksum { get; private set; } = "";
    public string ConfirmationNumber { get; private set; } = "";
    public DateTimeOffset SubmittedAt { get; private set; }
    public Guid SubmittedBy { get; private set; }
    public string SubmittedByName { get; private set; } = "";
    public decimal TotalCost { get; private set; }
    public decimal RequestedGrant { get; private set; }
    /// <summary>True for a revision submitted after the offer deadline in answer to a formal correction request.</summary>
    public bool IsCorrection { get; private set; }

    public static OfferSubmission Create(OfferSnapshot snapshot, int revision, Guid by, string byName, DateTimeOffset now, bool isCorrection = false)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var id = Guid.CreateVersion7(now);
        var json = OfferJson.Write(snapshot);
        return new OfferSubmission
        {
            Id = id,
            OfferId = snapshot.OfferId,
            Revision = revision,
            SnapshotJson = json,
            Checksum = ChecksumOf(json),
            ConfirmationNumber = ConfirmationNumbers.From(id, now),
            SubmittedAt = now,
            SubmittedBy = by,
            SubmittedByName = byName,
            TotalCost = snapshot.TotalCost,
            RequestedGrant = snapshot.RequestedGrant,
            IsCorrection = isCorrection,
        };
    }

    public OfferSnapshot Snapshot() => OfferJson.Read<OfferSnapshot>(SnapshotJson);

    public static string ChecksumOf(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));

    /// <summary>The checksum in groups of eight for reading aloud and comparing by eye.</summary>
    public static string Grouped(string checksum) => string.Join(' ', Enumerable.Range(0, (checksum.Length + 7) / 8).Select(i => checksum.Substring(i * 8, Math.Min(8, checksum.Length - i * 8))));
}
