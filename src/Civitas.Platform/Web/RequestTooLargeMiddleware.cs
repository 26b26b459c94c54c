using Microsoft.AspNetCore.Http;

namespace Civitas.Platform.Web;

/// <summary>Turns Kestrel's "request body too large" into a 413 that the status-code pages render
/// in the user's language, instead of an unhandled exception (a 500).</summary>
internal sealed class RequestTooLargeMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        }
        catch (InvalidDataException) when (!context.Response.HasStarted && context.Request.HasFormContentType)
        {
            // Multipart limits (too many parts, a section over the limit) surface as InvalidDataException.
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        }
    }
}
