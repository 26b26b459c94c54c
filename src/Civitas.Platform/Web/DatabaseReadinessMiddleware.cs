using Civitas.Platform.Data;
using Microsoft.AspNetCore.Http;

namespace Civitas.Platform.Web;

/// <summary>While the database is unreachable or still migrating, pages answer 503 with a short
/// bilingual message and Retry-After, instead of failing one by one.</summary>
internal sealed class DatabaseReadinessMiddleware(RequestDelegate next, DatabaseStatus status)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!status.IsReady && !PlatformPaths.IsInfrastructure(context.Request.Path))
        {
            // Give a starting app a moment before refusing, so the first request after start succeeds;
            // but once an attempt has failed the database is down, and holding every request for
            // seconds would only pile them up: answer at once.
            if (status.LastError is null)
            {
                try { await status.WaitUntilReadyAsync(context.RequestAborted).WaitAsync(TimeSpan.FromSeconds(10)); }
                catch (TimeoutException) { }
            }
            if (!status.IsReady)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = "30";
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync("""
                    <!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>Przerwa techniczna – Service unavailable</title></head>
                    <body><main><h1>Serwis chwilowo niedostępny</h1><p>Nie ma połączenia z bazą danych. Spróbuj ponownie za kilka minut.</p>
                    <div lang="en"><h2>Service temporarily unavailable</h2><p>The database cannot be reached. Please try again in a few minutes.</p></div>
                    </main></body></html>
                    """, context.RequestAborted);
                return;
            }
        }
        await next(context);
    }
}
