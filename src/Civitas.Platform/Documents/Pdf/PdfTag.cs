namespace Civitas.Platform.Documents.Pdf;

/// <summary>Structure types of the tagged PDF (ISO 32000-1 §14.8.4) that the layout emits.</summary>
internal enum PdfTag
{
    Heading1,
    Heading2,
    Heading3,
    Heading4,
    Paragraph,
    List,
    ListItem,
    Label,
    ListBody,
    Table,
    Caption,
    TableHead,
    TableBody,
    TableFoot,
    TableRow,
    TableHeaderCell,
    TableDataCell,
    Division,
}
