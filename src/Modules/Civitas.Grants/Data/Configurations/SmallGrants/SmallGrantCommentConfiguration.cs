using Civitas.Grants.Domain.SmallGrants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Civitas.Grants.Data.Configurations;

internal sealed class SmallGrantCommentConfiguration : IEntityTypeConfiguration<SmallGrantComment>
{
    public void Configure(EntityTypeBuilder<SmallGrantComment> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.AuthorName).HasMaxLength(SmallGrantRules.CommentNameMax);
        b.Property(x => x.Body).HasMaxLength(SmallGrantRules.CommentMax);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ModeratedByName).HasMaxLength(300);
        b.HasOne<SmallGrantOffer>().WithMany().HasForeignKey(x => x.OfferId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.OfferId, x.Status, x.SubmittedAt });
    }
}
