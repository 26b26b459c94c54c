using System.Text.Json;
using Civitas.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Platform.Outbox;

internal sealed class Outbox(ITenantContext tenant, TimeProvider clock) : IOutbox
{
    public void Add<TEvent>(DbContext db, TEvent @event) where TEvent : notnull
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Set<OutboxMessage>().Add(new OutboxMessage(tenant.TenantId, OutboxTypeName.Of(typeof(TEvent)),
            JsonSerializer.Serialize(@event, OutboxJson.Options), clock.GetUtcNow()));
    }
}
