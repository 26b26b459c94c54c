using Civitas.Platform.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;

namespace Civitas.Platform.Identity;

/// <summary>The person's preferred language: stored on the account, applied through the same culture
/// cookie as the language link in the header.</summary>
internal static class PreferredCulture
{
    /// <summary>"pl" or "en" for the current request.</summary>
    public static string Current => CivitasCultures.IsEnglish ? CivitasCultures.English : CivitasCultures.Polish;

    /// <summary>One of the supported cultures; anything else is Polish, the default.</summary>
    public static string Normalize(string? culture) => culture == CivitasCultures.English ? CivitasCultures.English : CivitasCultures.Polish;

    /// <summary>Sets the culture cookie for the next requests.</summary>
    public static void Apply(HttpResponse response, string culture, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(clock);
        response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(Normalize(culture))),
            new CookieOptions { Expires = clock.GetUtcNow().AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
    }

    /// <summary>After sign-in: the account's language, unless the person already chose one on this
    /// device (a choice made a moment ago wins over one stored months ago).</summary>
    public static void ApplyAfterSignIn(HttpContext http, string? preferred, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (preferred is null || http.Request.Cookies.ContainsKey(CookieRequestCultureProvider.DefaultCookieName)) return;
        Apply(http.Response, preferred, clock);
    }
}
