using Civitas.Grants.Domain.Committee;
using Civitas.Grants.Domain.Competitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Civitas.Grants.Data.Configurations;

internal sealed class CommitteeMeetingConfiguration : IEntityTypeConfiguration<CommitteeMeeting>
{
    public void Configure(EntityTypeBuilder<CommitteeMeeting> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasIndex(x => x.CompetitionId).IsUnique();
        b.Property(x => x.Place).HasMaxLength(CommitteeMeeting.PlaceMax);
        b.Property(x => x.Remarks).HasMaxLength(CommitteeMeeting.RemarksMax);
        b.Ignore(x => x.Present);
        b.Ignore(x => x.IsClosed);
        b.HasOne<Competition>().WithMany().HasForeignKey(x => x.CompetitionId).OnDelete(DeleteBehavior.Restrict);
    }
}
