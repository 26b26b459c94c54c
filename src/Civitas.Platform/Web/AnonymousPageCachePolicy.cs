using Civitas.Platform.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Civitas.Platform.Web;

/// <summary>
/// Output cache for anonymous public pages: only GET/HEAD without a sign-in cookie, varied by host
/// (tenant), language and display preferences, tagged with the tenant so a change evicts it
/// (ARCHITECTURE.md §10). Pages cached this way must not contain POST forms (antiforgery tokens).
/// </summary>
public sealed class AnonymousPageCachePolicy : IOutputCachePolicy
{
    /// <summary>Policy name.</summary>
    public const string Name = "anonymous-page";

    /// <summary>The tag of a tenant's cached pages.</summary>
    public static string TenantTag(Guid tenantId) => $"tenant:{tenantId}";

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var anonymous = !request.Cookies.ContainsKey(CookieNames.Identity) && context.HttpContext.User.Identity?.IsAuthenticated != true;
        // A pending status message (TempData, after a Post-Redirect-Get) belongs to this reader only.
        var tempData = context.HttpContext.RequestServices.GetService(typeof(IOptions<CookieTempDataProviderOptions>)) as IOptions<CookieTempDataProviderOptions>;
        var hasMessage = tempData?.Value.Cookie.Name is { } tempDataCookie && request.Cookies.ContainsKey(tempDataCookie);
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && anonymous && !hasMessage;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(60);
        context.CacheVaryByRules.VaryByHost = true;
        context.CacheVaryByRules.QueryKeys = "*";
        var culture = request.Cookies[CookieRequestCultureProvider.DefaultCookieName] ?? "";
        var contrast = request.Cookies[CookieNames.Contrast] ?? "";
        var textSize = request.Cookies[CookieNames.TextSize] ?? "";
        context.CacheVaryByRules.VaryByValues["prefs"] = $"{culture}|{contrast}|{textSize}";
        var tenant = context.HttpContext.RequestServices.GetService(typeof(ITenantContext)) as ITenantContext;
        if (tenant?.TenantId is { } id) context.Tags.Add(TenantTag(id));
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // Never store a response that sets a cookie or is not a plain success.
        if (SetsACookie(context.HttpContext) || response.StatusCode != StatusCodes.Status200OK)
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// True when the response sets a cookie the browser would keep or change. The layout reads TempData
    /// (the status message), and the TempData provider then answers every request with a deletion of its
    /// cookie, even when the browser sent none: such a deletion changes nothing for the client, so it does
    /// not make an anonymous page uncacheable (the cached copy is captured before it is added, when the
    /// response starts).
    /// </summary>
    private static bool SetsACookie(HttpContext http)
    {
        foreach (var value in http.Response.Headers.SetCookie)
        {
            var noOpDeletion = SetCookieHeaderValue.TryParse(value, out var cookie)
                && cookie.Value.Length == 0
                && cookie.Expires is { } expires && expires < DateTimeOffset.UnixEpoch.AddDays(1)
                && !http.Request.Cookies.ContainsKey(cookie.Name.ToString());
            if (!noOpDeletion) return true;
        }
        return false;
    }
}
