using Civitas.Grants.Domain.Competitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Civitas.Grants.Data.Configurations;

internal sealed class RequiredAttachmentConfiguration : IEntityTypeConfiguration<RequiredAttachment>
{
    public void Configure(EntityTypeBuilder<RequiredAttachment> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(Competition.NameMax);
        b.HasIndex(x => new { x.CompetitionId, x.Order });
    }
}
