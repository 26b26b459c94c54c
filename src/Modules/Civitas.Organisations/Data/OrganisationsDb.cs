using Civitas.Organisations.Domain;
using Civitas.Platform.Data;
using Civitas.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Organisations.Data;

/// <summary>The module's tables (prefix "org"): organisations and their spheres and members are global;
/// listings (presence in a JST's directory), claims, notes, districts and imports belong to a JST.</summary>
internal abstract class OrganisationsDb(DbContextOptions options, ITenantContext tenant) : ModuleDbContext(options, tenant)
{
    public const string ModuleName = "org";

    public override string Module => ModuleName;

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<OrganisationSphere> OrganisationSpheres => Set<OrganisationSphere>();
    public DbSet<Sphere> Spheres => Set<Sphere>();
    public DbSet<Listing> Listings => Set<Listing>();
    public DbSet<ListingSphere> ListingSpheres => Set<ListingSphere>();
    public DbSet<ListingDistrict> ListingDistricts => Set<ListingDistrict>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<Claim> Claims => Set<Claim>();
    public DbSet<OfficeNote> Notes => Set<OfficeNote>();
    public DbSet<District> Districts => Set<District>();
    public DbSet<ImportSession> Imports => Set<ImportSession>();

    public bool IsPostgres => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Organisation>(b =>
        {
            b.HasKey(x => x.Id);
            b.Property(x => x.Slug).HasMaxLength(90);
            b.HasIndex(x => x.Slug).IsUnique();
            b.Property(x => x.Name).HasMaxLength(OrganisationProfile.NameMax);
            b.Property(x => x.ShortName).HasMaxLength(100);
            // One identity nationally (ARCHITECTURE.md §4): the database refuses a second KRS or NIP.
            b.Property(x => x.Krs).HasMaxLength(10);
            b.HasIndex(x => x.Krs).IsUnique();
            b.Property(x => x.Nip).HasMaxLength(10);
            b.HasIndex(x => x.Nip).IsUnique();
            b.Property(x => x.Regon).HasMaxLength(14);
            b.HasIndex(x => x.Regon);
            b.Property(x => x.OtherRegisterName).HasMaxLength(200);
            b.Property(x => x.OtherRegisterNumber).HasMaxLength(50);
            b.Property(x => x.Street).HasMaxLength(150);
            b.Property(x => x.Building).HasMaxLength(20);
            b.Property(x => x.Unit).HasMaxLength(20);
            b.Property(x => x.PostalCode).HasMaxLength(6);
            b.Property(x => x.City).HasMaxLength(100);
            b.Property(x => x.Commune).HasMaxLength(100);
            b.Property(x => x.County).HasMaxLength(100);
            b.Property(x => x.Voivodeship).HasMaxLength(50);
            b.Property(x => x.CorrespondenceAddress).HasMaxLength(500);
            b.Property(x => x.Email).HasMaxLength(254);
            b.Property(x => x.Phone).HasMaxLength(30);
            b.Property(x => x.Website).HasMaxLength(300);
            b.Property(x => x.Description).HasMaxLength(OrganisationProfile.DescriptionMax);
            b.Property(x => x.RepresentationBody).HasMaxLength(200);
            b.Property(x => x.RepresentationRule).HasMaxLength(2000);
            b.Property(x => x.SearchText).HasMaxLength(1000);
            b.Property(x => x.SortName).HasMaxLength(200);
            b.HasMany(x => x.Spheres).WithOne().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<OrganisationSphere>(b =>
        {
            b.HasKey(x => new { x.OrganisationId, x.SphereCode });
            b.Property(x => x.SphereCode).HasMaxLength(5);
            b.HasOne<Sphere>().WithMany().HasForeignKey(x => x.SphereCode).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<Sphere>(b =>
        {
            b.HasKey(x => x.Code);
            b.Property(x => x.Code).HasMaxLength(5);
            b.Property(x => x.NamePl).HasMaxLength(300);
            b.Property(x => x.NameEn).HasMaxLength(300);
            b.HasData(SphereSeed.All);
        });
        modelBuilder.Entity<Listing>(b =>
        {
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedOnAdd();
            b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(x => new { x.TenantId, x.OrganisationId }).IsUnique();
            b.HasIndex(x => x.OrganisationId);
            b.Property(x => x.StatusReason).HasMaxLength(2000);
            b.Property(x => x.Slug).HasMaxLength(90);
            b.Property(x => x.Name).HasMaxLength(OrganisationProfile.NameMax);
            b.Property(x => x.SortName).HasMaxLength(200);
            b.Property(x => x.SearchText).HasMaxLength(1000);
            b.Property(x => x.City).HasMaxLength(100);
            b.Property(x => x.SphereCodes).HasMaxLength(250);
            // The directory's sort orders and filters, each led by the tenant and visibility so that
            // a page and its count read one index range (docs/adr/0005-organisation-search.md).
            b.HasIndex(x => new { x.TenantId, x.Visible, x.SortName });
            b.HasIndex(x => new { x.TenantId, x.Visible, x.LegalForm, x.SortName });
            b.HasIndex(x => new { x.TenantId, x.Visible, x.IsPublicBenefit, x.SortName });
            b.HasIndex(x => new { x.TenantId, x.Status, x.SortName });
            b.HasIndex(x => new { x.TenantId, x.Visible, x.Id });
            b.HasIndex(x => new { x.TenantId, x.VerificationRequestedAt });
            // Covers the map's query (every visible point of the JST) so it reads one index, not the table.
            b.HasIndex(x => new { x.TenantId, x.Visible, x.Latitude, x.Longitude, x.MainSphere });
            b.HasMany(x => x.Spheres).WithOne().HasForeignKey(x => x.ListingId).OnDelete(DeleteBehavior.Cascade);
            b.HasMany(x => x.Districts).WithOne().HasForeignKey(x => x.ListingId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ListingSphere>(b =>
        {
            b.HasKey(x => new { x.ListingId, x.SphereCode });
            b.Property(x => x.SphereCode).HasMaxLength(5);
            b.HasIndex(x => new { x.SphereCode, x.ListingId });
        });
        modelBuilder.Entity<ListingDistrict>(b =>
        {
            b.HasKey(x => new { x.ListingId, x.DistrictId });
            b.HasIndex(x => new { x.DistrictId, x.ListingId });
            b.HasOne<District>().WithMany().HasForeignKey(x => x.DistrictId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Membership>(b =>
        {
            b.HasKey(x => x.Id);
            b.HasIndex(x => new { x.OrganisationId, x.UserId }).IsUnique();
            b.HasIndex(x => x.UserId);
            b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Invitation>(b =>
        {
            b.HasKey(x => x.Id);
            b.Property(x => x.Email).HasMaxLength(254);
            b.Property(x => x.TokenHash).HasMaxLength(64);
            b.HasIndex(x => x.TokenHash).IsUnique();
            b.HasIndex(x => new { x.OrganisationId, x.Email });
            b.HasIndex(x => x.Email);
            b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Claim>(b =>
        {
            b.HasKey(x => x.Id);
            b.Property(x => x.Message).HasMaxLength(2000);
            b.Property(x => x.DecisionReason).HasMaxLength(2000);
            b.HasIndex(x => new { x.TenantId, x.Status, x.CreatedAt });
            b.HasIndex(x => new { x.OrganisationId, x.UserId });
            b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<OfficeNote>(b =>
        {
            b.HasKey(x => x.Id);
            b.Property(x => x.Text).HasMaxLength(4000);
            b.Property(x => x.AuthorName).HasMaxLength(200);
            b.HasIndex(x => new { x.TenantId, x.OrganisationId, x.CreatedAt });
            b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<District>(b =>
        {
            b.HasKey(x => x.Id);
            b.Property(x => x.Name).HasMaxLength(150);
            b.HasIndex(x => new { x.TenantId, x.SortOrder });
        });
        modelBuilder.Entity<ImportSession>(b =>
        {
            b.HasKey(x => x.Id);
            b.Property(x => x.FileName).HasMaxLength(255);
            b.Property(x => x.EncodingName).HasMaxLength(30);
            b.Property(x => x.Delimiter).HasMaxLength(1);
            b.HasIndex(x => new { x.TenantId, x.CreatedAt });
        });
    }
}
