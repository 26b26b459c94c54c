namespace Civitas.Platform.Documents.Exports;

internal enum ExportColumnKind
{
    Text,
    Number,
    Integer,
    Date,
    Timestamp,
}
