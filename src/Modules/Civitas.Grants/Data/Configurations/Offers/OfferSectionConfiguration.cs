using Civitas.Grants.Domain.Offers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Civitas.Grants.Data.Configurations;

internal sealed class OfferSectionConfiguration : IEntityTypeConfiguration<OfferSection>
{
    public void Configure(EntityTypeBuilder<OfferSection> b)
    {
        b.HasKey(x => new { x.OfferId, x.Key });
        b.Property(x => x.Key).HasMaxLength(4);
        b.Ignore(x => x.SectionKey);
        b.HasOne<Offer>().WithMany().HasForeignKey(x => x.OfferId).OnDelete(DeleteBehavior.Cascade);
    }
}
