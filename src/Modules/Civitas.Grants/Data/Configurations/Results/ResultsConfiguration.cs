using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Domain.Offers;
using Civitas.Grants.Domain.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Civitas.Grants.Data.Configurations;

internal sealed class CompetitionDecisionConfiguration : IEntityTypeConfiguration<CompetitionDecision>
{
    public void Configure(EntityTypeBuilder<CompetitionDecision> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        // One decision per competition: two officials recording the first one at once conflict on insert.
        b.HasIndex(x => x.CompetitionId).IsUnique();
        b.Property(x => x.SignatoryName).HasMaxLength(CompetitionDecision.NameMax);
        b.Property(x => x.SignatoryFunction).HasMaxLength(CompetitionDecision.FunctionMax);
        b.Property(x => x.RecordedByName).HasMaxLength(200);
        b.Property(x => x.PublishedByName).HasMaxLength(200);
        b.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.DecisionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Competition>().WithMany().HasForeignKey(x => x.CompetitionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DecisionLineConfiguration : IEntityTypeConfiguration<DecisionLine>
{
    public void Configure(EntityTypeBuilder<DecisionLine> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasIndex(x => new { x.DecisionId, x.Order });
        b.HasIndex(x => x.OfferId);
        b.Property(x => x.ConfirmationNumber).HasMaxLength(40);
        b.Property(x => x.OfferTitle).HasMaxLength(500);
        b.Property(x => x.OfferorsJson).HasMaxLength(20_000);
        b.Property(x => x.Reason).HasMaxLength(FormalCheckReasonMax);
        b.Ignore(x => x.Offerors);
        b.HasOne<Offer>().WithMany().HasForeignKey(x => x.OfferId).OnDelete(DeleteBehavior.Restrict);
    }

    // Formally rejected offers carry the formal review's reasons, which may be longer than a decision reason.
    private const int FormalCheckReasonMax = 4_000;
}

internal sealed class JustificationRequestConfiguration : IEntityTypeConfiguration<JustificationRequest>
{
    public void Configure(EntityTypeBuilder<JustificationRequest> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasIndex(x => x.CompetitionId);
        b.HasIndex(x => x.OfferId);
        b.Property(x => x.OrganisationName).HasMaxLength(500);
        b.Property(x => x.Text).HasMaxLength(JustificationRequest.TextMax);
        b.Property(x => x.Answer).HasMaxLength(JustificationRequest.AnswerMax);
        b.Property(x => x.RequestedByName).HasMaxLength(200);
        b.Property(x => x.AnsweredByName).HasMaxLength(200);
        b.HasOne<Offer>().WithMany().HasForeignKey(x => x.OfferId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Competition>().WithMany().HasForeignKey(x => x.CompetitionId).OnDelete(DeleteBehavior.Restrict);
    }
}
