using System.Text.Json;
using Civitas.Platform.Data;
using Civitas.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Platform.Audit;

internal sealed class AuditLog(ITenantContext tenant, IActorContext actor, TimeProvider clock) : IAuditLog
{
    public void Record(DbContext db, string action, string entityType, string entityId, object? details = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var module = (db as ICivitasDb)?.Module ?? "platform";
        var who = actor.Current;
        db.Set<AuditEntry>().Add(new AuditEntry(tenant.TenantId, clock.GetUtcNow(), who.UserId, who.Name, module,
            action, entityType, entityId, details is null ? null : JsonSerializer.Serialize(details, AuditJson.Options)));
    }
}
