using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.FormalCheck;
using Civitas.Grants.Domain.Offers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Civitas.Grants.Data.Configurations;

internal sealed class FormalReviewConfiguration : IEntityTypeConfiguration<FormalReview>
{
    public void Configure(EntityTypeBuilder<FormalReview> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        // One verdict per submitted revision; two officials recording at once conflict on insert or on Version.
        b.HasIndex(x => new { x.OfferId, x.Revision }).IsUnique();
        b.HasIndex(x => x.CompetitionId);
        b.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Reasons).HasMaxLength(FormalReview.ReasonsMax);
        b.Property(x => x.SectionCodes).HasMaxLength(100);
        b.Property(x => x.CorrectionBasis).HasMaxLength(500);
        b.Property(x => x.ReviewedByName).HasMaxLength(200);
        b.Ignore(x => x.Items);
        b.Ignore(x => x.Sections);
        b.HasOne<Offer>().WithMany().HasForeignKey(x => x.OfferId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Competition>().WithMany().HasForeignKey(x => x.CompetitionId).OnDelete(DeleteBehavior.Restrict);
    }
}
