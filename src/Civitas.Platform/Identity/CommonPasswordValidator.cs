using Microsoft.AspNetCore.Identity;

namespace Civitas.Platform.Identity;

/// <summary>Refuses passwords built on the patterns that top every breach list ("password",
/// "qwerty", "123456", the site's own name…) and passwords containing the e-mail's local part
/// (NIST SP 800-63B §5.1.1.2: check against commonly used and compromised values).</summary>
internal sealed class CommonPasswordValidator : IPasswordValidator<User>
{
    private static readonly string[] Patterns =
    [
        "password", "passw0rd", "haslo", "hasło", "qwerty", "qwertz", "azerty", "asdfgh", "zxcvbn", "123456", "654321",
        "111111", "000000", "abc123", "iloveyou", "admin", "welcome", "letmein", "monkey", "dragon", "football",
        "polska", "civitas", "zaq12wsx", "1qaz2wsx", "kochanie", "marcin", "bartek", "misiek", "123qwe", "qazwsx",
    ];

    public Task<IdentityResult> ValidateAsync(UserManager<User> manager, User user, string? password)
    {
        ArgumentNullException.ThrowIfNull(manager);
        if (string.IsNullOrEmpty(password)) return Task.FromResult(IdentityResult.Success);
        var lower = password.ToLowerInvariant();
        var local = (user?.Email ?? "").Split('@')[0].ToLowerInvariant();
        var common = Patterns.Any(p => lower.Contains(p, StringComparison.Ordinal))
            || (local.Length >= 4 && lower.Contains(local, StringComparison.Ordinal))
            || lower.Distinct().Count() <= 2;
        return Task.FromResult(common
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordTooCommon", Description = manager.ErrorDescriber is LocalizedIdentityErrorDescriber d ? d.PasswordTooCommon() : "Password too common." })
            : IdentityResult.Success);
    }
}
