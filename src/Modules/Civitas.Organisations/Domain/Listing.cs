using Civitas.Organisations.Contracts;
using Civitas.Organisations.Search;
using Civitas.Platform;
using Civitas.Platform.Data;

namespace Civitas.Organisations.Domain;

/// <summary>
/// An organisation's presence in one local government's directory: that JST's verification status,
/// area of activity (districts) and the columns the directory is searched, filtered and sorted by.
/// Those columns copy the organisation's own data (<see cref="CopyFrom"/>); <see cref="DirectoryProjection"/>
/// refreshes them in every JST when the organisation changes. The integer key is the row id of the
/// SQLite full-text index (docs/adr/0005-organisation-search.md).
/// </summary>
internal sealed class Listing : ITenantOwned, IAudited, IConcurrencyVersioned
{
    private Listing()
    {
    }

    public long Id { get; private set; }
    public Guid TenantId { get; set; }
    public Guid OrganisationId { get; private set; }
    public OrganisationStatus Status { get; private set; } = OrganisationStatus.Unverified;
    /// <summary>Shown in the public directory: unverified or verified (rejected and suspended are not).</summary>
    public bool Visible { get; private set; } = true;
    public string? StatusReason { get; private set; }
    public DateTimeOffset? StatusChangedAt { get; private set; }
    public Guid? StatusChangedBy { get; private set; }
    public DateTimeOffset? VerificationRequestedAt { get; private set; }
    public VerificationMethod? VerificationMethod { get; private set; }
    public Guid? VerificationFileId { get; private set; }
    public DateTimeOffset? VerifiedAt { get; private set; }
    public ListingSource Source { get; private set; }
    public DateTimeOffset ListedAt { get; private set; }
    /// <summary>Active in the whole JST rather than in chosen districts.</summary>
    public bool WholeTenant { get; private set; } = true;
    public List<ListingDistrict> Districts { get; private set; } = [];
    public int Version { get; set; }

    // Directory columns, copied from the organisation.
    public string Slug { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string SortName { get; private set; } = "";
    public string SearchText { get; private set; } = "";
    /// <summary>What the full-text index holds: <see cref="SearchText"/> and the filter tokens
    /// (<see cref="SearchTokens"/>). Kept up to date by every change of the listing.</summary>
    public string SearchDocument { get; private set; } = "";
    public string City { get; private set; } = "";
    public OrganisationLegalForm LegalForm { get; private set; }
    public bool IsPublicBenefit { get; private set; }
    public double? Latitude { get; private set; }
    public double? Longitude { get; private set; }
    /// <summary>Index of the main sphere in <see cref="SphereSeed.All"/> (the map's colour), or -1.</summary>
    public int MainSphere { get; private set; } = -1;
    /// <summary>The sphere codes in the order of the act, ";"-separated ("1;13;16"): lists and exports read
    /// them with the row instead of a query per organisation.</summary>
    public string SphereCodes { get; private set; } = "";
    public List<ListingSphere> Spheres { get; private set; } = [];

    public static Listing Create(Organisation organisation, Guid tenantId, ListingSource source, DateTimeOffset now, bool requestVerification)
    {
        var l = new Listing
        {
            TenantId = tenantId,
            OrganisationId = organisation.Id,
            Source = source,
            ListedAt = now,
            VerificationRequestedAt = requestVerification ? now : null,
        };
        l.CopyFrom(organisation);
        return l;
    }

    /// <summary>Copies the organisation's directory data (for a new or tracked listing).</summary>
    public void CopyFrom(Organisation o)
    {
        Slug = o.Slug;
        Name = o.Name;
        SortName = o.SortName;
        SearchText = o.SearchText;
        City = o.City;
        LegalForm = o.LegalForm;
        IsPublicBenefit = o.IsPublicBenefit;
        Latitude = o.Latitude;
        Longitude = o.Longitude;
        MainSphere = SphereSeed.IndexOf(o.MainSphere);
        SphereCodes = CodesOf(o.Spheres.Select(s => s.SphereCode));
        var codes = o.Spheres.Select(s => s.SphereCode).ToHashSet(StringComparer.Ordinal);
        Spheres.RemoveAll(s => !codes.Contains(s.SphereCode));
        foreach (var code in codes.Where(c => Spheres.All(s => s.SphereCode != c))) Spheres.Add(new ListingSphere(Id, code));
        RefreshDocument();
    }

    public static string CodesOf(IEnumerable<string> spheres) => string.Join(';', spheres.OrderBy(SphereSeed.IndexOf));

    /// <summary>The full-text document for the current state (also used by the directory projection).</summary>
    public static string DocumentOf(string searchText, Guid tenantId, OrganisationStatus status, OrganisationLegalForm form, bool publicBenefit,
        bool located, IEnumerable<string> spheres, bool wholeTenant, IEnumerable<Guid> districts)
        => SearchTokens.Document(searchText, tenantId, status is OrganisationStatus.Unverified or OrganisationStatus.Verified, status == OrganisationStatus.Verified,
            form, publicBenefit, located, spheres.OrderBy(SphereSeed.IndexOf), wholeTenant ? [] : districts.Order());

    private void RefreshDocument()
        => SearchDocument = DocumentOf(SearchText, TenantId, Status, LegalForm, IsPublicBenefit, Latitude is not null && Longitude is not null,
            Spheres.Select(s => s.SphereCode), WholeTenant, Districts.Select(d => d.DistrictId));

    public void RequestVerification(DateTimeOffset now) => VerificationRequestedAt ??= now;

    /// <summary>An official confirmed the organisation from the KRS (lookup or uploaded extract) or
    /// another register's document. Also lifts a suspension or reverses a rejection.</summary>
    public Result Verify(VerificationMethod method, Guid? fileId, Guid officialId, DateTimeOffset now)
    {
        if (Status == OrganisationStatus.Verified) return Result.Fail(new Error("Listing.AlreadyVerified"));
        if (method != Domain.VerificationMethod.KrsLookup && fileId is null) return Result.Fail(new Error("Listing.DocumentRequired", "Document"));
        VerificationMethod = method;
        VerificationFileId = fileId;
        VerifiedAt = now;
        VerificationRequestedAt = null;
        SetStatus(OrganisationStatus.Verified, null, officialId, now);
        return Result.Ok();
    }

    public Result Reject(string? reason, Guid officialId, DateTimeOffset now)
    {
        if (Status != OrganisationStatus.Unverified) return Result.Fail(new Error("Listing.CannotReject"));
        var r = ReasonOf(reason);
        if (r.Error is { } e) return Result.Fail(e);
        VerificationRequestedAt = null;
        SetStatus(OrganisationStatus.Rejected, r.Text, officialId, now);
        return Result.Ok();
    }

    public Result Suspend(string? reason, Guid officialId, DateTimeOffset now)
    {
        if (Status is not (OrganisationStatus.Verified or OrganisationStatus.Unverified)) return Result.Fail(new Error("Listing.CannotSuspend"));
        var r = ReasonOf(reason);
        if (r.Error is { } e) return Result.Fail(e);
        SetStatus(OrganisationStatus.Suspended, r.Text, officialId, now);
        return Result.Ok();
    }

    public void SetArea(bool wholeTenant, IReadOnlyCollection<Guid> districtIds)
    {
        WholeTenant = wholeTenant || districtIds.Count == 0;
        var wanted = WholeTenant ? [] : districtIds.ToHashSet();
        Districts.RemoveAll(d => !wanted.Contains(d.DistrictId));
        foreach (var id in wanted.Where(id => Districts.All(d => d.DistrictId != id))) Districts.Add(new ListingDistrict(Id, id));
        RefreshDocument();
    }

    private void SetStatus(OrganisationStatus status, string? reason, Guid officialId, DateTimeOffset now)
    {
        Status = status;
        Visible = status is OrganisationStatus.Unverified or OrganisationStatus.Verified;
        StatusReason = reason;
        StatusChangedAt = now;
        StatusChangedBy = officialId;
        RefreshDocument();
    }

    private static (string? Text, Error? Error) ReasonOf(string? reason)
    {
        var t = reason?.Trim();
        if (string.IsNullOrEmpty(t)) return (null, new Error("Listing.ReasonRequired", "Reason"));
        if (t.Length > 2000) return (null, new Error("Organisation.TooLong", "Reason", 2000));
        return (t, null);
    }
}
