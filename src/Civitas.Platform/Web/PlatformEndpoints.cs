using System.Globalization;
using System.Text;
using Civitas.Platform.Files;
using Civitas.Platform.Localization;
using Civitas.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;

namespace Civitas.Platform.Web;

internal static class PlatformEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/tenant", (ITenantContext tenant) =>
        {
            var t = tenant.Require();
            return Results.Json(new TenantDto(t.Name, t.Kind.ToString(), t.MunicipalityType?.ToString(), t.TerytCode, t.BipUrl, t.WebsiteUrl));
        }).WithName("GetTenant").WithTags("Tenant").Produces<TenantDto>();

        // Language and display preferences are GET links, not forms: they work without JavaScript
        // and keep anonymous pages free of antiforgery tokens, so those pages can be output-cached.
        app.MapGet("/jezyk/{culture}", (string culture, string? returnUrl, HttpContext http) =>
        {
            var c = culture == CivitasCultures.English ? CivitasCultures.English : CivitasCultures.Polish;
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(c)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            return Results.LocalRedirect(SafeReturnUrl(returnUrl));
        }).ExcludeFromDescription();

        app.MapGet("/preferencje", (string? contrast, string? text, string? returnUrl, HttpContext http) =>
        {
            var options = new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true };
            if (contrast is "high") http.Response.Cookies.Append(CookieNames.Contrast, "high", options);
            else if (contrast is "normal") http.Response.Cookies.Delete(CookieNames.Contrast);
            if (text is "large") http.Response.Cookies.Append(CookieNames.TextSize, "large", options);
            else if (text is "normal") http.Response.Cookies.Delete(CookieNames.TextSize);
            return Results.LocalRedirect(SafeReturnUrl(returnUrl));
        }).ExcludeFromDescription();

        app.MapGet("/pliki/{id:guid}", async (Guid id, HttpContext http, IFileStore store, IEnumerable<IFileAccessPolicy> policies, CancellationToken ct) =>
        {
            var file = await store.FindAsync(id, ct);
            if (file is null) return Results.NotFound();
            if (!file.IsPublic)
            {
                var policy = policies.FirstOrDefault(p => p.OwnerKinds.Contains(file.OwnerKind));
                if (policy is null || !await policy.CanReadAsync(http.User, file, ct))
                {
                    // Not found rather than forbidden: do not confirm that the file exists.
                    return http.User.Identity?.IsAuthenticated == true ? Results.NotFound() : Results.Challenge();
                }
            }
            var stream = await store.OpenReadAsync(id, ct);
            if (stream is null) return Results.NotFound();
            http.Response.Headers.CacheControl = file.IsPublic ? "public, max-age=3600" : "private, no-store";
            var inline = file.Kind is FileKind.Png or FileKind.Jpeg or FileKind.Pdf;
            return Results.File(stream, file.ContentType, inline ? null : file.FileName, enableRangeProcessing: true);
        }).ExcludeFromDescription();

        app.MapGet("/jst/motyw.css", (ITenantContext tenant, HttpContext http) =>
        {
            var t = tenant.Require();
            http.Response.Headers.CacheControl = "public, max-age=300";
            var css = new StringBuilder()
                .Append(":root{--brand:").Append(SafeColor(t.PrimaryColor, "#1d4e89"))
                .Append(";--accent:").Append(SafeColor(t.AccentColor, "#b3261e")).Append(";}")
                .ToString();
            return Results.Text(css, "text/css", Encoding.UTF8);
        }).ExcludeFromDescription();
    }

    internal static string SafeReturnUrl(string? returnUrl)
        => !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl : "/";

    private static string SafeColor(string value, string fallback)
        => value.Length == 7 && value[0] == '#' && int.TryParse(value.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out _) ? value : fallback;

    internal sealed record TenantDto(string Name, string Kind, string? MunicipalityType, string Teryt, string? BipUrl, string? WebsiteUrl);
}
