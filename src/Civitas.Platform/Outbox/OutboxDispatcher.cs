using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Civitas.Platform.Audit;
using Civitas.Platform.Data;
using Civitas.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Civitas.Platform.Outbox;

/// <summary>Claims pending outbox messages and runs their handlers, each in a scope set to the
/// message's tenant. Several instances can run side by side on PostgreSQL (SKIP LOCKED).</summary>
internal sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IEnumerable<OutboxEventRegistration> registrations,
    ITenantStore tenants,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger)
{
    private const int BatchSize = 20;
    private const int MaxAttempts = 10;
    private static readonly TimeSpan ClaimDuration = TimeSpan.FromMinutes(2);
    private static readonly ConcurrentDictionary<Type, Func<object, object, OutboxMessageContext, CancellationToken, Task>> Invokers = new();
    private readonly Dictionary<string, Type> _types = registrations.Select(r => r.EventType).Distinct()
        .ToDictionary(OutboxTypeName.Of, t => t);

    /// <summary>Dispatches every message that is due now; returns how many were handled.</summary>
    public async Task<int> DispatchPendingAsync(CancellationToken ct)
    {
        var total = 0;
        while (!ct.IsCancellationRequested)
        {
            var batch = await ClaimAsync(ct);
            if (batch.Count == 0) break;
            foreach (var message in batch)
            {
                await DispatchAsync(message, ct);
                total++;
            }
        }
        return total;
    }

    private async Task<List<OutboxMessage>> ClaimAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDb>();
        var now = clock.GetUtcNow();
        var until = now + ClaimDuration;
        // A fresh token per claim, not per instance: two concurrent DispatchPendingAsync calls in one
        // process (the worker and a manual run) must not pick up each other's batches.
        var claim = InstanceName.Create();
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                UPDATE platform_outbox_message SET locked_by = {claim}, locked_until = {until}
                WHERE id IN (SELECT id FROM platform_outbox_message
                             WHERE processed_at IS NULL AND available_at <= {now}
                               AND (locked_until IS NULL OR locked_until < {now})
                             ORDER BY id LIMIT {BatchSize} FOR UPDATE SKIP LOCKED)
                """, ct);
        }
        else
        {
            // SQLite serialises writers, so a plain conditional update is already exclusive.
            await db.OutboxMessages
                .Where(m => m.ProcessedAt == null && m.AvailableAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
                .OrderBy(m => m.Id).Take(BatchSize)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedBy, claim).SetProperty(m => m.LockedUntil, until), ct);
        }
        return await db.OutboxMessages.AsNoTracking()
            .Where(m => m.LockedBy == claim && m.ProcessedAt == null)
            .OrderBy(m => m.Id).ToListAsync(ct);
    }

    private async Task DispatchAsync(OutboxMessage message, CancellationToken ct)
    {
        string? error = null;
        if (_types.TryGetValue(message.Type, out var type))
        {
            try
            {
                await RunHandlersAsync(message, type, ct);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                error = ex.GetType().Name + ": " + ex.Message;
                logger.LogWarning(ex, "Outbox message {MessageId} of type {Type} failed (attempt {Attempt})", message.Id, message.Type, message.Attempts + 1);
            }
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDb>();
        var now = clock.GetUtcNow();
        if (error is null)
        {
            await db.OutboxMessages.Where(m => m.Id == message.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAt, now).SetProperty(m => m.LockedBy, (string?)null).SetProperty(m => m.LockedUntil, (DateTimeOffset?)null), ct);
            return;
        }
        var attempts = message.Attempts + 1;
        // Back off 1, 2, 4 … 60 minutes; after the last attempt the message waits for an operator.
        var next = attempts >= MaxAttempts ? DateTimeOffset.MaxValue.AddYears(-1) : now + TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, attempts - 1)));
        if (attempts >= MaxAttempts) logger.LogError("Outbox message {MessageId} of type {Type} gave up after {Attempts} attempts: {Error}", message.Id, message.Type, attempts, error);
        await db.OutboxMessages.Where(m => m.Id == message.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Attempts, attempts).SetProperty(m => m.LastError, error)
                .SetProperty(m => m.AvailableAt, next).SetProperty(m => m.LockedBy, (string?)null).SetProperty(m => m.LockedUntil, (DateTimeOffset?)null), ct);
    }

    private async Task RunHandlersAsync(OutboxMessage message, Type type, CancellationToken ct)
    {
        var @event = JsonSerializer.Deserialize(message.Payload, type, OutboxJson.Options)
            ?? throw new InvalidOperationException("Empty outbox payload.");
        using var scope = scopes.CreateScope();
        var services = scope.ServiceProvider;
        if (message.TenantId is { } tenantId)
        {
            services.GetRequiredService<ITenantContext>().Set(await tenants.FindByIdAsync(tenantId, ct));
        }
        services.GetRequiredService<IActorContext>().Set(Actor.System);
        var context = new OutboxMessageContext(message.Id, message.TenantId, message.OccurredAt, message.Attempts + 1);
        var handlerType = typeof(IOutboxHandler<>).MakeGenericType(type);
        var invoke = Invokers.GetOrAdd(type, CreateInvoker);
        foreach (var handler in services.GetServices(handlerType))
        {
            await invoke(handler!, @event, context, ct);
        }
    }

    // A typed delegate rather than MethodInfo.Invoke: an exception thrown by a handler reaches the
    // retry bookkeeping (LastError, the log) as itself, not wrapped in TargetInvocationException.
    private static Func<object, object, OutboxMessageContext, CancellationToken, Task> CreateInvoker(Type eventType)
        => typeof(OutboxDispatcher).GetMethod(nameof(InvokeHandler), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(eventType)
            .CreateDelegate<Func<object, object, OutboxMessageContext, CancellationToken, Task>>();

    private static Task InvokeHandler<TEvent>(object handler, object @event, OutboxMessageContext context, CancellationToken ct)
        => ((IOutboxHandler<TEvent>)handler).HandleAsync((TEvent)@event, context, ct);
}
