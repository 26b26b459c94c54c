using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Civitas.Platform.Identity;

/// <summary>
/// Tokens carried by links in e-mails (address confirmation, password reset): the creation time, the
/// account, the purpose and a binding value, protected with Data Protection. Like Identity's
/// <c>DataProtectorTokenProvider</c>, but it reads the injected <see cref="TimeProvider"/> and lets each
/// purpose choose what the token is bound to.
/// </summary>
internal abstract class LinkTokenProvider(IDataProtectionProvider protection, TimeProvider clock) : IUserTwoFactorTokenProvider<User>
{
    private readonly IDataProtector _protector = protection.CreateProtector("Civitas.Identity.LinkTokens");

    /// <summary>How long a link works.</summary>
    public abstract TimeSpan Lifespan { get; }

    /// <summary>The value that must be unchanged when the link is used.</summary>
    protected abstract Task<string> BindingAsync(UserManager<User> manager, User user);

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<User> manager, User user) => Task.FromResult(false);

    public async Task<string> GenerateAsync(string purpose, UserManager<User> manager, User user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        using var ms = new MemoryStream();
        await using (var w = new BinaryWriter(ms, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(clock.GetUtcNow().UtcTicks);
            w.Write(await manager.GetUserIdAsync(user));
            w.Write(purpose);
            w.Write(await BindingAsync(manager, user));
        }
        return Convert.ToBase64String(_protector.Protect(ms.ToArray()));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<User> manager, User user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        byte[] payload;
        try
        {
            payload = _protector.Unprotect(Convert.FromBase64String(token));
        }
        catch (Exception ex) when (ex is FormatException or CryptographicException)
        {
            return false;
        }
        try
        {
            using var r = new BinaryReader(new MemoryStream(payload), Encoding.UTF8);
            var created = new DateTimeOffset(r.ReadInt64(), TimeSpan.Zero);
            var userId = r.ReadString();
            var tokenPurpose = r.ReadString();
            var binding = r.ReadString();
            var now = clock.GetUtcNow();
            var expected = Encoding.UTF8.GetBytes(await BindingAsync(manager, user));
            // Only expiry is checked: a token made by another instance whose clock runs a little
            // ahead must still work.
            return created + Lifespan >= now
                && userId == await manager.GetUserIdAsync(user)
                && tokenPurpose == purpose
                && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(binding), expected);
        }
        catch (EndOfStreamException)
        {
            return false;
        }
    }
}
