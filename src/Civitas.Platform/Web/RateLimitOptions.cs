namespace Civitas.Platform.Web;

/// <summary>Configuration section "RateLimiting": POSTs per minute per client address.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Sign-in, registration, password reset.</summary>
    public int AccountPerMinute { get; set; } = 10;
    /// <summary>Every other public form.</summary>
    public int PublicFormPerMinute { get; set; } = 30;
}
