using Civitas.Grants.Domain.Committee;
using Civitas.Grants.Domain.Competitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Civitas.Grants.Data.Configurations;

internal sealed class CommitteeMemberConfiguration : IEntityTypeConfiguration<CommitteeMember>
{
    public void Configure(EntityTypeBuilder<CommitteeMember> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        // A person sits once on a committee; two officials adding the same person at once get one row.
        b.HasIndex(x => new { x.CompetitionId, x.UserId }).IsUnique();
        b.HasIndex(x => x.UserId);
        b.Property(x => x.Name).HasMaxLength(CommitteeMember.NameMax);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.NominatingOrganisationName).HasMaxLength(500);
        b.Ignore(x => x.Conflicts);
        b.Ignore(x => x.Votes);
        b.Ignore(x => x.HasSigned);
        b.HasOne<Competition>().WithMany().HasForeignKey(x => x.CompetitionId).OnDelete(DeleteBehavior.Restrict);
    }
}
