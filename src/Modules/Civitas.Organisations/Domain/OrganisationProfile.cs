using System.Globalization;
using System.Net.Mail;
using Civitas.Organisations.Contracts;
using Civitas.Organisations.Geo;
using Civitas.Organisations.Identifiers;
using Civitas.Platform;

namespace Civitas.Organisations.Domain;

/// <summary>What a person (or an import, or the KRS) says about an organisation. <see cref="Validate"/>
/// checks it against the rules and returns it normalised (identifiers as plain digits, trimmed text,
/// a full web address). Field names of the errors are the names of these properties.</summary>
internal sealed record OrganisationProfile
{
    public const int NameMax = 300;
    public const int DescriptionMax = 10_000;

    public string Name { get; init; } = "";
    public string? ShortName { get; init; }
    public OrganisationLegalForm LegalForm { get; init; } = OrganisationLegalForm.Association;
    public string? Krs { get; init; }
    public string? OtherRegisterName { get; init; }
    public string? OtherRegisterNumber { get; init; }
    public string? Nip { get; init; }
    public string? Regon { get; init; }
    public bool IsPublicBenefit { get; init; }
    public bool InLiquidation { get; init; }
    public string? Street { get; init; }
    public string? Building { get; init; }
    public string? Unit { get; init; }
    public string? PostalCode { get; init; }
    public string? City { get; init; }
    public string? Commune { get; init; }
    public string? County { get; init; }
    public string? Voivodeship { get; init; }
    public string? CorrespondenceAddress { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? Website { get; init; }
    public string? Description { get; init; }
    public DateOnly? FoundedOn { get; init; }
    public string? RepresentationBody { get; init; }
    public string? RepresentationRule { get; init; }
    public BeneficiaryGroups BeneficiaryGroups { get; init; }
    public IReadOnlyList<string> Spheres { get; init; } = [];

    public Result<OrganisationProfile> Validate(DateOnly today)
    {
        var errors = new List<Error>();
        var name = Clean(Name);
        if (name is null) errors.Add(new("Organisation.NameRequired", nameof(Name)));
        else if (name.Length > NameMax) errors.Add(new("Organisation.TooLong", nameof(Name), NameMax));
        var shortName = Clean(ShortName);
        if (shortName?.Length > 100) errors.Add(new("Organisation.TooLong", nameof(ShortName), 100));
        if (!Enum.IsDefined(LegalForm)) errors.Add(new("Organisation.LegalFormUnknown", nameof(LegalForm)));

        var krs = Clean(Krs);
        var krsOk = KrsNumber.Normalize(krs);
        if (krs is not null && krsOk is null) errors.Add(new("Organisation.KrsInvalid", nameof(Krs)));
        var otherName = Clean(OtherRegisterName);
        var otherNumber = Clean(OtherRegisterNumber);
        if (otherName?.Length > 200) errors.Add(new("Organisation.TooLong", nameof(OtherRegisterName), 200));
        if (otherNumber?.Length > 50) errors.Add(new("Organisation.TooLong", nameof(OtherRegisterNumber), 50));
        if (krs is null)
        {
            if (LegalForms.RequiresKrs(LegalForm)) errors.Add(new("Organisation.KrsRequired", nameof(Krs)));
            else if (otherName is null || otherNumber is null) errors.Add(new("Organisation.RegisterRequired", otherName is null ? nameof(OtherRegisterName) : nameof(OtherRegisterNumber)));
        }

        var nip = Clean(Nip);
        var nipOk = Identifiers.Nip.Normalize(nip);
        if (nip is not null && nipOk is null) errors.Add(new("Organisation.NipInvalid", nameof(Nip)));
        var regon = Clean(Regon);
        var regonOk = Identifiers.Regon.Normalize(regon);
        if (regon is not null && regonOk is null) errors.Add(new("Organisation.RegonInvalid", nameof(Regon)));

        var city = Clean(City);
        if (city is null) errors.Add(new("Organisation.CityRequired", nameof(City)));
        var postal = Clean(PostalCode);
        if (postal is not null && !(postal.Length == 6 && postal[2] == '-' && postal.Remove(2, 1).All(char.IsAsciiDigit)))
            errors.Add(new("Organisation.PostalCodeInvalid", nameof(PostalCode)));
        foreach (var (value, field, max) in new[] { (Street, nameof(Street), 150), (Building, nameof(Building), 20), (Unit, nameof(Unit), 20),
                     (City, nameof(City), 100), (Commune, nameof(Commune), 100), (County, nameof(County), 100), (Voivodeship, nameof(Voivodeship), 50),
                     (CorrespondenceAddress, nameof(CorrespondenceAddress), 500), (RepresentationBody, nameof(RepresentationBody), 200),
                     (RepresentationRule, nameof(RepresentationRule), 2000) })
        {
            if (Clean(value)?.Length > max) errors.Add(new("Organisation.TooLong", field, max));
        }

        if (Latitude.HasValue != Longitude.HasValue)
        {
            errors.Add(new("Organisation.CoordinatesIncomplete", Latitude.HasValue ? nameof(Longitude) : nameof(Latitude)));
        }
        else if (Latitude is { } lat && Longitude is { } lng)
        {
            if (double.IsNaN(lat) || lat is < -90 or > 90) errors.Add(new("Organisation.LatitudeOutOfRange", nameof(Latitude)));
            else if (double.IsNaN(lng) || lng is < -180 or > 180) errors.Add(new("Organisation.LongitudeOutOfRange", nameof(Longitude)));
            else if (!PolandBoundary.Contains(lat, lng)) errors.Add(new("Organisation.CoordinatesOutsidePoland", nameof(Latitude)));
        }

        var email = Clean(Email);
        if (email is not null && !IsEmail(email)) errors.Add(new("Organisation.EmailInvalid", nameof(Email)));
        var phone = Clean(Phone);
        if (phone is not null && !IsPhone(phone)) errors.Add(new("Organisation.PhoneInvalid", nameof(Phone)));
        var website = Clean(Website);
        string? websiteOk = null;
        if (website is not null && (websiteOk = NormalizeWebsite(website)) is null) errors.Add(new("Organisation.WebsiteInvalid", nameof(Website)));
        var description = Description?.Trim();
        if (description?.Length > DescriptionMax) errors.Add(new("Organisation.TooLong", nameof(Description), DescriptionMax));
        if (FoundedOn is { } founded && founded > today) errors.Add(new("Organisation.FoundedInFuture", nameof(FoundedOn)));
        var spheres = Spheres.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var unknown = spheres.FirstOrDefault(s => !SphereSeed.Exists(s));
        if (unknown is not null) errors.Add(new("Organisation.SphereUnknown", nameof(Spheres), unknown));
        if ((BeneficiaryGroups & ~AllGroups) != 0) errors.Add(new("Organisation.BeneficiaryUnknown", nameof(BeneficiaryGroups)));

        if (errors.Count > 0) return Result.Fail<OrganisationProfile>([.. errors]);
        return this with
        {
            Name = name!,
            ShortName = shortName,
            Krs = krsOk,
            OtherRegisterName = krsOk is null ? otherName : null,
            OtherRegisterNumber = krsOk is null ? otherNumber : null,
            Nip = nipOk,
            Regon = regonOk,
            Street = Clean(Street),
            Building = Clean(Building),
            Unit = Clean(Unit),
            PostalCode = postal,
            City = city,
            Commune = Clean(Commune),
            County = Clean(County),
            Voivodeship = Clean(Voivodeship),
            CorrespondenceAddress = Clean(CorrespondenceAddress),
            Latitude = Latitude is { } la ? Math.Round(la, 6) : null,
            Longitude = Longitude is { } lo ? Math.Round(lo, 6) : null,
            Email = email?.ToLowerInvariant(),
            Phone = phone,
            Website = websiteOk,
            Description = string.IsNullOrEmpty(description) ? null : description,
            RepresentationBody = Clean(RepresentationBody),
            RepresentationRule = Clean(RepresentationRule),
            Spheres = spheres.OrderBy(SphereSeed.IndexOf).ToList(),
        };
    }

    private static readonly BeneficiaryGroups AllGroups = Enum.GetValues<BeneficiaryGroups>().Aggregate(BeneficiaryGroups.None, (a, b) => a | b);

    private static string? Clean(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        return s.Trim();
    }

    private static bool IsEmail(string s)
        => s.Length <= 254 && MailAddress.TryCreate(s, out var a) && a.Address == s && s.Contains('.', StringComparison.Ordinal) && !s.Contains(' ', StringComparison.Ordinal);

    private static bool IsPhone(string s)
    {
        var digits = s.Count(char.IsAsciiDigit);
        return s.Length <= 30 && digits is >= 7 and <= 15 && s.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '(' or ')' or '/');
    }

    /// <summary>"mowlancut.pl" → "https://mowlancut.pl"; refuses anything that is not an http(s) address with a domain.</summary>
    public static string? NormalizeWebsite(string value)
    {
        var s = value.Trim();
        if (s.Contains('@', StringComparison.Ordinal) || s.Contains(' ', StringComparison.Ordinal) || s.Length > 300) return null;
        if (!s.Contains("://", StringComparison.Ordinal)) s = "https://" + s;
        if (!Uri.TryCreate(s, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !uri.Host.Contains('.', StringComparison.Ordinal)) return null;
        var host = uri.IdnHost.ToLowerInvariant();
        var path = uri.AbsolutePath == "/" && uri.Query.Length == 0 ? "" : uri.PathAndQuery;
        return string.Create(CultureInfo.InvariantCulture, $"{uri.Scheme.ToLowerInvariant()}://{host}{(uri.IsDefaultPort ? "" : ":" + uri.Port)}{path}");
    }
}
