using Civitas.Grants.Domain.Offers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Civitas.Grants.Data.Configurations;

internal sealed class OfferConfiguration : IEntityTypeConfiguration<Offer>
{
    public void Configure(EntityTypeBuilder<Offer> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(x => new { x.TenantId, x.CompetitionId, x.Status });
        b.HasIndex(x => new { x.TenantId, x.LeadOrganisationId });
        // One offer per organisation and task: starting twice (a double click) finds the first.
        b.HasIndex(x => new { x.TenantId, x.CompetitionId, x.TaskId, x.LeadOrganisationId }).IsUnique();
    }
}
