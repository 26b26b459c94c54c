using Microsoft.AspNetCore.Authorization;

namespace Civitas.Platform.Identity;

/// <summary>Officials and administrators must have signed in with a second factor (ARCHITECTURE.md §5).
/// A failure of this requirement sends the person to TOTP enrolment instead of "access denied".</summary>
internal sealed class TwoFactorSignInRequirement : AuthorizationHandler<TwoFactorSignInRequirement>, IAuthorizationRequirement
{
    public const string AmrClaim = "amr";
    public const string MfaValue = "mfa";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TwoFactorSignInRequirement requirement)
    {
        if (context.User.HasClaim(AmrClaim, MfaValue)) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
