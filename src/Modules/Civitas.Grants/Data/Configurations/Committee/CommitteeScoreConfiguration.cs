using Civitas.Grants.Domain.Committee;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.Offers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Civitas.Grants.Data.Configurations;

internal sealed class CommitteeScoreConfiguration : IEntityTypeConfiguration<CommitteeScore>
{
    public void Configure(EntityTypeBuilder<CommitteeScore> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        // One score per member, offer and criterion: a double submission cannot create two.
        b.HasIndex(x => new { x.MemberId, x.OfferId, x.CriterionId }).IsUnique();
        // The sheet groups all scores of a competition.
        b.HasIndex(x => new { x.CompetitionId, x.OfferId });
        b.Property(x => x.Points).HasPrecision(6, 1);
        b.Property(x => x.Justification).HasMaxLength(CommitteeScore.JustificationMax);
        b.HasOne<CommitteeMember>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Offer>().WithMany().HasForeignKey(x => x.OfferId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Competition>().WithMany().HasForeignKey(x => x.CompetitionId).OnDelete(DeleteBehavior.Restrict);
    }
}
