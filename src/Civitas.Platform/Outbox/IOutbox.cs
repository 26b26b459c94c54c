using Microsoft.EntityFrameworkCore;

namespace Civitas.Platform.Outbox;

/// <summary>Writes an event to the outbox of the given context; it is committed with the caller's change.</summary>
public interface IOutbox
{
    /// <summary>Adds <paramref name="event"/> to <paramref name="db"/>; delivered after <c>SaveChanges</c>.</summary>
    void Add<TEvent>(DbContext db, TEvent @event) where TEvent : notnull;
}
