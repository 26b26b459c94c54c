using Civitas.Organisations.Contracts;
using Civitas.Platform.Data;

namespace Civitas.Organisations.Domain;

/// <summary>
/// An organisation: one national identity (KRS and NIP are unique across the platform), kept by its
/// own members. Its presence in a local government's directory is a <see cref="Listing"/>.
/// Every change is audited; two editors saving at once get a concurrency error, not a lost update.
/// </summary>
internal sealed class Organisation : IAudited, IConcurrencyVersioned
{
    private Organisation()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string Slug { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string? ShortName { get; private set; }
    public OrganisationLegalForm LegalForm { get; private set; }
    public string? Krs { get; private set; }
    public string? OtherRegisterName { get; private set; }
    public string? OtherRegisterNumber { get; private set; }
    public string? Nip { get; private set; }
    public string? Regon { get; private set; }
    public bool IsPublicBenefit { get; private set; }
    public bool InLiquidation { get; private set; }
    public string? Street { get; private set; }
    public string? Building { get; private set; }
    public string? Unit { get; private set; }
    public string? PostalCode { get; private set; }
    public string City { get; private set; } = "";
    public string? Commune { get; private set; }
    public string? County { get; private set; }
    public string? Voivodeship { get; private set; }
    public string? CorrespondenceAddress { get; private set; }
    public double? Latitude { get; private set; }
    public double? Longitude { get; private set; }
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    public string? Website { get; private set; }
    public string? Description { get; private set; }
    public Guid? LogoFileId { get; private set; }
    public DateOnly? FoundedOn { get; private set; }
    public string? RepresentationBody { get; private set; }
    public string? RepresentationRule { get; private set; }
    public BeneficiaryGroups BeneficiaryGroups { get; private set; }
    public List<OrganisationSphere> Spheres { get; private set; } = [];
    /// <summary>Folded names, city and identifiers (<see cref="SearchText"/>).</summary>
    public string SearchText { get; private set; } = "";
    public string SortName { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>Last change of the member list; bumping it makes concurrent member changes conflict,
    /// so two representatives cannot both step down at once.</summary>
    public DateTimeOffset MembersChangedAt { get; private set; }
    public DateTimeOffset? KrsCheckedAt { get; private set; }
    public int Version { get; set; }

    public OrganisationEligibility Eligibility => LegalForms.EligibilityOf(LegalForm);

    public string RegisteredAddressLine => Address.Line(Street, Building, Unit, PostalCode, City);

    /// <summary>Creates an organisation from a validated profile.</summary>
    public static Organisation Create(OrganisationProfile profile, string slug, DateTimeOffset now)
    {
        var o = new Organisation { Slug = slug, CreatedAt = now, MembersChangedAt = now };
        o.Apply(profile, now);
        return o;
    }

    /// <summary>Replaces the profile with a validated one.</summary>
    public void Update(OrganisationProfile profile, DateTimeOffset now) => Apply(profile, now);

    public OrganisationProfile ToProfile() => new()
    {
        Name = Name,
        ShortName = ShortName,
        LegalForm = LegalForm,
        Krs = Krs,
        OtherRegisterName = OtherRegisterName,
        OtherRegisterNumber = OtherRegisterNumber,
        Nip = Nip,
        Regon = Regon,
        IsPublicBenefit = IsPublicBenefit,
        InLiquidation = InLiquidation,
        Street = Street,
        Building = Building,
        Unit = Unit,
        PostalCode = PostalCode,
        City = City,
        Commune = Commune,
        County = County,
        Voivodeship = Voivodeship,
        CorrespondenceAddress = CorrespondenceAddress,
        Latitude = Latitude,
        Longitude = Longitude,
        Email = Email,
        Phone = Phone,
        Website = Website,
        Description = Description,
        FoundedOn = FoundedOn,
        RepresentationBody = RepresentationBody,
        RepresentationRule = RepresentationRule,
        BeneficiaryGroups = BeneficiaryGroups,
        Spheres = Spheres.Select(s => s.SphereCode).OrderBy(SphereSeed.IndexOf).ToList(),
    };

    public void SetLogo(Guid? fileId, DateTimeOffset now)
    {
        LogoFileId = fileId;
        UpdatedAt = now;
    }

    public void MarkKrsChecked(DateTimeOffset now) => KrsCheckedAt = now;

    public void TouchMembers(DateTimeOffset now) => MembersChangedAt = now;

    /// <summary>The first sphere in the order of the act: the marker colour on the map.</summary>
    public string? MainSphere => Spheres.Select(s => s.SphereCode).OrderBy(SphereSeed.IndexOf).FirstOrDefault();

    private void Apply(OrganisationProfile p, DateTimeOffset now)
    {
        Name = p.Name;
        ShortName = p.ShortName;
        LegalForm = p.LegalForm;
        Krs = p.Krs;
        OtherRegisterName = p.OtherRegisterName;
        OtherRegisterNumber = p.OtherRegisterNumber;
        Nip = p.Nip;
        Regon = p.Regon;
        IsPublicBenefit = p.IsPublicBenefit;
        InLiquidation = p.InLiquidation;
        Street = p.Street;
        Building = p.Building;
        Unit = p.Unit;
        PostalCode = p.PostalCode;
        City = p.City ?? "";
        Commune = p.Commune;
        County = p.County;
        Voivodeship = p.Voivodeship;
        CorrespondenceAddress = p.CorrespondenceAddress;
        Latitude = p.Latitude;
        Longitude = p.Longitude;
        Email = p.Email;
        Phone = p.Phone;
        Website = p.Website;
        Description = p.Description;
        FoundedOn = p.FoundedOn;
        RepresentationBody = p.RepresentationBody;
        RepresentationRule = p.RepresentationRule;
        BeneficiaryGroups = p.BeneficiaryGroups;
        var wanted = p.Spheres.ToHashSet(StringComparer.Ordinal);
        Spheres.RemoveAll(s => !wanted.Contains(s.SphereCode));
        foreach (var code in wanted.Where(c => Spheres.All(s => s.SphereCode != c)))
        {
            Spheres.Add(new OrganisationSphere(Id, code));
        }
        SearchText = Domain.SearchText.ForOrganisation(Name, ShortName, City, Krs, Nip, Regon);
        SortName = Domain.SearchText.SortKey(Name);
        UpdatedAt = now;
    }
}
