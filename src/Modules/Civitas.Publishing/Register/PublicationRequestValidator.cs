using Civitas.Publishing.Contracts;

namespace Civitas.Publishing.Register;

/// <summary>Checks the shape of a request. A broken request is a bug of the sending module, not a user
/// error: it is reported as an exception, which leaves the outbox message with the error for an operator.</summary>
internal static class PublicationRequestValidator
{
    public static IReadOnlyList<string> Problems(PublicationRequested r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var problems = new List<string>();
        Required(problems, nameof(r.SourceModule), r.SourceModule, PublicationLimits.SourceModule);
        Required(problems, nameof(r.SourceKey), r.SourceKey, PublicationLimits.SourceKey);
        if (!Enum.IsDefined(r.Category)) problems.Add($"Category {r.Category} is not defined");
        Required(problems, nameof(r.Title), r.Title, PublicationLimits.Title);
        Optional(problems, nameof(r.TitleEnglish), r.TitleEnglish, PublicationLimits.Title);
        Optional(problems, nameof(r.Summary), r.Summary, PublicationLimits.Summary);
        Required(problems, nameof(r.Body), r.Body, PublicationLimits.Body);
        Optional(problems, nameof(r.SourceUrl), r.SourceUrl, PublicationLimits.SourceUrl);
        if (!string.IsNullOrWhiteSpace(r.SourceUrl) && !IsLocalUrl(r.SourceUrl))
        {
            problems.Add("SourceUrl must be a relative URL starting with a single '/'");
        }
        Person(problems, nameof(r.ResponsiblePerson), r.ResponsiblePerson);
        Person(problems, nameof(r.PublishedBy), r.PublishedBy);
        if (r.VisibleTo is { } to && to <= r.VisibleFrom) problems.Add("VisibleTo must be after VisibleFrom");
        Optional(problems, nameof(r.ChangeReason), r.ChangeReason, PublicationLimits.Reason);

        var attachments = r.Attachments ?? [];
        if (attachments.Count > PublicationLimits.Attachments) problems.Add($"At most {PublicationLimits.Attachments} attachments");
        foreach (var a in attachments)
        {
            if (a is null) { problems.Add("Attachments contains null"); continue; }
            if (a.FileId == Guid.Empty) problems.Add("Attachment FileId is empty");
            Required(problems, "Attachment.Name", a.Name, PublicationLimits.AttachmentName);
        }
        var redactions = r.Redactions ?? [];
        if (redactions.Count > PublicationLimits.Redactions) problems.Add($"At most {PublicationLimits.Redactions} redactions");
        foreach (var x in redactions)
        {
            if (x is null) { problems.Add("Redactions contains null"); continue; }
            Required(problems, "Redaction.Scope", x.Scope, PublicationLimits.RedactionField);
            Required(problems, "Redaction.LegalBasis", x.LegalBasis, PublicationLimits.RedactionField);
            Required(problems, "Redaction.DecidedBy", x.DecidedBy, PublicationLimits.RedactionField);
            Required(problems, "Redaction.ProtectedInterest", x.ProtectedInterest, PublicationLimits.RedactionField);
        }
        return problems;
    }

    public static IReadOnlyList<string> Problems(PublicationWithdrawalRequested r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var problems = new List<string>();
        Required(problems, nameof(r.SourceModule), r.SourceModule, PublicationLimits.SourceModule);
        Required(problems, nameof(r.SourceKey), r.SourceKey, PublicationLimits.SourceKey);
        Required(problems, nameof(r.Reason), r.Reason, PublicationLimits.Reason);
        Person(problems, nameof(r.WithdrawnBy), r.WithdrawnBy);
        return problems;
    }

    internal static bool IsLocalUrl(string url)
        => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
           && !url.Any(char.IsControl) && Uri.IsWellFormedUriString(url, UriKind.Relative);

    private static void Person(List<string> problems, string field, PublicationPerson? person)
    {
        if (person is null)
        {
            problems.Add($"{field} is required");
            return;
        }
        Required(problems, field + ".Name", person.Name, PublicationLimits.PersonName);
        Optional(problems, field + ".Function", person.Function, PublicationLimits.PersonFunction);
    }

    private static void Required(List<string> problems, string field, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) problems.Add($"{field} is required");
        else if (value.Trim().Length > max) problems.Add($"{field} is longer than {max} characters");
    }

    private static void Optional(List<string> problems, string field, string? value, int max)
    {
        if (value is not null && value.Trim().Length > max) problems.Add($"{field} is longer than {max} characters");
    }
}
