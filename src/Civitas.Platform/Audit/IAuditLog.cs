using Microsoft.EntityFrameworkCore;

namespace Civitas.Platform.Audit;

/// <summary>Records actions that are not plain entity changes (a committee member opening an offer,
/// a download, a sign-in). The entry is saved with the caller's next <c>SaveChanges</c>.</summary>
public interface IAuditLog
{
    /// <summary>Adds an entry to <paramref name="db"/>'s change tracker.</summary>
    void Record(DbContext db, string action, string entityType, string entityId, object? details = null);
}
