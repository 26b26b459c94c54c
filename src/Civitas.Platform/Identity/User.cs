using Microsoft.AspNetCore.Identity;

namespace Civitas.Platform.Identity;

/// <summary>A person's account. Global: one account across all tenants (ARCHITECTURE.md §4).</summary>
public sealed class User : IdentityUser<Guid>
{
    public User() => Id = Guid.CreateVersion7();

    public string DisplayName { get; set; } = "";
    public bool IsPlatformAdmin { get; set; }
    public string? PreferredCulture { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Tenant on whose portal the account was created (for the welcome e-mail's links).</summary>
    public Guid? RegisteredInTenantId { get; set; }
    /// <summary>When the person accepted the privacy notice (RODO art. 13 information).</summary>
    public DateTimeOffset? PrivacyNoticeAcceptedAt { get; set; }
}
