using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace Civitas.Platform.Identity;

/// <summary>
/// Checks codes from an authenticator app (TOTP, RFC 6238) against the injected
/// <see cref="TimeProvider"/>; Identity's own provider reads the system clock. One 30-second step
/// either side is accepted for clock drift and typing time (RFC 6238 §5.2 recommends at most one
/// step back). A code is accepted once: the step it matched is remembered, and that step or an
/// earlier one is refused afterwards (RFC 6238 §5.2), so a code read over someone's shoulder or
/// replayed from a captured request is useless.
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
        long? matched = null;
        for (var drift = -1; drift <= 1; drift++)
        {
            // Compare every candidate in constant time, so timing does not tell which step matched.
            if (CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(AuthenticatorKey.Code(secret, step + drift)), given))
            {
                matched = step + drift;
            }
        }
        if (matched is null) return false;
        var last = await manager.GetAuthenticationTokenAsync(user, LoginProvider, LastStepToken);
        if (long.TryParse(last, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var lastStep) && matched <= lastStep)
        {
            return false;
        }
        await manager.SetAuthenticationTokenAsync(user, LoginProvider, LastStepToken, matched.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return true;
    }

    private const string LoginProvider = "[Civitas]";
    private const string LastStepToken = "LastTotpStep";
}
