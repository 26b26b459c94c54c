using Civitas.Platform.Identity;
using Civitas.Platform.Outbox;
using Civitas.Platform.Tenancy;
using Civitas.Platform.Tests.Support;
using Civitas.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Platform.Tests.Outbox;

public abstract class OutboxDispatchTests(BackgroundAppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;
    private DeliveryLog Log => fixture.Log;

    /// <summary>Saves a department and the events in one SaveChanges, as a handler would.</summary>
    private Task SaveWithEventsAsync(TenantInfo tenant, string department, params object[] events)
        => App.InTenantAsync(tenant, async (db, sp) =>
        {
            var outbox = sp.GetRequiredService<IOutbox>();
            db.Departments.Add(new Department { Name = department });
            foreach (var e in events)
            {
                switch (e)
                {
                    case SomethingHappened s: outbox.Add(db, s); break;
                    case FlakyThingHappened f: outbox.Add(db, f); break;
                    default: throw new ArgumentException(e.GetType().Name);
                }
            }
            await db.SaveChangesAsync();
        });

    private Task<OutboxMessage> MessageAsync(Guid marker) => App.InTenantAsync(null, (db, _) =>
        db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Payload.Contains(marker.ToString())));

    [Fact]
    public async Task An_event_is_delivered_once_to_every_handler_in_its_tenant()
    {
        var tenant = await App.NewTenantAsync("Gmina Zdarzeń");
        var marker = Guid.NewGuid();
        await SaveWithEventsAsync(tenant, "Wydział Zdarzeń", new SomethingHappened(marker));

        await App.DispatchOutboxAsync();
        await App.DispatchOutboxAsync();

        var deliveries = Log.Deliveries.Where(d => d.Marker == marker).ToList();
        Assert.Equal([nameof(FirstHandler), nameof(SecondHandler)], deliveries.Select(d => d.Handler).Order(StringComparer.Ordinal));
        Assert.All(deliveries, d =>
        {
            Assert.Equal(tenant.Id, d.TenantId);
            Assert.Equal(1, d.Attempt);
        });
        var message = await MessageAsync(marker);
        Assert.NotNull(message.ProcessedAt);
        Assert.Equal(0, message.Attempts);
        Assert.Null(message.LockedBy);
        Assert.Equal(tenant.Id, message.TenantId);
    }

    [Fact]
    public async Task A_failing_handler_is_retried_later_with_backoff_and_the_message_records_the_error()
    {
        var tenant = await App.NewTenantAsync("Gmina Awaryjna");
        var marker = Guid.NewGuid();
        Log.FailuresLeft[marker] = 2;
        var start = App.AlignClock();
        await SaveWithEventsAsync(tenant, "Wydział Awarii", new FlakyThingHappened(marker));

        await App.DispatchOutboxAsync();
        var first = await MessageAsync(marker);
        Assert.Equal(1, first.Attempts);
        Assert.Contains("Serwer poczty nie odpowiada", first.LastError, StringComparison.Ordinal);
        Assert.Null(first.ProcessedAt);
        Assert.Null(first.LockedBy);
        Assert.Equal(start + TimeSpan.FromMinutes(1), first.AvailableAt);

        // Not before the back-off has passed.
        await App.DispatchOutboxAsync();
        App.Clock.Advance(TimeSpan.FromSeconds(59));
        await App.DispatchOutboxAsync();
        Assert.Equal(1, Log.Count(nameof(FlakyHandler), marker));

        App.Clock.Advance(TimeSpan.FromSeconds(1));
        await App.DispatchOutboxAsync();
        var second = await MessageAsync(marker);
        Assert.Equal(2, Log.Count(nameof(FlakyHandler), marker));
        Assert.Equal(2, second.Attempts);
        Assert.Equal(App.Clock.GetUtcNow() + TimeSpan.FromMinutes(2), second.AvailableAt);

        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await App.DispatchOutboxAsync();
        Assert.Equal(2, Log.Count(nameof(FlakyHandler), marker));

        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await App.DispatchOutboxAsync();
        var delivered = await MessageAsync(marker);
        Assert.Equal(3, Log.Count(nameof(FlakyHandler), marker));
        Assert.Equal([1, 2, 3], Log.Deliveries.Where(d => d.Marker == marker).Select(d => d.Attempt));
        Assert.Equal(App.Clock.GetUtcNow(), delivered.ProcessedAt);
        Assert.Equal(2, delivered.Attempts);

        App.Clock.Advance(TimeSpan.FromHours(2));
        await App.DispatchOutboxAsync();
        Assert.Equal(3, Log.Count(nameof(FlakyHandler), marker));
    }

    [Fact]
    public async Task An_event_whose_save_failed_is_never_delivered()
    {
        var tenant = await App.NewTenantAsync("Gmina Wycofana");
        await SaveWithEventsAsync(tenant, "Wydział Jedyny");
        var marker = Guid.NewGuid();

        // The same department name again violates the unique index: the whole save is rolled back.
        await Assert.ThrowsAsync<DbUpdateException>(() => SaveWithEventsAsync(tenant, "Wydział Jedyny", new SomethingHappened(marker)));
        await App.DispatchOutboxAsync();

        Assert.DoesNotContain(Log.Deliveries, d => d.Marker == marker);
        Assert.False(await App.InTenantAsync(null, (db, _) => db.OutboxMessages.AnyAsync(m => m.Payload.Contains(marker.ToString()))));
    }

    [Fact]
    public async Task Racing_dispatchers_deliver_every_message_exactly_once()
    {
        var tenant = await App.NewTenantAsync("Gmina Wyścigowa");
        var markers = Enumerable.Range(0, 90).Select(_ => Guid.NewGuid()).ToList();
        await SaveWithEventsAsync(tenant, "Wydział Wyścigów", [.. markers.Select(m => (object)new SomethingHappened(m, DelayMs: 5))]);

        var first = App.Services.GetRequiredService<OutboxDispatcher>();
        var second = ActivatorUtilities.CreateInstance<OutboxDispatcher>(App.Services);
        // Two instances (as two app servers would run) and two concurrent calls on each.
        var counts = await Task.WhenAll(
            Task.Run(() => first.DispatchPendingAsync(CancellationToken.None)),
            Task.Run(() => first.DispatchPendingAsync(CancellationToken.None)),
            Task.Run(() => second.DispatchPendingAsync(CancellationToken.None)),
            Task.Run(() => second.DispatchPendingAsync(CancellationToken.None)));

        Assert.Equal(markers.Count, counts.Sum());
        foreach (var marker in markers)
        {
            Assert.Equal(1, Log.Count(nameof(FirstHandler), marker));
            Assert.Equal(1, Log.Count(nameof(SecondHandler), marker));
        }
        var pending = await App.InTenantAsync(null, (db, _) => db.OutboxMessages.CountAsync(m => m.TenantId == tenant.Id && m.ProcessedAt == null));
        Assert.Equal(0, pending);
    }
}

public sealed class OutboxDispatchTests_Sqlite(SqliteBackgroundAppFixture f) : OutboxDispatchTests(f), IClassFixture<SqliteBackgroundAppFixture>;

public sealed class OutboxDispatchTests_Postgres(PostgresBackgroundAppFixture f) : OutboxDispatchTests(f), IClassFixture<PostgresBackgroundAppFixture>;
