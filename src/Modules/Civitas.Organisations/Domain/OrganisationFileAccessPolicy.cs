using System.Security.Claims;
using Civitas.Platform.Files;
using Civitas.Platform.Identity;

namespace Civitas.Organisations.Domain;

/// <summary>Verification documents, claim documents and import files are read by officials of the JST
/// they were uploaded in (the file store already hides other JSTs' files). Logos are public.</summary>
internal sealed class OrganisationFileAccessPolicy : IFileAccessPolicy
{
    public IReadOnlyCollection<string> OwnerKinds { get; } = [OrganisationFiles.Logo, OrganisationFiles.Verification, OrganisationFiles.Claim, OrganisationFiles.Import];

    public Task<bool> CanReadAsync(ClaimsPrincipal user, StoredFileInfo file, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(file.OwnerKind == OrganisationFiles.Logo || user.HasTenantRole(TenantRole.Official));
    }
}
