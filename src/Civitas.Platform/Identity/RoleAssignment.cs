using Civitas.Platform.Data;

namespace Civitas.Platform.Identity;

/// <summary>A person's role in one tenant; officials belong to a department.</summary>
public sealed class RoleAssignment : ITenantOwned, IAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public Guid UserId { get; set; }
    public TenantRole Role { get; set; }
    public Guid? DepartmentId { get; set; }
    public DateTimeOffset AssignedAt { get; set; }
}
