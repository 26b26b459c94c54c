namespace Civitas.Organisations.Domain;

internal enum ImportStatus
{
    Uploaded = 1,
    Checked = 2,
    Imported = 3,
}
