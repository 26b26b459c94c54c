namespace Civitas.Platform.Web;

/// <summary>Cookie names used across the platform.</summary>
public static class CookieNames
{
    /// <summary>The sign-in cookie.</summary>
    public const string Identity = ".Civitas.Identity";
    /// <summary>High-contrast preference ("high").</summary>
    public const string Contrast = "civitas-contrast";
    /// <summary>Text-size preference ("large").</summary>
    public const string TextSize = "civitas-text";
}
