using Civitas.Platform.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace Civitas.Platform.Web;

/// <summary>
/// Output cache for anonymous public pages: only GET/HEAD without a sign-in cookie, varied by host
/// (tenant), language and display preferences, tagged with the tenant so a change evicts it
/// (ARCHITECTURE.md §10). Pages cached this way must not contain POST forms (antiforgery tokens).
/// A request carrying a status message (TempData) and a response setting a cookie bypass the cache.
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
        // A visitor coming back from a form (Post-Redirect-Get) carries the status message in the
        // TempData cookie; the cached page would not show it.
        var messageWaiting = request.Cookies.ContainsKey(CookieTempDataProvider.CookieName);
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && anonymous && !messageWaiting;
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
        if (!StringValues.IsNullOrEmpty(response.Headers.SetCookie) || response.StatusCode != StatusCodes.Status200OK)
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }
}
