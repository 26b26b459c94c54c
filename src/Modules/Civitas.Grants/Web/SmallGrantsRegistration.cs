using Civitas.Grants.Domain.SmallGrants;
using Civitas.Grants.Resources;
using Civitas.Platform.Data;
using Civitas.Platform.Localization;
using Civitas.Platform.Scheduling;
using Civitas.Platform.Ui;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Grants.Web;

/// <summary>The small-grant part of the module (art. 19a UDPP), registered by <see cref="GrantsModule"/>.</summary>
internal static class SmallGrantsRegistration
{
    public static void AddSmallGrants(IServiceCollection services)
    {
        services.AddSingleton(new ModuleTextRegistration(typeof(GrantsModule).Assembly, typeof(SmallGrantsText)));
        services.AddScoped<SaveSmallGrantOfferHandler>();
        services.AddScoped<PublishSmallGrantOfferHandler>();
        services.AddScoped<SmallGrantCommentsHandler>();
        services.AddScoped<DecideSmallGrantOfferHandler>();
        services.AddScoped<SmallGrantPlanHandler>();
        services.AddSingleton<SmallGrantWindowWatermark>();
        services.AddScheduledJob<SmallGrantWindowJob>(SmallGrantWindowJob.Name, SmallGrantWindowJob.Interval);
        services.AddSingleton<INavigationContributor, SmallGrantsNavigation>();
        services.AddSingleton<IDataSeeder, SmallGrantsDemoSeeder>();
    }
}
