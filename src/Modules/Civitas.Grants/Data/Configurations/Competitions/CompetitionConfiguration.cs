using Civitas.Grants.Domain.Competitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

// The namespace GrantsDb applies configurations from (files live under Competitions/).
namespace Civitas.Grants.Data.Configurations;

internal sealed class CompetitionConfiguration : IEntityTypeConfiguration<Competition>
{
    public void Configure(EntityTypeBuilder<Competition> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Number).HasMaxLength(60);
        b.Property(x => x.Title).HasMaxLength(Competition.TitleMax);
        b.Property(x => x.GrantRules).HasMaxLength(Competition.TextMax);
        b.Property(x => x.ImplementationConditions).HasMaxLength(Competition.TextMax);
        b.Property(x => x.SelectionProcedure).HasMaxLength(Competition.TextMax);
        b.Property(x => x.EligibleLegalFormCodes).HasMaxLength(100);
        b.Property(x => x.CancellationReason).HasMaxLength(Competition.ReasonMax);
        b.Property(x => x.CancelledByName).HasMaxLength(200);
        b.Property(x => x.MinOwnContributionPercent).HasPrecision(5, 2);
        b.Property(x => x.MaxAdminCostPercent).HasPrecision(5, 2);
        b.Ignore(x => x.EligibleLegalForms);
        // Numbers are unique in a JST; the sequence per department and year is guarded by the same index.
        b.HasIndex(x => new { x.TenantId, x.Number }).IsUnique();
        b.HasIndex(x => new { x.TenantId, x.Status, x.OfferDeadline });
        b.HasIndex(x => new { x.TenantId, x.DepartmentId, x.Year, x.Sequence });
        b.HasMany(x => x.Tasks).WithOne().HasForeignKey(x => x.CompetitionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Criteria).WithOne().HasForeignKey(x => x.CompetitionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.PriorTasks).WithOne().HasForeignKey(x => x.CompetitionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.ChecklistItems).WithOne().HasForeignKey(x => x.CompetitionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.RequiredAttachments).WithOne().HasForeignKey(x => x.CompetitionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Versions).WithOne().HasForeignKey(x => x.CompetitionId).OnDelete(DeleteBehavior.Cascade);
    }
}
