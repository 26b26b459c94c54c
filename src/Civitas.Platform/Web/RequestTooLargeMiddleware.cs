using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace Civitas.Platform.Web;

/// <summary>
/// Answers a request body over the limits with a 413 that the status-code pages render in the
/// user's language, instead of an unhandled exception (a 500) or an antiforgery failure (a 400).
/// </summary>
/// <remarks>
/// A form post is read here, before anything else: the antiforgery check reads the form first and
/// turns every form-reading failure, the size limits included, into "invalid token" (a 400 that
/// tells the person to reload the page, which does not help). Reading it here costs nothing extra
/// (the form is buffered once and reused by antiforgery and model binding), and it runs after
/// routing and the rate limiter, so only a form for an existing endpoint from a client within its
/// limits is read. A body whose declared length is already over the limit is refused without
/// reading it. An endpoint with larger limits of its own ([RequestSizeLimit] and [RequestFormLimits],
/// e.g. the organisations' CSV import, which answers an oversized file next to its field) keeps them:
/// routing applies both to the request before this runs.
/// </remarks>
internal sealed class RequestTooLargeMiddleware(RequestDelegate next, IOptions<FormOptions> formOptions)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            // The error page itself, re-executed for the refused request: let it render.
            await next(context);
            return;
        }
        var request = context.Request;
        // Routing has already applied an endpoint's own limit ([RequestSizeLimit]) to the server's
        // feature; a server without the feature (the in-memory test server) gets it from the endpoint.
        var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize
            ?? context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize
            ?? formOptions.Value.MultipartBodyLengthLimit;
        if (request.ContentLength > limit)
        {
            Refuse(context);
            return;
        }
        if (request.HasFormContentType && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && context.GetEndpoint() is not null)
        {
            try
            {
                await request.ReadFormAsync(context.RequestAborted);
            }
            catch (InvalidDataException)
            {
                // The form reader's limits (a section or the whole multipart body over the limit,
                // too many fields) surface as InvalidDataException.
                Refuse(context);
                return;
            }
            catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                // Kestrel's MaxRequestBodySize, reached while reading a body sent without a length.
                Refuse(context);
                return;
            }
        }

        try
        {
            await next(context);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        }
    }

    private static void Refuse(HttpContext context)
    {
        // The refused form is dropped, so the re-executed error page does not try to read it again.
        context.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
    }
}
