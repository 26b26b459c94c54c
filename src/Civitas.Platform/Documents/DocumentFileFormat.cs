namespace Civitas.Platform.Documents;

/// <summary>File formats a <see cref="DocumentModel"/> renders to.</summary>
public enum DocumentFileFormat
{
    /// <summary>Tagged PDF, A4, fonts embedded: for publication (BIP) and printing.</summary>
    Pdf,

    /// <summary>Word document: where officials must edit (contracts).</summary>
    Docx,
}
