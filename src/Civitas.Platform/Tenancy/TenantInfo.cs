namespace Civitas.Platform.Tenancy;

/// <summary>Read-only snapshot of the current tenant, cached per host.</summary>
public sealed record TenantInfo(
    Guid Id,
    string Slug,
    string Name,
    TenantKind Kind,
    MunicipalityType? MunicipalityType,
    string TerytCode,
    string? BipUrl,
    string? WebsiteUrl,
    string? Email,
    string? Phone,
    Guid? LogoFileId,
    string PrimaryColor,
    string AccentColor,
    bool MoveDeadlinesOffNonWorkingDays,
    int Version);
