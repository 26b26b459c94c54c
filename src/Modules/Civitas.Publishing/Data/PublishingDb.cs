using Civitas.Platform.Data;
using Civitas.Platform.Tenancy;
using Civitas.Publishing.Contracts;
using Civitas.Publishing.Domain;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Publishing.Data;

/// <summary>The register of published information: entries, their versions (the change register),
/// attachments and redactions. Tables are prefixed "pub".</summary>
internal abstract class PublishingDb(DbContextOptions options, ITenantContext tenant) : ModuleDbContext(options, tenant)
{
    public const string ModuleName = "pub";

    public override string Module => ModuleName;

    public DbSet<Publication> Publications => Set<Publication>();
    public DbSet<PublicationVersion> Versions => Set<PublicationVersion>();
    public DbSet<VersionAttachment> Attachments => Set<VersionAttachment>();
    public DbSet<VersionRedaction> Redactions => Set<VersionRedaction>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Publication>(b =>
        {
            b.HasKey(x => x.Id);
            b.Property(x => x.SourceModule).HasMaxLength(PublicationLimits.SourceModule);
            b.Property(x => x.SourceKey).HasMaxLength(PublicationLimits.SourceKey);
            b.Property(x => x.Category).HasConversion<string>().HasMaxLength(40);
            b.Property(x => x.Title).HasMaxLength(PublicationLimits.Title);
            b.Property(x => x.TitleEnglish).HasMaxLength(PublicationLimits.Title);
            b.Property(x => x.Summary).HasMaxLength(PublicationLimits.Summary);
            b.Property(x => x.SearchText).HasMaxLength(2 * PublicationLimits.Title + 1);
            b.Property(x => x.WithdrawalReason).HasMaxLength(PublicationLimits.Reason);
            b.Property(x => x.WithdrawnByName).HasMaxLength(PublicationLimits.PersonName);
            b.Property(x => x.WithdrawnByFunction).HasMaxLength(PublicationLimits.PersonFunction);
            b.HasMany(x => x.Versions).WithOne().HasForeignKey(v => v.PublicationId).OnDelete(DeleteBehavior.Restrict);
            b.Navigation(x => x.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
            b.HasIndex(x => new { x.TenantId, x.SourceModule, x.SourceKey }).IsUnique();
            b.HasIndex(x => new { x.TenantId, x.FirstPublishedAt });
            b.HasIndex(x => new { x.TenantId, x.UpdatedAt });
            b.HasIndex(x => new { x.TenantId, x.VisibleTo });
            b.HasIndex(x => x.VisibleFrom);
        });
        modelBuilder.Entity<PublicationVersion>(b =>
        {
            b.HasKey(x => x.Id);
            b.Property(x => x.Category).HasConversion<string>().HasMaxLength(40);
            b.Property(x => x.Title).HasMaxLength(PublicationLimits.Title);
            b.Property(x => x.TitleEnglish).HasMaxLength(PublicationLimits.Title);
            b.Property(x => x.Summary).HasMaxLength(PublicationLimits.Summary);
            b.Property(x => x.SourceUrl).HasMaxLength(PublicationLimits.SourceUrl);
            b.Property(x => x.ResponsibleName).HasMaxLength(PublicationLimits.PersonName);
            b.Property(x => x.ResponsibleFunction).HasMaxLength(PublicationLimits.PersonFunction);
            b.Property(x => x.PublishedByName).HasMaxLength(PublicationLimits.PersonName);
            b.Property(x => x.PublishedByFunction).HasMaxLength(PublicationLimits.PersonFunction);
            b.Property(x => x.ChangeReason).HasMaxLength(PublicationLimits.Reason);
            // A repeated delivery of the same outbox message must not add a version: the database
            // refuses it even when two dispatchers race (ARCHITECTURE.md §3, invariants in the database).
            b.HasIndex(x => x.MessageId).IsUnique();
            b.HasIndex(x => new { x.PublicationId, x.Number }).IsUnique();
            b.HasMany(x => x.Attachments).WithOne().HasForeignKey(a => a.VersionId).OnDelete(DeleteBehavior.Restrict);
            b.HasMany(x => x.Redactions).WithOne().HasForeignKey(r => r.VersionId).OnDelete(DeleteBehavior.Restrict);
            b.Navigation(x => x.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);
            b.Navigation(x => x.Redactions).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        modelBuilder.Entity<VersionAttachment>(b =>
        {
            b.HasKey(x => x.Id);
            b.Property(x => x.Name).HasMaxLength(PublicationLimits.AttachmentName);
            b.Property(x => x.ContentType).HasMaxLength(150);
            b.HasIndex(x => new { x.VersionId, x.Position });
        });
        modelBuilder.Entity<VersionRedaction>(b =>
        {
            b.HasKey(x => x.Id);
            b.Property(x => x.Scope).HasMaxLength(PublicationLimits.RedactionField);
            b.Property(x => x.LegalBasis).HasMaxLength(PublicationLimits.RedactionField);
            b.Property(x => x.DecidedBy).HasMaxLength(PublicationLimits.RedactionField);
            b.Property(x => x.ProtectedInterest).HasMaxLength(PublicationLimits.RedactionField);
            b.HasIndex(x => new { x.VersionId, x.Position });
        });
    }
}
