using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace Civitas.Platform.Identity;

/// <summary>The "signed in with a second factor" mark (claim amr=mfa, as Identity's own two-factor
/// sign-in sets it) that the Official, TenantAdmin and PlatformAdmin policies require.</summary>
internal static class MultiFactorSignIn
{
    /// <summary>True when the current sign-in included a second factor.</summary>
    public static bool IsSatisfied(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return principal.HasClaim(TwoFactorSignInRequirement.AmrClaim, TwoFactorSignInRequirement.MfaValue);
    }

    /// <summary>Re-issues the sign-in cookie with amr=mfa after the person proved the second factor
    /// (enrolment or step-up), keeping their "remember me" choice.</summary>
    public static async Task SignInAsync(SignInManager<User> signIn, User user, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        ArgumentNullException.ThrowIfNull(http);
        var current = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var persistent = current.Properties?.IsPersistent ?? false;
        await signIn.SignInWithClaimsAsync(user, persistent, [new Claim(TwoFactorSignInRequirement.AmrClaim, TwoFactorSignInRequirement.MfaValue)]);
    }

    /// <summary>For <see cref="SecurityStampValidatorOptions.OnRefreshingPrincipal"/>: the periodic
    /// security-stamp check rebuilds the principal from the database, which would drop the amr claim
    /// and send an official back to the code prompt every 30 minutes. The method of this sign-in is
    /// a fact of the session, so it is carried over.</summary>
    public static Task KeepAuthenticationMethods(SecurityStampRefreshingPrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.CurrentPrincipal is not { } current || context.NewPrincipal?.Identity is not ClaimsIdentity identity) return Task.CompletedTask;
        foreach (var claim in current.FindAll(TwoFactorSignInRequirement.AmrClaim))
        {
            if (!identity.HasClaim(claim.Type, claim.Value)) identity.AddClaim(new Claim(claim.Type, claim.Value));
        }
        return Task.CompletedTask;
    }
}
