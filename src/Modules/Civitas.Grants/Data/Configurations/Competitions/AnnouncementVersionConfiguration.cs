using Civitas.Grants.Domain.Competitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Civitas.Grants.Data.Configurations;

internal sealed class AnnouncementVersionConfiguration : IEntityTypeConfiguration<AnnouncementVersion>
{
    public void Configure(EntityTypeBuilder<AnnouncementVersion> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Reason).HasMaxLength(Competition.ReasonMax);
        b.Property(x => x.ChangedFields).HasMaxLength(300);
        b.Property(x => x.PublishedByName).HasMaxLength(200);
        // One row per version number: two officials correcting at once cannot both become version 2.
        b.HasIndex(x => new { x.CompetitionId, x.Number }).IsUnique();
    }
}
