namespace Civitas.Platform.Tenancy;

/// <summary>Lets module seeders create or find demo accounts (the demo tenant and password are the platform's).</summary>
public interface IDemoUsers
{
    /// <summary>The demo tenant, or null when demo mode is off.</summary>
    Task<TenantInfo?> DemoTenantAsync(CancellationToken ct);

    /// <summary>Creates (or finds) a confirmed demo account and returns its id.</summary>
    Task<Guid> EnsureAsync(string email, string displayName, CancellationToken ct);

    /// <summary>Makes the demo account an official of the demo tenant's department with the given short
    /// name ("WK"), unless it already is. Does nothing when demo mode is off or the department is missing.</summary>
    Task EnsureOfficialAsync(Guid userId, string departmentShortName, CancellationToken ct);
}
