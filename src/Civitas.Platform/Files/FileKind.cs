namespace Civitas.Platform.Files;

/// <summary>File types accepted for upload, detected from the content, not the name.</summary>
public enum FileKind
{
    /// <summary>Unrecognised content.</summary>
    Unknown = 0,
    /// <summary>PDF document.</summary>
    Pdf = 1,
    /// <summary>Word document (Office Open XML).</summary>
    Docx = 2,
    /// <summary>OpenDocument text.</summary>
    Odt = 3,
    /// <summary>Excel workbook (Office Open XML).</summary>
    Xlsx = 4,
    /// <summary>JPEG image.</summary>
    Jpeg = 5,
    /// <summary>PNG image.</summary>
    Png = 6,
    /// <summary>CSV or other plain text.</summary>
    Csv = 7,
}
