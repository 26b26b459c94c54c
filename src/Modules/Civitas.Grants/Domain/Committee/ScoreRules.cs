using Civitas.Grants.Domain.Competitions;
using Civitas.Platform;

namespace Civitas.Grants.Domain.Committee;

/// <summary>
/// What a score must be: points between 0 and the criterion's maximum in steps of one tenth (the announcement
/// sets whole maxima; a tenth lets a member grade between whole points, and more precision would only make the
/// averages look more exact than the judgement behind them), and a justification for every criterion (the
/// protocol and an answer to a request for reasons, art. 15 ust. 2j UDPP, need the grounds of each score).
/// </summary>
internal static class ScoreRules
{
    /// <summary>Checks the whole sheet of one offer; the field of each error is "Scores[i].Points" or "Scores[i].Justification"
    /// with i the criterion's position in <paramref name="criteria"/>.</summary>
    public static IReadOnlyList<Error> Check(IReadOnlyList<CompetitionCriterion> criteria, IReadOnlyList<ScoreInput> scores)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(scores);
        var errors = new List<Error>();
        for (var i = 0; i < criteria.Count; i++)
        {
            var criterion = criteria[i];
            var input = scores.FirstOrDefault(s => s.CriterionId == criterion.Id);
            var p = $"Scores[{i}]";
            if (input?.Points is not { } points) errors.Add(new("Committee.PointsRequired", p + ".Points", criterion.Name));
            else if (points < 0 || points > criterion.MaxPoints) errors.Add(new("Committee.PointsOutOfRange", p + ".Points", criterion.Name, criterion.MaxPoints));
            else if (decimal.Round(points, 1) != points) errors.Add(new("Committee.PointsPrecision", p + ".Points", criterion.Name));
            var justification = (input?.Justification ?? "").Trim();
            if (justification.Length == 0) errors.Add(new("Committee.JustificationRequired", p + ".Justification", criterion.Name));
            else if (justification.Length > CommitteeScore.JustificationMax) errors.Add(new("Committee.TextTooLong", p + ".Justification", CommitteeScore.JustificationMax));
        }
        if (scores.Any(s => criteria.All(c => c.Id != s.CriterionId))) errors.Add(new("Committee.CriterionUnknown"));
        return errors;
    }

    /// <summary>A proposed grant: not negative, in whole grosze, at most the requested grant, and the task's
    /// proposals together within the funds earmarked for it (art. 13 ust. 2 pkt 2 UDPP).</summary>
    public static IReadOnlyList<Error> CheckProposal(decimal amount, decimal requested, decimal otherProposalsInTask, decimal taskFunds, string field)
    {
        var errors = new List<Error>();
        if (amount < 0) errors.Add(new("Committee.AmountNegative", field));
        else if (decimal.Round(amount, 2) != amount) errors.Add(new("Committee.AmountPrecision", field));
        else if (amount > requested) errors.Add(new("Committee.AmountAboveRequested", field, requested));
        else if (otherProposalsInTask + amount > taskFunds) errors.Add(new("Committee.AmountAboveFunds", field, taskFunds - otherProposalsInTask));
        return errors;
    }
}
