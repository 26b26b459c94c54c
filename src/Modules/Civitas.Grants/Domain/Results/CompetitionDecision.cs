using Civitas.Grants.Domain.Competitions;
using Civitas.Platform;
using Civitas.Platform.Calendar;
using Civitas.Platform.Data;

namespace Civitas.Grants.Domain.Results;

/// <summary>
/// The organ's decision on a competition's offers (art. 15 ust. 2h UDPP: the committee gives opinions, the organ
/// wykonawczy decides): per offer funded with an amount or not funded with the reason, the date and the
/// signatory. Recording it moves the competition to Decided; publishing moves it to ResultsPublished.
/// One decision per competition; it may be recorded again (replaced) until the results are published.
/// </summary>
internal sealed class CompetitionDecision : ITenantOwned, IAudited, IConcurrencyVersioned
{
    public const int NameMax = 200;
    public const int FunctionMax = 300;
    public const int ReasonMax = 2_000;

    private CompetitionDecision()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; set; }
    public Guid CompetitionId { get; private set; }
    public DateOnly DecidedOn { get; private set; }
    public string SignatoryName { get; private set; } = "";
    public string SignatoryFunction { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
    public Guid RecordedBy { get; private set; }
    public string RecordedByName { get; private set; } = "";
    public DateTimeOffset? PublishedAt { get; private set; }
    public Guid? PublishedBy { get; private set; }
    public string? PublishedByName { get; private set; }
    public int Version { get; set; }
    public List<DecisionLine> Lines { get; private set; } = [];

    public bool IsPublished => PublishedAt is not null;

    public static CompetitionDecision For(Guid competitionId) => new() { Id = Guid.CreateVersion7(), CompetitionId = competitionId };

    /// <summary>
    /// Records (or, before publication, re-records) the decision. Every formally accepted offer needs a choice:
    /// funded with an amount in whole grosze, above zero and not above the requested grant, or not funded with
    /// a reason; formally rejected offers are not funded with the formal reasons. The amounts funded per task
    /// may not exceed the task's funds (art. 13 ust. 2 pkt 2 UDPP: the announcement earmarks them). The decision
    /// date may be neither in the future nor before the offer deadline. Nothing changes on error.
    /// </summary>
    public Result Record(Competition competition, IReadOnlyList<DecisionCandidate> candidates, DecisionInput input, DateTimeOffset now, Guid by, string byName)
    {
        ArgumentNullException.ThrowIfNull(competition);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(input);
        if (competition.Id != CompetitionId) throw new InvalidOperationException("The decision belongs to another competition.");
        if (IsPublished || competition.Status == CompetitionStatus.ResultsPublished) return Result.Fail(new Error("Decision.AlreadyPublished"));
        // The committee's opinion precedes the decision (art. 15 ust. 2a UDPP); a decided competition may be re-decided before publication.
        if (competition.Status != CompetitionStatus.Evaluation && competition.Status != CompetitionStatus.Decided) return Result.Fail(new Error("Decision.WrongState"));

        var errors = new List<Error>();
        var today = WarsawTime.DateOf(now);
        if (input.DecidedOn is not { } decidedOn) errors.Add(new("Decision.DateRequired", "DecidedOn"));
        else if (decidedOn > today) errors.Add(new("Decision.DateInFuture", "DecidedOn", today));
        else if (competition.OfferDeadline is { } deadline && decidedOn < WarsawTime.DateOf(deadline)) errors.Add(new("Decision.DateBeforeDeadline", "DecidedOn", WarsawTime.DateOf(deadline)));
        var name = (input.SignatoryName ?? "").Trim();
        if (name.Length == 0) errors.Add(new("Decision.SignatoryRequired", "SignatoryName"));
        else if (name.Length > NameMax) errors.Add(new("Decision.TextTooLong", "SignatoryName", NameMax));
        var function = (input.SignatoryFunction ?? "").Trim();
        if (function.Length == 0) errors.Add(new("Decision.FunctionRequired", "SignatoryFunction"));
        else if (function.Length > FunctionMax) errors.Add(new("Decision.TextTooLong", "SignatoryFunction", FunctionMax));

        var unfinished = candidates.Where(c => c.Formal == FormalStanding.Pending).ToList();
        if (unfinished.Count > 0) errors.Add(new("Decision.FormalCheckUnfinished", null, string.Join(", ", unfinished.Select(c => c.ConfirmationNumber))));

        var lines = new List<DecisionLine>();
        var choices = input.Lines.GroupBy(l => l.OfferId).ToDictionary(g => g.Key, g => g.First());
        var decided = candidates.Where(c => c.Formal == FormalStanding.Accepted).OrderBy(c => c.Order).ToList();
        for (var i = 0; i < decided.Count; i++)
        {
            var c = decided[i];
            var field = $"Lines[{i}]";
            choices.TryGetValue(c.OfferId, out var choice);
            if (choice?.Funded is not { } funded)
            {
                errors.Add(new("Decision.ChoiceRequired", field + ".Funded", c.ConfirmationNumber));
                continue;
            }
            var reason = (choice.Reason ?? "").Trim();
            if (reason.Length > ReasonMax) errors.Add(new("Decision.TextTooLong", field + ".Reason", ReasonMax));
            if (funded)
            {
                if (choice.Amount is not { } amount) errors.Add(new("Decision.AmountRequired", field + ".Amount", c.ConfirmationNumber));
                else if (amount <= 0) errors.Add(new("Decision.AmountNotPositive", field + ".Amount", c.ConfirmationNumber));
                // Money is kept to the grosz (decimal(14,2)); more places would be lost silently.
                else if (decimal.Round(amount, 2, MidpointRounding.AwayFromZero) != amount) errors.Add(new("Decision.AmountPrecision", field + ".Amount", c.ConfirmationNumber));
                // The organ may grant less than requested, never more (the offer's cost calculation caps the grant).
                else if (amount > c.RequestedGrant) errors.Add(new("Decision.AmountAboveRequested", field + ".Amount", c.ConfirmationNumber, c.RequestedGrant));
                else lines.Add(DecisionLine.From(c, i, true, amount, reason));
            }
            else if (reason.Length == 0) errors.Add(new("Decision.ReasonRequired", field + ".Reason", c.ConfirmationNumber));
            else lines.Add(DecisionLine.From(c, i, false, null, reason));
        }

        // art. 13 ust. 2 pkt 2 UDPP: the announcement earmarks the funds of each task; the grants may not exceed them.
        foreach (var task in competition.Tasks.OrderBy(t => t.Order))
        {
            var taskLines = lines.Where(l => l.TaskId == task.Id && l.Funded).ToList();
            var sum = taskLines.Sum(l => l.Amount ?? 0m);
            if (sum > task.Funds) errors.Add(new("Decision.TaskFundsExceeded", $"Lines[{taskLines[^1].Order}].Amount", task.Title, sum, task.Funds, sum - task.Funds));
        }
        if (errors.Count > 0) return Result.From(errors);

        // Formally rejected offers are not funded, for the formal reasons already given.
        var order = decided.Count;
        foreach (var c in candidates.Where(c => c.Formal == FormalStanding.Rejected).OrderBy(c => c.Order))
        {
            lines.Add(DecisionLine.From(c, order++, false, null, c.FormalReasons ?? "", formallyRejected: true));
        }

        if (competition.Status == CompetitionStatus.Evaluation && !competition.MarkDecided().Succeeded) return Result.Fail(new Error("Decision.WrongState"));
        DecidedOn = input.DecidedOn!.Value;
        SignatoryName = name;
        SignatoryFunction = function;
        RecordedAt = now;
        RecordedBy = by;
        RecordedByName = byName;
        Lines.Clear();
        Lines.AddRange(lines);
        return Result.Ok();
    }

    /// <summary>Publishes the results (art. 15 ust. 2h UDPP: without delay after the decision). Only once.</summary>
    public Result Publish(Competition competition, DateTimeOffset now, Guid by, string byName)
    {
        ArgumentNullException.ThrowIfNull(competition);
        if (competition.Id != CompetitionId) throw new InvalidOperationException("The decision belongs to another competition.");
        if (IsPublished || competition.Status == CompetitionStatus.ResultsPublished) return Result.Fail(new Error("Decision.AlreadyPublished"));
        if (competition.Status != CompetitionStatus.Decided || Lines.Count == 0) return Result.Fail(new Error("Decision.NotDecided"));
        if (!competition.MarkResultsPublished().Succeeded) return Result.Fail(new Error("Decision.NotDecided"));
        PublishedAt = now;
        PublishedBy = by;
        PublishedByName = byName;
        return Result.Ok();
    }
}
