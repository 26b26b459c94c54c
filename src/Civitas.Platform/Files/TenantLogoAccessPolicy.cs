using System.Security.Claims;

namespace Civitas.Platform.Files;

/// <summary>A tenant's logo is public; the policy exists so the kind is known (deny by default otherwise).</summary>
internal sealed class TenantLogoAccessPolicy : IFileAccessPolicy
{
    public const string Kind = "platform:tenant-logo";

    public IReadOnlyCollection<string> OwnerKinds { get; } = [Kind];

    public Task<bool> CanReadAsync(ClaimsPrincipal user, StoredFileInfo file, CancellationToken ct) => Task.FromResult(true);
}
