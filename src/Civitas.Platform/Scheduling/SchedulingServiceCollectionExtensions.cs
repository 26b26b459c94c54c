using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Platform.Scheduling;

/// <summary>Registers scheduled jobs.</summary>
public static class SchedulingServiceCollectionExtensions
{
    /// <summary>Registers <typeparamref name="TJob"/> to run every <paramref name="interval"/>.</summary>
    public static IServiceCollection AddScheduledJob<TJob>(this IServiceCollection services, string name, TimeSpan interval)
        where TJob : class, IScheduledJob
    {
        services.AddScoped<TJob>();
        services.AddSingleton(new ScheduledJobRegistration(name, typeof(TJob), interval));
        return services;
    }
}
