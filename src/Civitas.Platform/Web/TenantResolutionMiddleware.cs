using System.Net;
using Civitas.Platform.Tenancy;
using Microsoft.AspNetCore.Http;

namespace Civitas.Platform.Web;

/// <summary>Resolves the tenant from the host name. An unknown host gets a plain bilingual 404 that
/// names no tenant (nothing of any JST leaks to a host nobody configured).</summary>
internal sealed class TenantResolutionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ITenantStore store, ITenantContext tenant)
    {
        if (PlatformPaths.IsInfrastructure(context.Request.Path))
        {
            await next(context);
            return;
        }
        var found = await store.FindByHostAsync(context.Request.Host.Host, context.RequestAborted);
        if (found is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            var host = WebUtility.HtmlEncode(context.Request.Host.Host);
            await context.Response.WriteAsync($"""
                <!DOCTYPE html>
                <html lang="pl"><head><meta charset="utf-8"><title>Nieznany portal – Unknown portal</title>
                <meta name="viewport" content="width=device-width, initial-scale=1"></head>
                <body><main>
                <h1>Nieznany portal</h1>
                <p>Pod adresem <strong>{host}</strong> nie działa portal żadnej jednostki samorządu terytorialnego. Sprawdź adres strony.</p>
                <div lang="en"><h2>Unknown portal</h2>
                <p>No local government portal is served at <strong>{host}</strong>. Please check the address.</p></div>
                </main></body></html>
                """, context.RequestAborted);
            return;
        }
        tenant.Set(found);
        await next(context);
    }
}
