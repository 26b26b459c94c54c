using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Civitas.Platform.Identity;

/// <summary>Sets a new password. Bound to the security stamp, which changes with the password, so a
/// link works once (and stops working when the password is changed some other way).</summary>
internal sealed class PasswordResetTokenProvider(IDataProtectionProvider protection, TimeProvider clock) : LinkTokenProvider(protection, clock)
{
    public const string Name = "CivitasPasswordReset";

    /// <summary>Two hours: a reset link is a key to the account and should not lie in a mailbox for long.</summary>
    public static readonly TimeSpan Validity = TimeSpan.FromHours(2);

    public override TimeSpan Lifespan => Validity;

    protected override async Task<string> BindingAsync(UserManager<User> manager, User user)
        => await manager.GetSecurityStampAsync(user) ?? "";
}
