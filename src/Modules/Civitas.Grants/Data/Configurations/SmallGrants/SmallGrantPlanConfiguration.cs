using Civitas.Grants.Domain.SmallGrants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Civitas.Grants.Data.Configurations;

internal sealed class SmallGrantPlanConfiguration : IEntityTypeConfiguration<SmallGrantPlan>
{
    public void Configure(EntityTypeBuilder<SmallGrantPlan> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.Property(x => x.UpdatedByName).HasMaxLength(300);
        // One planned total per JST and year.
        b.HasIndex(x => new { x.TenantId, x.Year }).IsUnique();
    }
}
