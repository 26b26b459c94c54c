using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Civitas.Platform.Web;

/// <summary>Security headers on every response: a CSP without inline scripts or styles, no framing,
/// a strict referrer policy (ARCHITECTURE.md §6; OWASP secure headers).</summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<SecurityHeadersOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var o = options.Value;
        context.Response.OnStarting(() =>
        {
            var h = context.Response.Headers;
            var img = string.Join(' ', new[] { "'self'", "data:" }.Concat(o.ExtraImageSources));
            h.ContentSecurityPolicy = $"default-src 'self'; script-src 'self'; style-src 'self'; img-src {img}; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "strict-origin-when-cross-origin";
            h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            h["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
