using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Civitas.Platform.Identity;

/// <summary>Confirms an e-mail address. Bound to the address itself, not to the security stamp:
/// the link is created before the account is saved (so that the mail is queued in the same
/// transaction), and creating the account sets a new stamp.</summary>
internal sealed class EmailConfirmationTokenProvider(IDataProtectionProvider protection, TimeProvider clock) : LinkTokenProvider(protection, clock)
{
    public const string Name = "CivitasEmailConfirmation";

    /// <summary>Two days: long enough for a weekend, well inside the 7 days after which an
    /// unconfirmed account is deleted.</summary>
    public static readonly TimeSpan Validity = TimeSpan.FromHours(48);

    public override TimeSpan Lifespan => Validity;

    protected override async Task<string> BindingAsync(UserManager<User> manager, User user)
        => (await manager.GetEmailAsync(user) ?? "").ToUpperInvariant();
}
