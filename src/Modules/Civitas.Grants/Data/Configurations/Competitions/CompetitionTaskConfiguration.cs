using Civitas.Grants.Domain.Competitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Civitas.Grants.Data.Configurations;

internal sealed class CompetitionTaskConfiguration : IEntityTypeConfiguration<CompetitionTask>
{
    public void Configure(EntityTypeBuilder<CompetitionTask> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Title).HasMaxLength(Competition.NameMax);
        b.Property(x => x.SphereCode).HasMaxLength(10);
        b.Property(x => x.Description).HasMaxLength(Competition.TextMax);
        b.HasIndex(x => new { x.CompetitionId, x.Order });
    }
}
