using System.Globalization;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Resources;
using Civitas.Platform.Ui;
using Civitas.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Civitas.Grants.Web.Competitions;

/// <summary>Open data on competitions: anonymous GETs, output-cached per tenant like the public pages.
/// Drafts and other tenants' competitions do not exist here.</summary>
internal sealed class CompetitionsApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/competitions").WithTags("Competitions").CacheOutput(AnonymousPageCachePolicy.Name);
        api.MapGet("", ListAsync)
            .WithName("ListCompetitions")
            .WithSummary("Announced competitions for offers (otwarte konkursy ofert), newest first")
            .WithDescription("status: open, evaluation, decided or cancelled. year: the year of the announcement. sphere: a point of art. 4 ust. 1 UDPP (e.g. 16). page: from 1. pageSize: 1–100 (default 20).")
            .Produces<CompetitionListResponse>()
            .ProducesValidationProblem();
        api.MapGet("/{id:guid}", DetailAsync)
            .WithName("GetCompetition")
            .WithSummary("A competition's announcement with every element of art. 13 ust. 2 UDPP, its versions and cancellation")
            .Produces<CompetitionDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(string? status, string? year, string? sphere, string? page, string? pageSize,
        CompetitionQueries queries, IStringLocalizer<CompetitionsText> text, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        PublicState? state = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (Enum.TryParse<PublicState>(status, true, out var s) && s != PublicState.Draft && Enum.IsDefined(s)) state = s;
            else errors["status"] = [text["Filter.StatusUnknown"]];
        }
        int? y = null;
        if (!string.IsNullOrWhiteSpace(year))
        {
            if (int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v is >= 2000 and <= 2200) y = v;
            else errors["year"] = [text["Filter.YearInvalid"]];
        }
        var p = Int(page, 1, 1, 100_000, "page", text["Api.PageInvalid"], errors);
        var size = Int(pageSize, 20, 1, PageNumbers.MaxPageSize, "pageSize", text["Api.PageSizeInvalid", PageNumbers.MaxPageSize], errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: text["Api.InvalidParameters"]);
        var list = await queries.PublicListAsync(new CompetitionQueries.Filter(state, y, string.IsNullOrWhiteSpace(sphere) ? null : sphere.Trim(), null), new PageNumbers(p, size), ct);
        var now = queries.Now;
        var items = list.Items.Select(r => new CompetitionListItem(r.Id, r.Number, r.Title, Code(r.State(now)), r.Year, r.OfferDeadline, r.Funds, r.Spheres, CompetitionUrls.Public(r.Id))).ToList();
        return TypedResults.Ok(new CompetitionListResponse(items, list.Total, list.Page, list.PageSize));
    }

    private static async Task<IResult> DetailAsync(Guid id, CompetitionQueries queries, IStringLocalizer<CompetitionsText> text, CancellationToken ct)
    {
        var c = await queries.PublicDetailAsync(id, ct);
        if (c is null) return TypedResults.Problem(title: text["Api.NotFound"], statusCode: StatusCodes.Status404NotFound);
        var now = queries.Now;
        return TypedResults.Ok(new CompetitionDetail(
            c.Id, c.Number, c.Title, Code(CompetitionQueries.Public(c.Status, c.OfferDeadline, now)), c.Year, c.DepartmentId,
            c.OfferDeadline, c.Tasks.Sum(t => t.Funds),
            c.Tasks.OrderBy(t => t.Order).Select(t => new CompetitionTaskDto(t.Id, t.Title, t.SphereCode, t.Funds, t.Form == TaskForm.Support ? "support" : "entrusting", t.Description)).ToList(),
            c.GrantRules, c.ImplementationFrom, c.ImplementationTo, c.ImplementationConditions, c.SelectionProcedure, c.SelectionDate,
            c.Criteria.OrderBy(k => k.Order).Select(k => new CompetitionCriterionDto(k.Id, k.Name, k.Statutory == StatutoryCriterion.Own ? null : (int)k.Statutory, k.MaxPoints, k.MinPoints)).ToList(),
            c.PriorTasks.OrderBy(p => p.Order).Select(p => new PriorTaskDto(p.Year, p.Name, p.TotalCost, p.GrantsToOrganisations)).ToList(),
            c.MinOwnContributionPercent, c.OwnContributionKind.ToString(), c.MaxAdminCostPercent, c.MaxGrantPerOffer, c.EligibleCostsFrom, c.EligibleCostsTo,
            c.JointOffersAllowed, c.EligibleLegalForms.Select(f => f.ToString()).ToList(),
            c.RequiredAttachments.OrderBy(a => a.Order).Select(a => a.Name).ToList(),
            new PublicationDatesDto(c.BipPublishedOn, c.NoticeBoardPublishedOn, c.WebsitePublishedOn),
            c.Versions.OrderBy(v => v.Number).Select(v => new AnnouncementVersionDto(v.Number, v.PublishedAt, v.PublishedByName, v.Reason,
                v.ChangedFields.Split(';', StringSplitOptions.RemoveEmptyEntries))).ToList(),
            c.Status == CompetitionStatus.Cancelled ? new CancellationDto(c.CancelledAt!.Value, c.CancellationReason!) : null,
            CompetitionUrls.Public(c.Id)));
    }

    private static string Code(PublicState state) => state.ToString().ToLowerInvariant();

    private static int Int(string? value, int fallback, int min, int max, string name, string message, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return fallback;
        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
        errors[name] = [message];
        return fallback;
    }
}
