using Civitas.Platform.Data;

namespace Civitas.Platform.Identity;

/// <summary>A department (wydział, biuro) of the JST's office; competitions and consultations belong to one.</summary>
public sealed class Department : ITenantOwned, IAudited, IConcurrencyVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public string Name { get; set; } = "";
    public string? ShortName { get; set; }
    public string? Email { get; set; }
    public bool IsActive { get; set; } = true;
    public int Version { get; set; }
}
