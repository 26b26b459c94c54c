using Civitas.Grants.Domain.SmallGrants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Civitas.Grants.Data.Configurations;

internal sealed class SmallGrantCostLineConfiguration : IEntityTypeConfiguration<SmallGrantCostLine>
{
    public void Configure(EntityTypeBuilder<SmallGrantCostLine> b)
    {
        b.HasKey(x => x.Id);
        // Lines are replaced as a whole when a draft is saved; a new line found through the offer's
        // collection must be inserted, which EF does only for keys it does not generate.
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(SmallGrantRules.LineNameMax);
        b.Property(x => x.Unit).HasMaxLength(SmallGrantRules.UnitMax);
        // Quantities may be fractional (e.g. 1,5 h); four decimal places are plenty.
        b.Property(x => x.Quantity).HasPrecision(14, 4);
    }
}
