using Civitas.Grants.Domain.SmallGrants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Civitas.Grants.Data.Configurations;

internal sealed class SmallGrantCostLineConfiguration : IEntityTypeConfiguration<SmallGrantCostLine>
{
    public void Configure(EntityTypeBuilder<SmallGrantCostLine> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(SmallGrantRules.LineNameMax);
        b.Property(x => x.Unit).HasMaxLength(SmallGrantRules.UnitMax);
        // Quantities may be fractional (e.g. 1,5 h); four decimal places are plenty.
        b.Property(x => x.Quantity).HasPrecision(14, 4);
    }
}
