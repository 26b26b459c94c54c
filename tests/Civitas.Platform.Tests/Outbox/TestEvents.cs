using System.Collections.Concurrent;
using Civitas.Platform.Outbox;
using Civitas.Platform.Scheduling;
using Civitas.Platform.Tenancy;

namespace Civitas.Platform.Tests.Outbox;

/// <summary>An event with two handlers; <see cref="DelayMs"/> keeps handlers busy so dispatchers overlap.</summary>
public sealed record SomethingHappened(Guid Marker, int DelayMs = 0);

/// <summary>An event whose handler fails as often as the test says.</summary>
public sealed record FlakyThingHappened(Guid Marker);

/// <summary>One handler run, as the handler saw it.</summary>
public sealed record Delivery(string Handler, Guid Marker, Guid MessageId, int Attempt, Guid? TenantId);

/// <summary>What the test handlers and jobs did (a singleton shared with the test).</summary>
public sealed class DeliveryLog
{
    public ConcurrentQueue<Delivery> Deliveries { get; } = new();
    public ConcurrentDictionary<Guid, int> FailuresLeft { get; } = new();
    public ConcurrentQueue<string> JobRuns { get; } = new();
    public volatile bool FailingJobFails = true;

    public int Count(string handler, Guid marker) => Deliveries.Count(d => d.Handler == handler && d.Marker == marker);
}

internal sealed class FirstHandler(DeliveryLog log, ITenantContext tenant) : IOutboxHandler<SomethingHappened>
{
    public async Task HandleAsync(SomethingHappened @event, OutboxMessageContext context, CancellationToken cancellationToken)
    {
        if (@event.DelayMs > 0) await Task.Delay(@event.DelayMs, cancellationToken);
        log.Deliveries.Enqueue(new Delivery(nameof(FirstHandler), @event.Marker, context.MessageId, context.Attempt, tenant.TenantId));
    }
}

internal sealed class SecondHandler(DeliveryLog log, ITenantContext tenant) : IOutboxHandler<SomethingHappened>
{
    public Task HandleAsync(SomethingHappened @event, OutboxMessageContext context, CancellationToken cancellationToken)
    {
        log.Deliveries.Enqueue(new Delivery(nameof(SecondHandler), @event.Marker, context.MessageId, context.Attempt, tenant.TenantId));
        return Task.CompletedTask;
    }
}

internal sealed class FlakyHandler(DeliveryLog log, ITenantContext tenant) : IOutboxHandler<FlakyThingHappened>
{
    public Task HandleAsync(FlakyThingHappened @event, OutboxMessageContext context, CancellationToken cancellationToken)
    {
        log.Deliveries.Enqueue(new Delivery(nameof(FlakyHandler), @event.Marker, context.MessageId, context.Attempt, tenant.TenantId));
        if (log.FailuresLeft.TryGetValue(@event.Marker, out var left) && left > 0)
        {
            log.FailuresLeft[@event.Marker] = left - 1;
            throw new InvalidOperationException($"Serwer poczty nie odpowiada (zostało prób: {left - 1})");
        }
        return Task.CompletedTask;
    }
}

internal sealed class CountingJob(DeliveryLog log) : IScheduledJob
{
    public const string Name = "test.counting-job";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        log.JobRuns.Enqueue(Name);
        // Long enough for a racing scheduler to try while this one runs.
        await Task.Delay(200, cancellationToken);
    }
}

internal sealed class FailingJob(DeliveryLog log) : IScheduledJob
{
    public const string Name = "test.failing-job";

    public Task RunAsync(CancellationToken cancellationToken)
    {
        log.JobRuns.Enqueue(Name);
        return log.FailingJobFails ? throw new InvalidOperationException("Brak połączenia z ePUAP") : Task.CompletedTask;
    }
}
