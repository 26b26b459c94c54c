namespace Civitas.Platform.Data;

/// <summary>An ASP.NET Core data-protection key stored in the database, so that several app instances
/// on PostgreSQL share cookies and antiforgery tokens (ARCHITECTURE.md §10).</summary>
internal sealed class DataProtectionKey
{
    public int Id { get; set; }
    public string? FriendlyName { get; set; }
    public string Xml { get; set; } = "";
}
