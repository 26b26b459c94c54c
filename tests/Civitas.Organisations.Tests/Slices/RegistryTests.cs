using Civitas.Organisations.Contracts;
using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Civitas.Organisations.Pages.Organisations.Member;
using Civitas.Organisations.Pages.Organisations.Office;
using Civitas.Organisations.Search;
using Civitas.Platform.Outbox;
using Civitas.Platform.Ui;
using Civitas.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Organisations.Tests.Slices;

/// <summary>The registry's use cases on a real database (both providers).</summary>
public abstract class RegistryTests(AppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;

    [Fact]
    public async Task Registering_creates_the_organisation_its_listing_and_its_representative()
    {
        var tenant = await App.DemoTenantAsync();
        var person = await App.PersonAsync("Anna Rejestrująca");
        var organisation = await App.RegisterAsync(tenant, person, OrgKit.Profile("Stowarzyszenie Nowa Droga"));
        var (listing, role) = await App.DbAsync(tenant, async db => (
            await db.Listings.AsNoTracking().SingleAsync(l => l.OrganisationId == organisation.Id),
            await db.Memberships.Where(m => m.OrganisationId == organisation.Id && m.UserId == person.Id).Select(m => m.Role).SingleAsync()));
        Assert.Equal(OrganisationStatus.Unverified, listing.Status);
        Assert.NotNull(listing.VerificationRequestedAt);
        Assert.Equal(OrganisationMemberRole.Representative, role);
        Assert.StartsWith("stowarzyszenie-nowa-droga", organisation.Slug, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_KRS_already_in_this_directory_is_refused_and_nothing_is_written()
    {
        var tenant = await App.DemoTenantAsync();
        var first = await App.PersonAsync("Pierwsza Osoba");
        var second = await App.PersonAsync("Druga Osoba");
        var krs = OrgKit.NewKrs();
        await App.RegisterAsync(tenant, first, OrgKit.Profile("Fundacja Pierwsza", krs));
        var before = await App.DbAsync(tenant, db => db.Organisations.CountAsync());
        var result = await App.InAsync(tenant, second.Id, sp => sp.GetRequiredService<RegisterOrganisationHandler>()
            .HandleAsync(OrgKit.Profile("Fundacja Druga", krs), second.Id, CancellationToken.None));
        Assert.Equal(("Organisation.KrsInDirectory", "Krs"), (result.Errors.Single().Code, result.Errors.Single().Field));
        Assert.Equal(before, await App.DbAsync(tenant, db => db.Organisations.CountAsync()));
        Assert.False(await App.DbAsync(tenant, db => db.Memberships.AnyAsync(m => m.UserId == second.Id)));
    }

    [Fact]
    public async Task An_organisation_registered_with_another_local_government_is_listed_here_for_a_claim()
    {
        var demo = await App.DemoTenantAsync();
        var other = await App.CreateTenantAsync("gmina-reg-" + Guid.NewGuid().ToString("N")[..6], "Gmina Rejestrowa", $"reg-{Guid.NewGuid():N}.example");
        var founder = await App.PersonAsync("Założycielka");
        var stranger = await App.PersonAsync("Ktoś Obcy");
        var krs = OrgKit.NewKrs();
        var organisation = await App.RegisterAsync(other, founder, OrgKit.Profile("Stowarzyszenie Dwóch Gmin", krs));

        var result = await App.InAsync(demo, stranger.Id, sp => sp.GetRequiredService<RegisterOrganisationHandler>()
            .HandleAsync(OrgKit.Profile("Inna nazwa", krs), stranger.Id, CancellationToken.None));
        Assert.True(result.Succeeded);
        Assert.Equal(RegistrationOutcome.ListedForClaim, result.Value.Outcome);
        Assert.Equal(organisation.Id, result.Value.Organisation.Id);
        Assert.Equal(1, await App.DbAsync(demo, db => db.Organisations.CountAsync(o => o.Krs == krs)));
        Assert.True(await App.DbAsync(demo, db => db.Listings.AnyAsync(l => l.OrganisationId == organisation.Id)));
        Assert.False(await App.DbAsync(demo, db => db.Memberships.AnyAsync(m => m.UserId == stranger.Id)));
    }

    [Fact]
    public async Task A_change_of_the_profile_reaches_the_directory_of_every_local_government()
    {
        var demo = await App.DemoTenantAsync();
        var other = await App.CreateTenantAsync("gmina-proj-" + Guid.NewGuid().ToString("N")[..6], "Gmina Projekcji", $"proj-{Guid.NewGuid():N}.example");
        var rep = await App.PersonAsync("Przedstawiciel Projekcji");
        var organisation = await App.RegisterAsync(demo, rep, OrgKit.Profile("Stowarzyszenie Stara Nazwa"));
        await App.InAsync(other, rep.Id, async sp =>
        {
            var db = sp.GetRequiredService<OrganisationsDb>();
            var o = await db.Organisations.Include(x => x.Spheres).FirstAsync(x => x.Id == organisation.Id);
            db.Listings.Add(Listing.Create(o, other.Id, ListingSource.AddedByMember, DateTimeOffset.UtcNow, true));
            await sp.GetRequiredService<DirectoryProjection>().SaveAsync(o, CancellationToken.None);
        });
        var version = await App.DbAsync(demo, db => db.Organisations.Where(o => o.Id == organisation.Id).Select(o => o.Version).SingleAsync());
        var profile = organisation.ToProfile() with { Name = "Stowarzyszenie Żółty Księżyc", Spheres = ["18"] };
        var updated = await App.InAsync(demo, rep.Id, sp => sp.GetRequiredService<UpdateProfileHandler>()
            .HandleAsync(organisation.Id, version, profile, true, [], CancellationToken.None));
        Assert.True(updated.Succeeded, string.Join(",", updated.Errors.Select(e => e.Code)));

        var found = await App.InAsync(other, null, sp => sp.GetRequiredService<DirectorySearch>()
            .PageAsync(DirectoryFilter.Parse("zolty ksiezyc", "18", null, null, null, null, null).Filter, PageNumbers.From(1, 20), CancellationToken.None));
        var row = Assert.Single(found.Items);
        Assert.Equal("Stowarzyszenie Żółty Księżyc", row.Name);
        Assert.Equal(["18"], row.Spheres);
        var stale = await App.InAsync(other, null, sp => sp.GetRequiredService<DirectorySearch>()
            .PageAsync(DirectoryFilter.Parse("stara nazwa", null, null, null, null, null, null).Filter, PageNumbers.From(1, 20), CancellationToken.None));
        Assert.Empty(stale.Items);
    }

    [Fact]
    public async Task Two_editors_saving_the_same_version_do_not_overwrite_each_other()
    {
        var tenant = await App.DemoTenantAsync();
        var rep = await App.PersonAsync("Redaktorka Współbieżna");
        var organisation = await App.RegisterAsync(tenant, rep, OrgKit.Profile("Fundacja Wersji"));
        var version = await App.DbAsync(tenant, db => db.Organisations.Where(o => o.Id == organisation.Id).Select(o => o.Version).SingleAsync());
        Task<Platform.Result> Save(string name) => App.InAsync(tenant, rep.Id, sp => sp.GetRequiredService<UpdateProfileHandler>()
            .HandleAsync(organisation.Id, version, organisation.ToProfile() with { Name = name }, true, [], CancellationToken.None));
        Assert.True((await Save("Fundacja Wersji Pierwszej")).Succeeded);
        Assert.Equal("Organisation.Concurrency", (await Save("Fundacja Wersji Drugiej")).Errors.Single().Code);
        Assert.Equal("Fundacja Wersji Pierwszej", await App.DbAsync(tenant, db => db.Organisations.Where(o => o.Id == organisation.Id).Select(o => o.Name).SingleAsync()));
    }

    [Fact]
    public async Task Search_ignores_case_and_Polish_letters_and_matches_word_beginnings_and_KRS()
    {
        var tenant = await App.DemoTenantAsync();
        var rep = await App.PersonAsync("Szukająca");
        var krs = OrgKit.NewKrs();
        await App.RegisterAsync(tenant, rep, OrgKit.Profile("Towarzystwo Źródło Gęśli", krs));
        async Task<int> Count(string q) => (await App.InAsync(tenant, null, sp => sp.GetRequiredService<DirectorySearch>()
            .PageAsync(DirectoryFilter.Parse(q, null, null, null, null, null, null).Filter, PageNumbers.From(1, 20), CancellationToken.None))).Total;
        Assert.Equal(1, await Count("zrodlo gesli"));
        Assert.Equal(1, await Count("ŹRÓDŁO"));
        Assert.Equal(1, await Count("towarz zrod"));
        Assert.Equal(1, await Count(krs));
        Assert.Equal(1, await Count(krs.TrimStart('0')));
        Assert.Equal(0, await Count("zrodlo nieistniejace"));
    }

    [Fact]
    public async Task Verification_and_suspension_announce_themselves_through_the_outbox_in_the_same_save()
    {
        var tenant = await App.DemoTenantAsync();
        var rep = await App.PersonAsync("Weryfikowana");
        var official = await App.CreateUserAsync($"u{Guid.NewGuid():N}@example.org", "Urzędniczka", tenant, Platform.Identity.TenantRole.Official);
        var organisation = await App.RegisterAsync(tenant, rep, OrgKit.Profile("Stowarzyszenie Do Weryfikacji", nip: OrgKit.NewNip()));
        Task<int> VersionAsync() => App.DbAsync(tenant, db => db.Listings.Where(l => l.OrganisationId == organisation.Id).Select(l => l.Version).SingleAsync());

        var pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8.ToArray();
        var version = await VersionAsync();
        var verified = await App.InAsync(tenant, official.Id, sp => sp.GetRequiredService<OfficeDecisionsHandler>()
            .VerifyWithDocumentAsync(organisation.Id, version, official.Id, new MemoryStream(pdf), "odpis.pdf", CancellationToken.None));
        Assert.True(verified.Succeeded, string.Join(",", verified.Errors.Select(e => e.Code)));
        version = await VersionAsync();
        var suspended = await App.InAsync(tenant, official.Id, sp => sp.GetRequiredService<OfficeDecisionsHandler>()
            .SuspendAsync(organisation.Id, version, official.Id, "Nierozliczona dotacja", CancellationToken.None));
        Assert.True(suspended.Succeeded);

        var events = await App.DbAsync(tenant, db => db.OutboxMessages.AsNoTracking().Where(m => m.Payload.Contains(organisation.Id.ToString())).OrderBy(m => m.Id).Select(m => m.Type).ToListAsync());
        Assert.Equal([typeof(OrganisationVerified).FullName!, typeof(OrganisationSuspended).FullName!], events);
        var listing = await App.DbAsync(tenant, db => db.Listings.AsNoTracking().SingleAsync(l => l.OrganisationId == organisation.Id));
        Assert.Equal(OrganisationStatus.Suspended, listing.Status);
        Assert.False(listing.Visible);
        var audit = await App.DbAsync(tenant, db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(Listing) && a.EntityId == listing.Id.ToString()).Select(a => a.ActorId).ToListAsync());
        Assert.Contains(official.Id, audit);
    }

    [Fact]
    public async Task Other_modules_get_summaries_in_one_batch_as_this_local_government_sees_them()
    {
        var tenant = await App.DemoTenantAsync();
        var rep = await App.PersonAsync("Kontraktowa");
        var a = await App.RegisterAsync(tenant, rep, OrgKit.Profile("Stowarzyszenie Kontraktowe A"));
        var b = await App.RegisterAsync(tenant, rep, OrgKit.Profile("Stowarzyszenie Kontraktowe B") with { LegalForm = OrganisationLegalForm.Other, OtherRegisterName = "Rejestr X", OtherRegisterNumber = "1", Krs = null });
        var missing = Guid.CreateVersion7();
        var summaries = await App.InAsync(tenant, null, sp => sp.GetRequiredService<IOrganisationDirectory>().GetAsync([a.Id, b.Id, missing]));
        Assert.Equal(2, summaries.Count);
        Assert.Equal(OrganisationStatus.Unverified, summaries[a.Id].Status);
        Assert.False(summaries[a.Id].CanTakePartInCompetitions);
        Assert.Equal(OrganisationEligibility.Excluded, summaries[b.Id].Eligibility);
        var eligibility = await App.InAsync(tenant, null, sp => sp.GetRequiredService<IOrganisationDirectory>().GetEligibilityAsync([a.Id, b.Id]));
        Assert.Equal(OrganisationEligibility.NonGovernmentalOrganisation, eligibility[a.Id]);
        Assert.True(await App.InAsync(tenant, null, sp => sp.GetRequiredService<IOrganisationDirectory>().IsRepresentativeAsync(rep.Id, a.Id)));
        Assert.True(await App.InAsync(tenant, null, sp => sp.GetRequiredService<IOrganisationDirectory>().IsEditorAsync(rep.Id, a.Id)));
        Assert.False(await App.InAsync(tenant, null, sp => sp.GetRequiredService<IOrganisationDirectory>().IsEditorAsync(Guid.CreateVersion7(), a.Id)));
        var memberships = await App.InAsync(tenant, null, sp => sp.GetRequiredService<IOrganisationDirectory>().GetMembershipsAsync(rep.Id));
        Assert.Equal(2, memberships.Count);

        var other = await App.CreateTenantAsync("gmina-k-" + Guid.NewGuid().ToString("N")[..6], "Gmina K", $"k-{Guid.NewGuid():N}.example");
        var elsewhere = await App.InAsync(other, null, sp => sp.GetRequiredService<IOrganisationDirectory>().GetAsync([a.Id]));
        Assert.Equal(OrganisationStatus.NotListed, elsewhere[a.Id].Status);
    }

    [Fact]
    public async Task Other_modules_get_offeror_data_spheres_and_find_an_organisation_by_KRS_or_profile_address()
    {
        var tenant = await App.DemoTenantAsync();
        var rep = await App.PersonAsync("Oferentka");
        var krs = OrgKit.NewKrs();
        var a = await App.RegisterAsync(tenant, rep, OrgKit.Profile("Stowarzyszenie Oferentów", krs) with
        {
            Email = "biuro@oferenci.example", Phone = "+48 76 111 22 33", Website = "https://oferenci.example", CorrespondenceAddress = "skr. poczt. 12, 59-220 Miasto Przykładowe",
        });
        var data = await App.InAsync(tenant, null, sp => sp.GetRequiredService<IOrganisationDirectory>().GetOfferorDataAsync([a.Id, Guid.CreateVersion7()]));
        var d = Assert.Single(data).Value;
        Assert.Equal("biuro@oferenci.example", d.Email);
        Assert.Equal("skr. poczt. 12, 59-220 Miasto Przykładowe", d.CorrespondenceAddress);
        Assert.Equal(["13", "16"], d.SphereCodes);

        var spheres = await App.InAsync(tenant, null, sp => sp.GetRequiredService<IOrganisationDirectory>().GetSpheresAsync(new DateOnly(2026, 1, 1)));
        Assert.Equal("1", spheres[0].Code);
        Assert.Contains(spheres, s => s.Code == "16" && s.NamePolish.StartsWith("kultura", StringComparison.Ordinal) && s.LawTextConfirmed);

        Assert.Equal(a.Id, await App.InAsync(tenant, null, sp => sp.GetRequiredService<IOrganisationDirectory>().FindAsync(krs)));
        Assert.Equal(a.Id, await App.InAsync(tenant, null, sp => sp.GetRequiredService<IOrganisationDirectory>().FindAsync(krs.TrimStart('0'))));
        Assert.Equal(a.Id, await App.InAsync(tenant, null, sp => sp.GetRequiredService<IOrganisationDirectory>().FindAsync("https://localhost/organizacje/" + a.Slug)));
        Assert.Null(await App.InAsync(tenant, null, sp => sp.GetRequiredService<IOrganisationDirectory>().FindAsync("nie-ma-takiej")));
    }
}

public sealed class RegistryTests_Sqlite(SqliteAppFixture f) : RegistryTests(f), IClassFixture<SqliteAppFixture>;

public sealed class RegistryTests_Postgres(PostgresAppFixture f) : RegistryTests(f), IClassFixture<PostgresAppFixture>;
