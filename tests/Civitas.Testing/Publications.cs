using Civitas.Platform.Data;
using Civitas.Platform.Outbox;
using Civitas.Platform.Tenancy;
using Civitas.Publishing.Contracts;
using Civitas.Publishing.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Testing;

/// <summary>The outcome of delivering one outbox message.</summary>
public sealed record OutboxOutcome(bool Processed, int Attempts, string? LastError);

/// <summary>Publishes into the register the way a module does: the event is written to an outbox in a
/// SaveChanges of a module context, then delivered by the real dispatcher.</summary>
public static class Publications
{
    public const string TestModule = "tests";

    /// <summary>A valid request with test defaults (change what a test needs with <c>with { … }</c>).</summary>
    public static PublicationRequested Request(string sourceKey, string title, DateTimeOffset now,
        PublicationCategory category = PublicationCategory.Announcement, DateTimeOffset? visibleTo = null, string? reason = null, string body = "Treść ogłoszenia.")
        => new(TestModule, sourceKey, category, title, null, null, body, null, [],
            new PublicationPerson("Jan Urzędnik", "Naczelnik Wydziału Współpracy z Organizacjami Pozarządowymi"),
            new PublicationPerson("Ewa Redaktorka", "inspektor"),
            now.AddDays(-1), now, now, visibleTo, reason, []);

    /// <summary>Writes <paramref name="event"/> to the outbox inside <paramref name="tenant"/>; returns the message id.</summary>
    public static Task<Guid> WriteToOutboxAsync<TEvent>(this CivitasAppFactory app, TenantInfo tenant, TEvent @event) where TEvent : notnull
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.WithScopeAsync(async sp =>
        {
            sp.GetRequiredService<ITenantContext>().Set(tenant);
            // Any module context maps the shared outbox table; the register's own context stands in
            // for the module that publishes.
            var db = sp.GetRequiredService<PublishingDb>();
            sp.GetRequiredService<IOutbox>().Add(db, @event);
            var message = db.ChangeTracker.Entries<OutboxMessage>().Single(e => e.State == EntityState.Added).Entity;
            await db.SaveChangesAsync();
            return message.Id;
        });
    }

    /// <summary>Runs the dispatcher until the message was handled or has failed (the background worker
    /// may claim it first, so this polls the message instead of trusting one dispatch).</summary>
    public static async Task<OutboxOutcome> DeliverAsync(this CivitasAppFactory app, Guid messageId)
    {
        ArgumentNullException.ThrowIfNull(app);
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            await app.DispatchOutboxAsync();
            var row = await app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDb>().OutboxMessages.AsNoTracking()
                .Where(m => m.Id == messageId).Select(m => new { m.ProcessedAt, m.Attempts, m.LastError }).SingleAsync());
            if (row.ProcessedAt is not null || row.Attempts > 0) return new OutboxOutcome(row.ProcessedAt is not null, row.Attempts, row.LastError);
            if (DateTime.UtcNow > until) throw new TimeoutException($"Outbox message {messageId} was not delivered in 30 s.");
            await Task.Delay(50);
        }
    }

    /// <summary>Publishes through the outbox, fails the test if the delivery failed, returns the entry id.</summary>
    public static async Task<Guid> PublishAsync(this CivitasAppFactory app, TenantInfo tenant, PublicationRequested request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var outcome = await app.DeliverAsync(await app.WriteToOutboxAsync(tenant, request));
        if (!outcome.Processed) throw new Xunit.Sdk.XunitException($"Publication of {request.SourceKey} failed: {outcome.LastError}");
        return await app.PublicationIdAsync(tenant, request.SourceModule, request.SourceKey)
            ?? throw new Xunit.Sdk.XunitException($"{request.SourceKey} is not in the register.");
    }

    /// <summary>The entry id of a source key in <paramref name="tenant"/>'s register, or null.</summary>
    public static Task<Guid?> PublicationIdAsync(this CivitasAppFactory app, TenantInfo tenant, string sourceModule, string sourceKey)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.WithScopeAsync(async sp =>
        {
            sp.GetRequiredService<ITenantContext>().Set(tenant);
            return await sp.GetRequiredService<PublishingDb>().Publications.AsNoTracking()
                .Where(p => p.SourceModule == sourceModule && p.SourceKey == sourceKey).Select(p => (Guid?)p.Id).FirstOrDefaultAsync();
        });
    }
}
