using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Civitas.Organisations.Contracts;
using Civitas.Organisations.Domain;
using Civitas.Organisations.Krs;
using Civitas.Platform;

namespace Civitas.Organisations.Pages.Organisations.Member;

/// <summary>The organisation's profile as a form (registration and editing). Shape rules here;
/// the rules of law (checksums, KRS for a foundation, a point in Poland) are in
/// <see cref="OrganisationProfile.Validate"/>.</summary>
internal sealed class ProfileInput
{
    [Required, StringLength(OrganisationProfile.NameMax)]
    [Display(Name = "Field.Name")]
    public string Name { get; set; } = "";

    [StringLength(100)]
    [Display(Name = "Field.ShortName")]
    public string? ShortName { get; set; }

    [Required]
    [Display(Name = "Field.LegalForm")]
    public OrganisationLegalForm? LegalForm { get; set; }

    [StringLength(20)]
    [Display(Name = "Field.Krs")]
    public string? Krs { get; set; }

    [StringLength(200)]
    [Display(Name = "Field.OtherRegisterName")]
    public string? OtherRegisterName { get; set; }

    [StringLength(50)]
    [Display(Name = "Field.OtherRegisterNumber")]
    public string? OtherRegisterNumber { get; set; }

    [StringLength(30)]
    [Display(Name = "Field.Nip")]
    public string? Nip { get; set; }

    [StringLength(20)]
    [Display(Name = "Field.Regon")]
    public string? Regon { get; set; }

    [Display(Name = "Field.IsPublicBenefit")]
    public bool IsPublicBenefit { get; set; }

    [Display(Name = "Field.InLiquidation")]
    public bool InLiquidation { get; set; }

    [StringLength(150)]
    [Display(Name = "Field.Street")]
    public string? Street { get; set; }

    [StringLength(20)]
    [Display(Name = "Field.Building")]
    public string? Building { get; set; }

    [StringLength(20)]
    [Display(Name = "Field.Unit")]
    public string? Unit { get; set; }

    [StringLength(10)]
    [Display(Name = "Field.PostalCode")]
    public string? PostalCode { get; set; }

    [Required, StringLength(100)]
    [Display(Name = "Field.City")]
    public string? City { get; set; }

    [StringLength(100)]
    [Display(Name = "Field.Commune")]
    public string? Commune { get; set; }

    [StringLength(100)]
    [Display(Name = "Field.County")]
    public string? County { get; set; }

    [StringLength(50)]
    [Display(Name = "Field.Voivodeship")]
    public string? Voivodeship { get; set; }

    [StringLength(500)]
    [Display(Name = "Field.CorrespondenceAddress")]
    public string? CorrespondenceAddress { get; set; }

    // Text, not double: a Polish form writes a decimal comma, the map picker a point; both are read.
    [StringLength(20)]
    [Display(Name = "Field.Latitude")]
    public string? Latitude { get; set; }

    [StringLength(20)]
    [Display(Name = "Field.Longitude")]
    public string? Longitude { get; set; }

    [StringLength(254)]
    [Display(Name = "Field.Email")]
    public string? Email { get; set; }

    [StringLength(30)]
    [Display(Name = "Field.Phone")]
    public string? Phone { get; set; }

    [StringLength(300)]
    [Display(Name = "Field.Website")]
    public string? Website { get; set; }

    [StringLength(OrganisationProfile.DescriptionMax)]
    [Display(Name = "Field.Description")]
    public string? Description { get; set; }

    [Display(Name = "Field.FoundedOn")]
    public DateOnly? FoundedOn { get; set; }

    [StringLength(200)]
    [Display(Name = "Field.RepresentationBody")]
    public string? RepresentationBody { get; set; }

    [StringLength(2000)]
    [Display(Name = "Field.RepresentationRule")]
    public string? RepresentationRule { get; set; }

    [Display(Name = "Field.Spheres")]
    public List<string> Spheres { get; set; } = [];

    [Display(Name = "Field.BeneficiaryGroups")]
    public List<BeneficiaryGroups> BeneficiaryGroups { get; set; } = [];

    /// <summary>The profile, or the coordinate fields that are not numbers.</summary>
    public Result<OrganisationProfile> ToProfile()
    {
        var errors = new List<Error>();
        var lat = Coordinate(Latitude, nameof(Latitude), errors);
        var lng = Coordinate(Longitude, nameof(Longitude), errors);
        return errors.Count > 0 ? Result.Fail<OrganisationProfile>([.. errors]) : Result.Ok(Build(lat, lng));
    }

    private static double? Coordinate(string? text, string field, List<Error> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)) return value;
        errors.Add(new Error("Organisation.CoordinateNotNumber", field));
        return null;
    }

    private OrganisationProfile Build(double? latitude, double? longitude) => new()
    {
        Name = Name,
        ShortName = ShortName,
        LegalForm = LegalForm ?? OrganisationLegalForm.Other,
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
        Latitude = latitude,
        Longitude = longitude,
        Email = Email,
        Phone = Phone,
        Website = Website,
        Description = Description,
        FoundedOn = FoundedOn,
        RepresentationBody = RepresentationBody,
        RepresentationRule = RepresentationRule,
        BeneficiaryGroups = BeneficiaryGroups.Aggregate(Domain.BeneficiaryGroups.None, (a, b) => a | b),
        Spheres = Spheres,
    };

    public static ProfileInput From(OrganisationProfile p) => new()
    {
        Name = p.Name,
        ShortName = p.ShortName,
        LegalForm = p.LegalForm,
        Krs = p.Krs,
        OtherRegisterName = p.OtherRegisterName,
        OtherRegisterNumber = p.OtherRegisterNumber,
        Nip = p.Nip,
        Regon = p.Regon,
        IsPublicBenefit = p.IsPublicBenefit,
        InLiquidation = p.InLiquidation,
        Street = p.Street,
        Building = p.Building,
        Unit = p.Unit,
        PostalCode = p.PostalCode,
        City = p.City,
        Commune = p.Commune,
        County = p.County,
        Voivodeship = p.Voivodeship,
        CorrespondenceAddress = p.CorrespondenceAddress,
        Latitude = p.Latitude?.ToString("0.######", CultureInfo.InvariantCulture),
        Longitude = p.Longitude?.ToString("0.######", CultureInfo.InvariantCulture),
        Email = p.Email,
        Phone = p.Phone,
        Website = p.Website,
        Description = p.Description,
        FoundedOn = p.FoundedOn,
        RepresentationBody = p.RepresentationBody,
        RepresentationRule = p.RepresentationRule,
        BeneficiaryGroups = Enum.GetValues<BeneficiaryGroups>().Where(g => g != Domain.BeneficiaryGroups.None && p.BeneficiaryGroups.HasFlag(g)).ToList(),
        Spheres = [.. p.Spheres],
    };

    /// <summary>Fills what the KRS knows; what the person already typed elsewhere stays.</summary>
    public void FillFrom(KrsExtract e)
    {
        Name = e.Name;
        LegalForm = e.LegalForm;
        Krs = e.Krs;
        Nip = e.Nip ?? Nip;
        Regon = e.Regon ?? Regon;
        IsPublicBenefit = e.IsPublicBenefit;
        InLiquidation = e.InLiquidation || e.Dissolved;
        Street = e.Street;
        Building = e.Building;
        Unit = e.Unit;
        PostalCode = e.PostalCode;
        City = e.City ?? e.SeatCity;
        Commune = e.Commune;
        County = e.County;
        Voivodeship = e.Voivodeship;
        Email = e.Email ?? Email;
        Website = e.Website ?? Website;
        FoundedOn = e.RegisteredOn ?? FoundedOn;
        RepresentationBody = e.RepresentationBody;
        RepresentationRule = e.RepresentationRule;
    }
}
