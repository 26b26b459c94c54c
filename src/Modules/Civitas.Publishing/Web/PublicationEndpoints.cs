using System.Globalization;
using Civitas.Platform.Markdown;
using Civitas.Platform.Tenancy;
using Civitas.Platform.Ui;
using Civitas.Platform.Web;
using Civitas.Publishing.Contracts;
using Civitas.Publishing.Domain;
using Civitas.Publishing.Queries;
using Civitas.Publishing.Resources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Civitas.Publishing.Web;

/// <summary>The Atom feed and the JSON API of the register. Anonymous GETs, output-cached per tenant and
/// evicted when the register changes. Bad parameters get a 400 naming the parameter and what is expected.</summary>
internal sealed class PublicationEndpoints : IEndpointContributor
{
    public const int DefaultPageSize = 20;

    public void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PublicationUrls.Feed, FeedAsync)
            .CacheOutput(AnonymousPageCachePolicy.Name)
            .ExcludeFromDescription();

        var api = endpoints.MapGroup("/api/v1/publications").WithTags("Publications").CacheOutput(AnonymousPageCachePolicy.Name);
        api.MapGet("", ListAsync)
            .WithName("ListPublications")
            .WithSummary("Entries of the register of public information shown now")
            .WithDescription("Most recently changed first. category: a category code (announcement, correction, results, cancellation, small-grant-offer, report, programme, consultation-report, other). since: ISO 8601 instant; only entries changed at or after it. page: from 1. pageSize: 1–100 (default 20).")
            .Produces<PublicationListResponse>()
            .ProducesValidationProblem();
        api.MapGet("/{id:guid}", DetailAsync)
            .WithName("GetPublication")
            .WithSummary("An entry with its metadata, versions (change register) and redactions")
            .Produces<PublicationDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> FeedAsync(
        [FromQuery(Name = RegisterFilterParser.CategoryField)] string? category,
        HttpContext http, PublicationQueries queries, ITenantContext tenant, IMarkdownRenderer markdown, IStringLocalizer<PublishingText> text, CancellationToken ct)
    {
        PublicationCategory? filter = null;
        if (!string.IsNullOrWhiteSpace(category))
        {
            if (!PublicationCategoryCodes.TryParse(category, out var c))
            {
                return Results.Text(text["Feed.CategoryUnknown", category, string.Join(", ", PublicationCategoryCodes.All.Select(PublicationCategoryCodes.Code))],
                    "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            }
            filter = c;
        }
        var items = await queries.FeedAsync(filter, ct);
        var request = http.Request;
        var origin = $"{request.Scheme}://{request.Host}";
        var self = origin + PublicationUrls.Feed + (filter is { } f ? "?kategoria=" + PublicationCategoryCodes.Code(f) : "");
        var feed = new FeedContext(tenant.Require().Name, origin, request.Host.Host, self, queries.Now);
        return Results.Bytes(AtomFeedWriter.Write(feed, items, markdown, text), AtomFeedWriter.ContentType);
    }

    private static async Task<IResult> ListAsync(
        string? category, string? since, string? page, string? pageSize,
        HttpContext http, PublicationQueries queries, ITenantContext tenant, IMarkdownRenderer markdown, IStringLocalizer<PublishingText> text, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        PublicationCategory? categoryFilter = null;
        if (!string.IsNullOrWhiteSpace(category))
        {
            if (PublicationCategoryCodes.TryParse(category, out var c)) categoryFilter = c;
            else errors["category"] = [text["Api.CategoryUnknown", string.Join(", ", PublicationCategoryCodes.All.Select(PublicationCategoryCodes.Code))]];
        }
        DateTimeOffset? sinceFilter = null;
        if (!string.IsNullOrWhiteSpace(since))
        {
            if (DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var s)) sinceFilter = s;
            else errors["since"] = [text["Api.SinceInvalid"]];
        }
        var pageNumber = ParseInt(page, 1, 1, 100_000, "page", text["Api.PageInvalid"], errors);
        var size = ParseInt(pageSize, DefaultPageSize, 1, PageNumbers.MaxPageSize, "pageSize", text["Api.PageSizeInvalid", PageNumbers.MaxPageSize], errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: text["Api.InvalidParameters"]);

        var result = await queries.ApiListAsync(categoryFilter, sinceFilter, new PageNumbers(pageNumber, size), ct);
        var origin = $"{http.Request.Scheme}://{http.Request.Host}";
        var publisher = tenant.Require().Name;
        var items = result.Items.Select(i => new PublicationListItem(
            i.Id, PublicationCategoryCodes.Code(i.Category), text[PublicationCategoryCodes.TextKey(i.Category)], i.Title, i.TitleEnglish,
            string.IsNullOrWhiteSpace(i.Summary) ? null : markdown.ToPlainText(i.Summary),
            origin + PublicationUrls.Entry(i.Id), i.FirstPublishedAt, i.UpdatedAt, i.VisibleFrom, i.VisibleTo,
            new PublicationMetadata(publisher, Person(i.Responsible), i.ProducedAt, Person(i.FirstPublishedBy), i.FirstPublishedAt,
                i.VersionCount > 1 ? Person(i.CurrentPublishedBy) : null, i.VersionCount > 1 ? i.UpdatedAt : null),
            i.VersionCount)).ToList();
        return TypedResults.Ok(new PublicationListResponse(items, result.Total, result.Page, result.PageSize));
    }

    private static async Task<IResult> DetailAsync(
        Guid id, HttpContext http, PublicationQueries queries, ITenantContext tenant, IMarkdownRenderer markdown, IStringLocalizer<PublishingText> text, CancellationToken ct)
    {
        var entry = await queries.EntryAsync(id, null, publicOnly: true, ct);
        // A problem body, so the status-code pages do not turn the API's 404 into an HTML page.
        if (entry is null) return TypedResults.Problem(title: text["Api.NotFound"], statusCode: StatusCodes.Status404NotFound);
        var origin = $"{http.Request.Scheme}://{http.Request.Host}";
        var v = entry.Shown;
        var first = entry.Changes[0];
        var content = entry.ContentPublic;
        var detail = new PublicationDetail(
            entry.Id, PublicationCategoryCodes.Code(v.Category), text[PublicationCategoryCodes.TextKey(v.Category)], StateCode(entry.State),
            v.Title, v.TitleEnglish,
            content && !string.IsNullOrWhiteSpace(v.Summary) ? markdown.ToPlainText(v.Summary) : null,
            content ? v.Body : null,
            content ? markdown.RenderToString(v.Body) : null,
            origin + PublicationUrls.Entry(entry.Id),
            content && v.SourceUrl is not null ? origin + v.SourceUrl : null,
            entry.FirstPublishedAt, entry.UpdatedAt, v.VisibleFrom, v.VisibleTo,
            new PublicationMetadata(tenant.Require().Name, Person(v.Responsible), v.ProducedAt, new PublicationPersonDto(first.ByName, first.ByFunction),
                entry.FirstPublishedAt, v.Number > 1 ? Person(v.PublishedBy) : null, v.Number > 1 ? v.PublishedAt : null),
            entry.VersionCount,
            content ? v.Attachments.Select(a => new PublicationAttachmentDto(a.FileId, a.Name, a.ContentType, a.Length, $"{origin}/pliki/{a.FileId}")).ToList() : [],
            v.Redactions.Select(r => new PublicationRedactionDto(r.Scope, r.LegalBasis, r.DecidedBy, r.ProtectedInterest)).ToList(),
            entry.Changes.Select(c => new PublicationVersionDto(c.Number, c.PublishedAt, new PublicationPersonDto(c.ByName, c.ByFunction), c.Reason,
                origin + PublicationUrls.Version(entry.Id, c.Number))).ToList(),
            entry.Withdrawal is { } w ? new PublicationWithdrawalDto(w.At, new PublicationPersonDto(w.ByName, w.ByFunction), w.Reason) : null);
        return TypedResults.Ok(detail);
    }

    internal static string StateCode(PublicationState state) => state switch
    {
        PublicationState.Scheduled => "scheduled",
        PublicationState.Visible => "visible",
        PublicationState.Expired => "expired",
        _ => "withdrawn",
    };

    private static PublicationPersonDto Person(PersonView p) => new(p.Name, p.Function);

    private static int ParseInt(string? value, int fallback, int min, int max, string name, string message, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return fallback;
        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
        errors[name] = [message];
        return fallback;
    }
}
