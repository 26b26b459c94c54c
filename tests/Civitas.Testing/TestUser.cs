namespace Civitas.Testing;

/// <summary>An account created for a test; <see cref="AuthenticatorKey"/> is set when TOTP is enabled.</summary>
public sealed record TestUser(Guid Id, string Email, string DisplayName, string Password, string? AuthenticatorKey);
