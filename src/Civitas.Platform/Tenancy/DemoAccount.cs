namespace Civitas.Platform.Tenancy;

/// <summary>A demo account shown on the sign-in page in demo mode. Modules add their own (an NGO
/// representative, a committee member) through <c>IDemoAccountSource</c>.</summary>
public sealed record DemoAccount(string Email, string DisplayName, string RoleTextKey, int Order);
