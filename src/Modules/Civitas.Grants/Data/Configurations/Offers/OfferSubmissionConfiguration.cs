using Civitas.Grants.Domain.Offers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Civitas.Grants.Data.Configurations;

internal sealed class OfferSubmissionConfiguration : IEntityTypeConfiguration<OfferSubmission>
{
    public void Configure(EntityTypeBuilder<OfferSubmission> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        // One submission per revision: a double click inserts the same revision twice and loses.
        b.HasIndex(x => new { x.OfferId, x.Revision }).IsUnique();
        b.HasIndex(x => x.ConfirmationNumber).IsUnique();
        b.Property(x => x.ConfirmationNumber).HasMaxLength(20);
        b.Property(x => x.Checksum).HasMaxLength(64);
        b.Property(x => x.SubmittedByName).HasMaxLength(200);
        b.HasOne<Offer>().WithMany().HasForeignKey(x => x.OfferId).OnDelete(DeleteBehavior.Restrict);
    }
}
