using System.Security.Claims;

namespace Civitas.Platform.Files;

/// <summary>Decides whether a person may download a non-public file of one owner kind. Each module
/// registers one per kind; a kind without a policy is never downloadable (deny by default).</summary>
public interface IFileAccessPolicy
{
    /// <summary>Owner kinds this policy answers for.</summary>
    IReadOnlyCollection<string> OwnerKinds { get; }

    /// <summary>True when <paramref name="user"/> may read <paramref name="file"/>.</summary>
    Task<bool> CanReadAsync(ClaimsPrincipal user, StoredFileInfo file, CancellationToken ct);
}
