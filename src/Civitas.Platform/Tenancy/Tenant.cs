using Civitas.Platform.Data;

namespace Civitas.Platform.Tenancy;

/// <summary>A JST using the installation. Global row: the tenant table itself is not tenant-filtered.</summary>
public sealed class Tenant : IAudited, IConcurrencyVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public TenantKind Kind { get; set; } = TenantKind.Municipality;
    public MunicipalityType? MunicipalityType { get; set; }
    /// <summary>TERYT code: 2 digits (voivodeship), 4 (county) or 7 (gmina incl. type digit).</summary>
    public string TerytCode { get; set; } = "";
    public string? BipUrl { get; set; }
    public string? WebsiteUrl { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public Guid? LogoFileId { get; set; }
    public string PrimaryColor { get; set; } = "#1d4e89";
    public string AccentColor { get; set; } = "#b3261e";
    public bool IsActive { get; set; } = true;
    /// <summary>KPA art. 57 § 4 practice: a deadline ending on a Saturday or public holiday moves to the
    /// next working day. A tenant setting because the rule is unverified for UDPP (LAW §0).</summary>
    public bool MoveDeadlinesOffNonWorkingDays { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; }

    // Accessibility statement (deklaracja dostępności) — ustawa z 4.04.2019, art. 10–12.
    public DateOnly? WebsitePublishedOn { get; set; }
    public DateOnly? WebsiteUpdatedOn { get; set; }
    public AccessibilityStatus AccessibilityStatus { get; set; } = AccessibilityStatus.PartiallyCompliant;
    public string? NonAccessibleContent { get; set; }
    public string? AccessibilityExemptions { get; set; }
    public DateOnly? StatementPreparedOn { get; set; }
    public DateOnly? StatementReviewedOn { get; set; }
    public bool StatementByExternalAudit { get; set; }
    public string? AccessibilityAuditor { get; set; }
    public string? AccessibilityContactName { get; set; }
    public string? AccessibilityContactEmail { get; set; }
    public string? AccessibilityContactPhone { get; set; }
    public string? ArchitecturalAccessibility { get; set; }
    public string? MobileApps { get; set; }
    public string? DataProtectionOfficerEmail { get; set; }

    public List<TenantHost> Hosts { get; set; } = [];
}
