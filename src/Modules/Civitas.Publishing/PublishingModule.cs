using Civitas.Platform.Data;
using Civitas.Platform.Identity;
using Civitas.Platform.Localization;
using Civitas.Platform.Outbox;
using Civitas.Platform.Scheduling;
using Civitas.Platform.Ui;
using Civitas.Platform.Web;
using Civitas.Publishing.Contracts;
using Civitas.Publishing.Data;
using Civitas.Publishing.Queries;
using Civitas.Publishing.Register;
using Civitas.Publishing.Resources;
using Civitas.Publishing.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Publishing;

/// <summary>Registers the Publishing module: the register of published information (BIP) with its
/// public pages, Atom feed, JSON API, office list, outbox handlers and visibility-window job.</summary>
public static class PublishingModule
{
    /// <summary>Adds the module's services. Call after <c>AddPlatform()</c>.</summary>
    public static WebApplicationBuilder AddPublishingModule(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var database = services.Select(d => d.ImplementationInstance).OfType<DatabaseOptions>().FirstOrDefault()
            ?? throw new InvalidOperationException("AddPublishingModule() must be called after AddPlatform().");

        services.AddModuleDb<PublishingDb, SqlitePublishingDb, PostgresPublishingDb>(PublishingDb.ModuleName, database);
        services.AddSingleton(new ModuleTextRegistration(typeof(PublishingModule).Assembly, typeof(PublishingText)));
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/Publishing/Office", CivitasPolicies.Official));

        services.AddScoped<PublicationQueries>();
        services.AddScoped<RecordPublicationHandler>();
        services.AddScoped<WithdrawPublicationHandler>();
        services.AddScoped<IPublicationDirectory, PublicationDirectory>();
        services.AddSingleton<PublicationCacheEviction>();
        services.AddSingleton<PublicationWindowWatermark>();
        services.AddOutboxHandler<PublicationRequested, PublicationRequestedHandler>();
        services.AddOutboxHandler<PublicationWithdrawalRequested, PublicationWithdrawalRequestedHandler>();
        services.AddScheduledJob<PublicationWindowJob>(PublicationWindowJob.Name, PublicationWindowJob.Interval);
        services.AddSingleton<IDataSeeder, DemoPublicationSeeder>();

        services.AddSingleton<INavigationContributor, PublishingNavigation>();
        services.AddSingleton<IEndpointContributor, PublicationEndpoints>();
        return builder;
    }
}
