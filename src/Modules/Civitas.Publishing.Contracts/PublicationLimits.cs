namespace Civitas.Publishing.Contracts;

/// <summary>Largest accepted lengths (in characters) of the fields of <see cref="PublicationRequested"/>
/// and <see cref="PublicationWithdrawalRequested"/>; size your own inputs by them.</summary>
public static class PublicationLimits
{
    /// <summary><see cref="PublicationRequested.SourceModule"/>.</summary>
    public const int SourceModule = 50;

    /// <summary><see cref="PublicationRequested.SourceKey"/>.</summary>
    public const int SourceKey = 200;

    /// <summary><see cref="PublicationRequested.Title"/> and <see cref="PublicationRequested.TitleEnglish"/>.</summary>
    public const int Title = 500;

    /// <summary><see cref="PublicationRequested.Summary"/>.</summary>
    public const int Summary = 4000;

    /// <summary><see cref="PublicationRequested.Body"/>.</summary>
    public const int Body = 1_000_000;

    /// <summary><see cref="PublicationRequested.SourceUrl"/>.</summary>
    public const int SourceUrl = 500;

    /// <summary><see cref="PublicationPerson.Name"/>.</summary>
    public const int PersonName = 200;

    /// <summary><see cref="PublicationPerson.Function"/>.</summary>
    public const int PersonFunction = 300;

    /// <summary><see cref="PublicationRequested.ChangeReason"/> and <see cref="PublicationWithdrawalRequested.Reason"/>.</summary>
    public const int Reason = 2000;

    /// <summary><see cref="PublicationAttachment.Name"/>.</summary>
    public const int AttachmentName = 255;

    /// <summary>Each field of <see cref="PublicationRedaction"/>.</summary>
    public const int RedactionField = 1000;

    /// <summary>Number of attachments of one version.</summary>
    public const int Attachments = 50;

    /// <summary>Number of redactions of one version.</summary>
    public const int Redactions = 50;
}
