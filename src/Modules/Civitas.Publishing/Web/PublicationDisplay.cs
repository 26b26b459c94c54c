using System.Globalization;
using Civitas.Platform.Calendar;
using Civitas.Platform.Localization;

namespace Civitas.Publishing.Web;

/// <summary>How dates, titles and files of the register are shown to readers.</summary>
internal static class PublicationDisplay
{
    /// <summary>Europe/Warsaw wall-clock time in the reader's language ("12 marca 2026, 14:05").</summary>
    public static string Date(DateTimeOffset instant)
        => WarsawTime.ToLocal(instant).ToString("d MMMM yyyy, HH:mm", CultureInfo.CurrentCulture);

    /// <summary>The same instant for the <c>datetime</c> attribute of <c>&lt;time&gt;</c>.</summary>
    public static string Machine(DateTimeOffset instant)
        => TimeZoneInfo.ConvertTime(instant, WarsawTime.Zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>The English title for English readers when there is one, otherwise the Polish title.</summary>
    public static string Title(string title, string? titleEnglish)
        => CivitasCultures.IsEnglish && !string.IsNullOrWhiteSpace(titleEnglish) ? titleEnglish : title;

    /// <summary>The language of the title shown by <see cref="Title"/>, for its <c>lang</c> attribute
    /// when it differs from the page's (WCAG 3.1.2); null when it is the page's language.</summary>
    public static string? TitleLang(string? titleEnglish)
        => CivitasCultures.IsEnglish && string.IsNullOrWhiteSpace(titleEnglish) ? CivitasCultures.Polish : null;

    /// <summary>Content is published in Polish; on English pages it is marked as Polish.</summary>
    public static string? ContentLang => CivitasCultures.IsEnglish ? CivitasCultures.Polish : null;

    /// <summary>"PDF, 120 kB": the link says what the reader will download (WCAG 2.4.4).</summary>
    public static string FileFacts(string contentType, long length)
    {
        var type = contentType.ToLowerInvariant() switch
        {
            "application/pdf" => "PDF",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => "DOCX",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => "XLSX",
            "application/vnd.oasis.opendocument.text" => "ODT",
            "application/vnd.oasis.opendocument.spreadsheet" => "ODS",
            "image/png" => "PNG",
            "image/jpeg" => "JPG",
            "text/csv" => "CSV",
            "text/plain" => "TXT",
            _ => contentType,
        };
        var culture = CultureInfo.CurrentCulture;
        var size = length switch
        {
            < 1024 => length.ToString(culture) + " B",
            < 1024 * 1024 => Math.Max(1, (int)Math.Round(length / 1024.0)).ToString(culture) + " kB",
            _ => (length / (1024.0 * 1024.0)).ToString("0.#", culture) + " MB",
        };
        return $"{type}, {size}";
    }
}
