using Civitas.Organisations.Contracts;
using Civitas.Organisations.Domain;

namespace Civitas.Organisations.Tests.Domain;

public sealed class ListingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Official = Guid.CreateVersion7();

    private static Listing NewListing()
    {
        var profile = new OrganisationProfile { Name = "Stowarzyszenie Testowe", LegalForm = OrganisationLegalForm.Association, Krs = "0000000001", City = "Sanok", Spheres = ["13"] }.Validate(DateOnly.FromDateTime(Now.UtcDateTime)).Value!;
        return Listing.Create(Organisation.Create(profile, "stowarzyszenie-testowe", Now), Guid.CreateVersion7(), ListingSource.Registered, Now, requestVerification: true);
    }

    [Fact]
    public void A_new_listing_is_visible_unverified_and_waits_for_verification()
    {
        var l = NewListing();
        Assert.Equal(OrganisationStatus.Unverified, l.Status);
        Assert.True(l.Visible);
        Assert.Equal(Now, l.VerificationRequestedAt);
        Assert.Equal(SphereSeed.IndexOf("13"), l.MainSphere);
    }

    [Fact]
    public void Verification_from_a_document_needs_the_document()
    {
        var l = NewListing();
        Assert.Equal("Listing.DocumentRequired", l.Verify(VerificationMethod.KrsExtract, null, Official, Now).Errors.Single().Code);
        Assert.True(l.Verify(VerificationMethod.KrsLookup, null, Official, Now).Succeeded);
        Assert.Equal(OrganisationStatus.Verified, l.Status);
        Assert.Null(l.VerificationRequestedAt);
        Assert.Equal("Listing.AlreadyVerified", l.Verify(VerificationMethod.KrsLookup, null, Official, Now).Errors.Single().Code);
    }

    [Fact]
    public void Rejection_and_suspension_need_a_reason_and_hide_the_organisation()
    {
        var l = NewListing();
        Assert.Equal("Listing.ReasonRequired", l.Reject(" ", Official, Now).Errors.Single().Code);
        Assert.True(l.Suspend("Brak sprawozdania", Official, Now).Succeeded);
        Assert.False(l.Visible);
        Assert.Equal("Listing.CannotReject", l.Reject("x", Official, Now).Errors.Single().Code);
        Assert.True(l.Verify(VerificationMethod.KrsLookup, null, Official, Now).Succeeded);
        Assert.True(l.Visible);
    }

    [Fact]
    public void A_verified_organisation_cannot_be_rejected_but_can_be_suspended()
    {
        var l = NewListing();
        l.Verify(VerificationMethod.KrsLookup, null, Official, Now);
        Assert.False(l.Reject("x", Official, Now).Succeeded);
        Assert.True(l.Suspend("Zawieszenie", Official, Now).Succeeded);
        Assert.Equal("Zawieszenie", l.StatusReason);
    }

    [Fact]
    public void Choosing_no_district_means_the_whole_area()
    {
        var l = NewListing();
        var district = Guid.CreateVersion7();
        l.SetArea(false, [district]);
        Assert.False(l.WholeTenant);
        Assert.Single(l.Districts);
        l.SetArea(false, []);
        Assert.True(l.WholeTenant);
        Assert.Empty(l.Districts);
    }
}
