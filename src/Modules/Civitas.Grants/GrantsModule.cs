using Civitas.Grants.Data;
using Civitas.Grants.Domain.Competitions;
using Civitas.Grants.Web.Competitions;
using Civitas.Platform.Ui;
using Civitas.Platform.Web;
using Civitas.Grants.Resources;
using Civitas.Grants.Web;
using Civitas.Platform.Data;
using Civitas.Platform.Identity;
using Civitas.Platform.Localization;
using Civitas.Platform.Scheduling;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Grants;

/// <summary>Registers the Grants module: open competitions (art. 11–19 UDPP) from announcement to
/// published results, and small grants (art. 19a).</summary>
public static class GrantsModule
{
    /// <summary>Adds the module's services. Call after <c>AddPlatform()</c>.</summary>
    public static WebApplicationBuilder AddGrantsModule(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var database = services.Select(d => d.ImplementationInstance).OfType<DatabaseOptions>().FirstOrDefault()
            ?? throw new InvalidOperationException("AddGrantsModule() must be called after AddPlatform().");

        services.AddModuleDb<GrantsDb, SqliteGrantsDb, PostgresGrantsDb>(GrantsDb.ModuleName, database);
        services.AddSingleton(new ModuleTextRegistration(typeof(GrantsModule).Assembly, typeof(GrantsText)));
        // Competitions (area A)
        services.AddSingleton(new ModuleTextRegistration(typeof(GrantsModule).Assembly, typeof(CompetitionsText)));
        services.AddScoped<ICompetitionRules, CompetitionRulesReader>();
        services.AddScoped<CompetitionAccess>();
        services.AddScoped<CompetitionCommands>();
        services.AddScoped<CompetitionQueries>();
        services.AddSingleton<INavigationContributor, CompetitionsNavigation>();
        services.AddSingleton<IEndpointContributor, CompetitionsApi>();
        services.AddSingleton<IDataSeeder, CompetitionsDemoSeeder>();
        // Offers (area B)
        services.AddSingleton(new ModuleTextRegistration(typeof(GrantsModule).Assembly, typeof(OffersText)));
        services.AddScoped<Domain.Offers.IOfferRulesSource, Domain.Offers.CompetitionOfferRules>();
        services.AddScoped<Domain.Offers.OfferWorkflow>();
        services.AddScoped<Pages.Grants.Member.Offers.OfferPageAccess>();
        // Formal check
        services.AddSingleton(new ModuleTextRegistration(typeof(GrantsModule).Assembly, typeof(FormalCheckText)));
        services.AddScoped<Web.FormalCheck.FormalCheckService>();
        // Committee
        services.AddSingleton(new ModuleTextRegistration(typeof(GrantsModule).Assembly, typeof(CommitteeText)));
        services.AddScoped<Domain.Committee.CommitteeService>();
        services.AddScoped<Domain.Committee.ICommitteeProposals>(sp => sp.GetRequiredService<Domain.Committee.CommitteeService>());
        services.AddScoped<Pages.Grants.Committee.MemberAccess>();
        // Results (decision, publication, justification requests)
        services.AddSingleton(new ModuleTextRegistration(typeof(GrantsModule).Assembly, typeof(ResultsText)));
        services.AddScoped<Domain.Results.ResultsService>();
        services.AddSingleton<IEndpointContributor, Domain.Results.ResultsApi>();
        // Lifecycle: the offer deadline closes the offer period (Announced -> FormalCheck)
        services.AddScheduledJob<Domain.Lifecycle.OfferDeadlineJob>(Domain.Lifecycle.OfferDeadlineJob.Name, Domain.Lifecycle.OfferDeadlineJob.Interval);
        services.AddSingleton<IDataSeeder, Web.Lifecycle.FormalCheckDemoSeeder>(); // after CompetitionsDemoSeeder (it seeds only into an empty module)
        services.AddSingleton<IDataSeeder, Web.Lifecycle.EvaluationDemoSeeder>(); // demo competition under committee evaluation
        services.AddSingleton<IDataSeeder, Web.Lifecycle.ResultsDemoSeeder>(); // demo competition with published results
        SmallGrantsRegistration.AddSmallGrants(services);
        // Statistics (office)
        services.AddSingleton(new ModuleTextRegistration(typeof(GrantsModule).Assembly, typeof(StatisticsText)));
        services.AddScoped<Web.Statistics.GrantStatisticsQueries>();
        services.AddSingleton<INavigationContributor, Web.Statistics.StatisticsNavigation>();
        services.AddSingleton<INavigationContributor, Web.PersonalNavigation>();
        services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizeFolder("/Grants/Office", CivitasPolicies.Official);
            o.Conventions.AuthorizeFolder("/Grants/Member", CivitasPolicies.Resident);
            o.Conventions.AuthorizeFolder("/Grants/Committee", CivitasPolicies.Resident);
        });
        return builder;
    }
}
