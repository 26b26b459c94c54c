using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace Civitas.Platform.Identity;

/// <summary>
/// Checks codes from an authenticator app (TOTP, RFC 6238) against the injected
/// <see cref="TimeProvider"/>; Identity's own provider reads the system clock. One 30-second step
/// either side is accepted for clock drift and typing time (RFC 6238 §5.2 recommends at most one
/// step back).
/// </summary>
internal sealed class AuthenticatorTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<User>
{
    public const string Name = "CivitasAuthenticator";
    private const int StepSeconds = 30;

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<User> manager, User user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));
    }

    // The app computes the codes; the server never sends one.
    public Task<string> GenerateAsync(string purpose, UserManager<User> manager, User user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<User> manager, User user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        if (token is not { Length: 6 } || !token.All(char.IsAsciiDigit)) return false;
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || AuthenticatorKey.Decode(key) is not { Length: > 0 } secret) return false;
        var step = clock.GetUtcNow().ToUnixTimeSeconds() / StepSeconds;
        var given = Encoding.ASCII.GetBytes(token);
        var ok = false;
        for (var drift = -1; drift <= 1; drift++)
        {
            // Compare every candidate in constant time, so timing does not tell which step matched.
            ok |= CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(AuthenticatorKey.Code(secret, step + drift)), given);
        }
        return ok;
    }
}
