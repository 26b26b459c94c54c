using System.Security.Claims;
using Civitas.Platform.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Civitas.Platform.Identity;

/// <summary>Puts the display name and the platform-admin flag into the sign-in cookie.</summary>
internal sealed class CivitasUserClaimsFactory(UserManager<User> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<User>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CivitasClaims.DisplayName, user.DisplayName));
        if (user.IsPlatformAdmin) identity.AddClaim(new Claim(CivitasClaims.PlatformAdmin, "true"));
        return identity;
    }
}
