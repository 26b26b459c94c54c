using Civitas.Grants.Domain.SmallGrants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Civitas.Grants.Data.Configurations;

internal sealed class SmallGrantOfferConfiguration : IEntityTypeConfiguration<SmallGrantOffer>
{
    public void Configure(EntityTypeBuilder<SmallGrantOffer> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Title).HasMaxLength(SmallGrantRules.TitleMax);
        b.Property(x => x.SphereCode).HasMaxLength(10);
        b.Property(x => x.Place).HasMaxLength(SmallGrantRules.PlaceMax);
        b.Property(x => x.Description).HasMaxLength(SmallGrantRules.TextMax);
        b.Property(x => x.ExpectedResults).HasMaxLength(SmallGrantRules.TextMax);
        b.Property(x => x.ContactName).HasMaxLength(SmallGrantRules.ContactMax);
        b.Property(x => x.ContactPhone).HasMaxLength(SmallGrantRules.ContactMax);
        b.Property(x => x.ContactEmail).HasMaxLength(SmallGrantRules.ContactMax);
        b.Property(x => x.PublishedByName).HasMaxLength(300);
        b.Property(x => x.PublishedDescription).HasMaxLength(SmallGrantRules.TextMax);
        b.Property(x => x.PublishedResults).HasMaxLength(SmallGrantRules.TextMax);
        b.Property(x => x.DecidedByName).HasMaxLength(300);
        b.Property(x => x.DecisionReason).HasMaxLength(SmallGrantRules.ReasonMax);
        b.OwnsOne(x => x.Offeror, o =>
        {
            o.Property(p => p.Name).HasMaxLength(500);
            o.Property(p => p.LegalForm).HasMaxLength(100);
            o.Property(p => p.Krs).HasMaxLength(10);
            o.Property(p => p.OtherRegister).HasMaxLength(500);
            o.Property(p => p.RegisteredAddress).HasMaxLength(500);
            o.Property(p => p.CorrespondenceAddress).HasMaxLength(500);
            o.Property(p => p.Email).HasMaxLength(300);
            o.Property(p => p.Phone).HasMaxLength(100);
            o.Property(p => p.Website).HasMaxLength(300);
        });
        b.HasMany(x => x.CostLines).WithOne().HasForeignKey(l => l.OfferId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.CostLines).HasField("_costLines").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(x => new { x.TenantId, x.Status, x.Year });
        b.HasIndex(x => new { x.TenantId, x.OrganisationId, x.Year });
        b.HasIndex(x => new { x.TenantId, x.VisibleTo });
    }
}
