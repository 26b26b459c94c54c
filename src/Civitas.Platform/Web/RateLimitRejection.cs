using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Civitas.Platform.Web;

internal static class RateLimitRejection
{
    public static async ValueTask WriteAsync(HttpContext context, CancellationToken ct)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.RetryAfter = "60";
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        var html = english
            ? "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Too many attempts</title></head><body><main><h1>Too many attempts</h1><p>You have sent this form too many times in a short time. Wait a minute and try again. What you typed was not saved — use the browser's Back button to return to it.</p></main></body></html>"
            : "<!DOCTYPE html><html lang=\"pl\"><head><meta charset=\"utf-8\"><title>Zbyt wiele prób</title></head><body><main><h1>Zbyt wiele prób</h1><p>Ten formularz został wysłany zbyt wiele razy w krótkim czasie. Odczekaj minutę i spróbuj ponownie. Wpisane dane nie zostały zapisane — wróć do nich przyciskiem „Wstecz” przeglądarki.</p></main></body></html>";
        await context.Response.WriteAsync(html, ct);
    }
}
