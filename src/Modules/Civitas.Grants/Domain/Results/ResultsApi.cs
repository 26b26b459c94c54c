using Civitas.Grants.Data;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Resources;
using Civitas.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Civitas.Platform.Ui;

namespace Civitas.Grants.Domain.Results;

/// <summary>An offer funded in the published results.</summary>
/// <param name="OfferId">Offer.</param>
/// <param name="ConfirmationNumber">Confirmation number of the decided revision.</param>
/// <param name="TaskId">Task of the competition.</param>
/// <param name="TaskTitle">Title of the task of the competition.</param>
/// <param name="OfferTitle">Title of the public task in the offer.</param>
/// <param name="Offerors">Offerors, the lead first.</param>
/// <param name="RequestedGrant">Grant requested, PLN.</param>
/// <param name="Amount">Grant awarded, PLN.</param>
internal sealed record FundedOfferDto(Guid OfferId, string ConfirmationNumber, Guid TaskId, string TaskTitle, string OfferTitle, IReadOnlyList<string> Offerors, decimal RequestedGrant, decimal Amount);

/// <summary>An offer not funded in the published results.</summary>
/// <param name="OfferId">Offer.</param>
/// <param name="ConfirmationNumber">Confirmation number of the decided revision.</param>
/// <param name="TaskId">Task of the competition.</param>
/// <param name="TaskTitle">Title of the task of the competition.</param>
/// <param name="OfferTitle">Title of the public task in the offer.</param>
/// <param name="Offerors">Offerors, the lead first.</param>
/// <param name="RequestedGrant">Grant requested, PLN.</param>
/// <param name="Reason">Why it was not funded.</param>
/// <param name="FormallyRejected">True when it was rejected in the formal check.</param>
internal sealed record NotFundedOfferDto(Guid OfferId, string ConfirmationNumber, Guid TaskId, string TaskTitle, string OfferTitle, IReadOnlyList<string> Offerors, decimal RequestedGrant, string Reason, bool FormallyRejected);

/// <summary>The published results of a competition (art. 15 ust. 2h UDPP).</summary>
/// <param name="CompetitionId">Competition.</param>
/// <param name="Number">Competition number.</param>
/// <param name="Title">Competition title.</param>
/// <param name="DecidedOn">Date of the decision.</param>
/// <param name="Signatory">Who signed it.</param>
/// <param name="SignatoryFunction">The signatory's function.</param>
/// <param name="PublishedAt">When the results were published (UTC).</param>
/// <param name="JustificationRequestsUntil">Last day (Warsaw) for requests for justification (art. 15 ust. 2j UDPP).</param>
/// <param name="TotalGranted">Sum of the grants, PLN.</param>
/// <param name="Funded">Offers funded.</param>
/// <param name="NotFunded">Offers not funded.</param>
internal sealed record CompetitionResultsDto(Guid CompetitionId, string Number, string Title, DateOnly DecidedOn, string Signatory, string SignatoryFunction,
    DateTimeOffset PublishedAt, DateOnly JustificationRequestsUntil, decimal TotalGranted, IReadOnlyList<FundedOfferDto> Funded, IReadOnlyList<NotFundedOfferDto> NotFunded);

/// <summary>The published results as open data; 404 until they are published.</summary>
internal sealed class ResultsApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/competitions/{id:guid}/results", GetAsync)
            .WithTags("Competitions")
            .CacheOutput(AnonymousPageCachePolicy.Name)
            .WithName("GetCompetitionResults")
            .WithSummary("The published results of a competition: offers funded with amounts and offers not funded with reasons (art. 15 ust. 2h UDPP)")
            .Produces<CompetitionResultsDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> GetAsync(Guid id, GrantsDb db, ResultsService results, IStringLocalizer<ResultsText> text, CancellationToken ct)
    {
        var view = await PublicResults.LoadAsync(db, results, id, ct);
        if (view is null) return TypedResults.Problem(title: text["Api.NotPublished"], statusCode: StatusCodes.Status404NotFound);
        var (c, d, period) = (view.Competition, view.Decision, view.Period);
        var tasks = c.Tasks.ToDictionary(t => t.Id, t => t.Title);
        var lines = d.Lines.OrderBy(l => l.Order).ToList();
        return TypedResults.Ok(new CompetitionResultsDto(c.Id, c.Number, c.Title, d.DecidedOn, d.SignatoryName, d.SignatoryFunction, d.PublishedAt!.Value, period.LastDay,
            lines.Where(l => l.Funded).Sum(l => l.Amount ?? 0m),
            lines.Where(l => l.Funded).Select(l => new FundedOfferDto(l.OfferId, l.ConfirmationNumber, l.TaskId, tasks.GetValueOrDefault(l.TaskId, ""), l.OfferTitle,
                l.Offerors.Select(o => o.Name).ToList(), l.RequestedGrant, l.Amount!.Value)).ToList(),
            lines.Where(l => !l.Funded).Select(l => new NotFundedOfferDto(l.OfferId, l.ConfirmationNumber, l.TaskId, tasks.GetValueOrDefault(l.TaskId, ""), l.OfferTitle,
                l.Offerors.Select(o => o.Name).ToList(), l.RequestedGrant, l.Reason, l.FormallyRejected)).ToList()));
    }
}

/// <summary>The published results of one competition as the public page and the API show them.</summary>
internal sealed record PublicResults(Competition Competition, CompetitionDecision Decision, Platform.Calendar.DeadlineResult Period, string Basis)
{
    public static async Task<PublicResults?> LoadAsync(GrantsDb db, ResultsService results, Guid competitionId, CancellationToken ct)
    {
        var competition = await db.Competitions.AsNoTracking().Include(c => c.Tasks)
            .FirstOrDefaultAsync(c => c.Id == competitionId && c.Status == CompetitionStatus.ResultsPublished, ct);
        if (competition is null) return null;
        var decision = await results.DecisionAsync(competitionId, tracked: false, ct);
        if (decision is null || !decision.IsPublished) return null;
        var (days, period) = await results.PeriodAsync(decision, ct);
        return new PublicResults(competition, decision, period, days.LegalBasis);
    }
}

/// <summary>A task's line of the results summary: how many offers were funded and with how much.</summary>
internal sealed record TaskResultSummary(CompetitionTask Task, int Funded, decimal Granted);

/// <summary>
/// One page of the published results as the public competition page shows them: the decision, a summary per task
/// counted in the database, and <see cref="PageSize"/> lines (funded first, then not funded, each in the decision's
/// order). A Warsaw-scale competition has thousands of offers: one page of them keeps the page readable with a
/// screen reader and cheap to serve; every line is on some page and the whole list is in the JSON API.
/// </summary>
internal sealed record PublicResultsPage(Competition Competition, CompetitionDecision Decision, Platform.Calendar.DeadlineResult Period, string Basis,
    IReadOnlyList<TaskResultSummary> Tasks, int FundedCount, int NotFundedCount, IReadOnlyList<DecisionLine> Lines, int Page, int PageCount)
{
    public const int PageSize = 100;

    public decimal Granted => Tasks.Sum(t => t.Granted);

    public static async Task<PublicResultsPage?> LoadAsync(GrantsDb db, ResultsService results, Guid competitionId, int? page, CancellationToken ct)
    {
        var competition = await db.Competitions.AsNoTracking().Include(c => c.Tasks)
            .FirstOrDefaultAsync(c => c.Id == competitionId && c.Status == CompetitionStatus.ResultsPublished, ct);
        if (competition is null) return null;
        var decision = await db.Decisions.AsNoTracking().FirstOrDefaultAsync(d => d.CompetitionId == competitionId, ct);
        if (decision is null || !decision.IsPublished) return null;
        var (days, period) = await results.PeriodAsync(decision, ct);
        var lines = db.DecisionLines.AsNoTracking().Where(l => l.DecisionId == decision.Id);
        var groups = await lines.GroupBy(l => new { l.TaskId, l.Funded })
            .Select(g => new { g.Key.TaskId, g.Key.Funded, Count = g.Count(), Granted = g.Sum(l => l.Amount ?? 0m) }).ToListAsync(ct);
        var tasks = competition.Tasks.OrderBy(t => t.Order).Select(t => new TaskResultSummary(t,
            groups.Where(g => g.TaskId == t.Id && g.Funded).Sum(g => g.Count),
            groups.Where(g => g.TaskId == t.Id && g.Funded).Sum(g => g.Granted))).ToList();
        var funded = groups.Where(g => g.Funded).Sum(g => g.Count);
        var notFunded = groups.Where(g => !g.Funded).Sum(g => g.Count);
        var (shown, pageCount) = PageNumbers.Within(page, funded + notFunded, PageSize);
        var rows = await lines.OrderByDescending(l => l.Funded).ThenBy(l => l.Order)
            .Skip((shown - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new PublicResultsPage(competition, decision, period, days.LegalBasis, tasks, funded, notFunded, rows, shown, pageCount);
    }
}
