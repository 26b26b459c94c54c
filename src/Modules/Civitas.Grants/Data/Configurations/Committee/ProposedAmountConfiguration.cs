using Civitas.Grants.Domain.Committee;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.Offers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Civitas.Grants.Data.Configurations;

internal sealed class ProposedAmountConfiguration : IEntityTypeConfiguration<ProposedAmount>
{
    public void Configure(EntityTypeBuilder<ProposedAmount> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasIndex(x => x.OfferId).IsUnique();
        b.HasIndex(x => x.CompetitionId);
        b.Property(x => x.Amount).HasPrecision(14, 2);
        b.HasOne<Offer>().WithMany().HasForeignKey(x => x.OfferId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Competition>().WithMany().HasForeignKey(x => x.CompetitionId).OnDelete(DeleteBehavior.Restrict);
    }
}
