using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Platform.Outbox;

/// <summary>Registers outbox handlers.</summary>
public static class OutboxServiceCollectionExtensions
{
    /// <summary>Registers <typeparamref name="THandler"/> for events of type <typeparamref name="TEvent"/>.</summary>
    public static IServiceCollection AddOutboxHandler<TEvent, THandler>(this IServiceCollection services)
        where THandler : class, IOutboxHandler<TEvent>
    {
        services.AddScoped<IOutboxHandler<TEvent>, THandler>();
        services.AddSingleton(new OutboxEventRegistration(typeof(TEvent)));
        return services;
    }
}
