using Civitas.Organisations.Contracts;
using Civitas.Organisations.Domain;

namespace Civitas.Organisations.Tests.Domain;

public sealed class OrganisationProfileTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static OrganisationProfile Valid() => new()
    {
        Name = "Fundacja „Łódź Pomaga”",
        LegalForm = OrganisationLegalForm.Foundation,
        Krs = "0000159405",
        Nip = "687-177-50-32",
        Regon = "37115134900000",
        City = "Sanok",
        PostalCode = "38-500",
        Latitude = 49.5557,
        Longitude = 22.2058,
        Website = "WWW.Echo.pl",
        Email = "Biuro@Echo.PL",
        Spheres = ["7", "1"],
    };

    private static IReadOnlyList<string> Codes(OrganisationProfile p) => p.Validate(Today).Errors.Select(e => e.Code).ToList();

    [Fact]
    public void A_valid_profile_is_normalised()
    {
        var result = Valid().Validate(Today);
        Assert.True(result.Succeeded);
        var p = result.Value!;
        Assert.Equal("6871775032", p.Nip);
        Assert.Equal("https://www.echo.pl", p.Website);
        Assert.Equal("biuro@echo.pl", p.Email);
        Assert.Equal(["1", "7"], p.Spheres);
    }

    [Fact]
    public void A_foundation_must_give_its_KRS_number()
    {
        var errors = (Valid() with { Krs = null }).Validate(Today).Errors;
        Assert.Contains(errors, e => e.Code == "Organisation.KrsRequired" && e.Field == "Krs");
    }

    [Fact]
    public void An_ordinary_association_may_give_another_register_instead_of_KRS()
    {
        var p = Valid() with { LegalForm = OrganisationLegalForm.OrdinaryAssociation, Krs = null, OtherRegisterName = "Ewidencja stowarzyszeń zwykłych Starosty Sanockiego", OtherRegisterNumber = "12/2020" };
        Assert.True(p.Validate(Today).Succeeded);
        Assert.Contains("Organisation.RegisterRequired", Codes(p with { OtherRegisterNumber = null }));
    }

    [Theory]
    [InlineData("96794")]
    [InlineData("00000967941")]
    [InlineData("KRS0000096794")]
    public void A_KRS_number_that_is_not_ten_digits_is_refused(string krs)
        => Assert.Contains("Organisation.KrsInvalid", Codes(Valid() with { Krs = krs }));

    [Fact]
    public void NIP_and_REGON_with_a_wrong_check_digit_are_refused()
    {
        var codes = Codes(Valid() with { Nip = "6871775033", Regon = "37115134900001" });
        Assert.Contains("Organisation.NipInvalid", codes);
        Assert.Contains("Organisation.RegonInvalid", codes);
    }

    [Theory]
    [InlineData(52.52, 13.405)]   // Berlin
    [InlineData(22.2058, 49.5557)] // swapped latitude and longitude
    [InlineData(0, 0)]
    [InlineData(50.08, 14.42)]    // Prague
    public void Coordinates_outside_Poland_are_refused(double lat, double lng)
        => Assert.Contains("Organisation.CoordinatesOutsidePoland", Codes(Valid() with { Latitude = lat, Longitude = lng }));

    [Fact]
    public void Only_one_coordinate_is_not_enough()
        => Assert.Contains("Organisation.CoordinatesIncomplete", Codes(Valid() with { Longitude = null }));

    [Fact]
    public void Latitude_beyond_ninety_degrees_is_out_of_range()
        => Assert.Contains("Organisation.LatitudeOutOfRange", Codes(Valid() with { Latitude = 95 }));

    [Theory]
    [InlineData("00000")]
    [InlineData("38500")]
    [InlineData("3-8500")]
    public void A_postal_code_must_look_like_00_000(string code)
        => Assert.Contains("Organisation.PostalCodeInvalid", Codes(Valid() with { PostalCode = code }));

    [Theory]
    [InlineData("fundacja@gmail.com")]
    [InlineData("ftp://example.org")]
    [InlineData("not a site")]
    public void A_website_must_be_an_http_address(string site)
        => Assert.Contains("Organisation.WebsiteInvalid", Codes(Valid() with { Website = site }));

    [Fact]
    public void Unknown_spheres_and_a_future_founding_date_are_refused()
    {
        var codes = Codes(Valid() with { Spheres = ["1", "99"], FoundedOn = Today.AddDays(1) });
        Assert.Contains("Organisation.SphereUnknown", codes);
        Assert.Contains("Organisation.FoundedInFuture", codes);
    }

    [Fact]
    public void A_name_is_required_and_limited()
    {
        Assert.Contains("Organisation.NameRequired", Codes(Valid() with { Name = "  " }));
        Assert.Contains("Organisation.TooLong", Codes(Valid() with { Name = new string('x', OrganisationProfile.NameMax + 1) }));
    }

    [Theory]
    [InlineData(OrganisationLegalForm.Association, OrganisationEligibility.NonGovernmentalOrganisation)]
    [InlineData(OrganisationLegalForm.Foundation, OrganisationEligibility.NonGovernmentalOrganisation)]
    [InlineData(OrganisationLegalForm.OrdinaryAssociation, OrganisationEligibility.NonGovernmentalOrganisation)]
    [InlineData(OrganisationLegalForm.SportsClub, OrganisationEligibility.NonGovernmentalOrganisation)]
    [InlineData(OrganisationLegalForm.ChurchLegalPerson, OrganisationEligibility.EquivalentBody)]
    [InlineData(OrganisationLegalForm.SocialCooperative, OrganisationEligibility.EquivalentBody)]
    [InlineData(OrganisationLegalForm.NonProfitCompany, OrganisationEligibility.EquivalentBody)]
    [InlineData(OrganisationLegalForm.RuralHousewivesCircle, OrganisationEligibility.EquivalentBody)]
    [InlineData(OrganisationLegalForm.LocalGovernmentAssociation, OrganisationEligibility.EquivalentBody)]
    [InlineData(OrganisationLegalForm.Other, OrganisationEligibility.Excluded)]
    public void Eligibility_under_article_3_follows_the_legal_form(OrganisationLegalForm form, OrganisationEligibility expected)
        => Assert.Equal(expected, LegalForms.EligibilityOf(form));

    [Fact]
    public void Every_sphere_of_article_4_has_a_code_and_both_names_and_unconfirmed_rows_are_flagged()
    {
        Assert.Equal(39, SphereSeed.All.Count);
        Assert.All(SphereSeed.All, s => Assert.False(string.IsNullOrWhiteSpace(s.NamePl + s.NameEn)));
        Assert.Equal(["3", "4", "5", "13", "16", "27"], SphereSeed.All.Where(s => s.LawTextConfirmed).Select(s => s.Code));
        Assert.Contains(SphereSeed.All, s => s.Code == "32a");
    }
}
