using Civitas.Organisations.Api;
using Civitas.Organisations.Contracts;
using Civitas.Organisations.Data;
using Civitas.Organisations.Demo;
using Civitas.Organisations.Domain;
using Civitas.Organisations.Export;
using Civitas.Organisations.Import;
using Civitas.Organisations.Integration;
using Civitas.Organisations.Krs;
using Civitas.Organisations.Pages.Organisations.Member;
using Civitas.Organisations.Pages.Organisations.Office;
using Civitas.Organisations.Resources;
using Civitas.Organisations.Search;
using Civitas.Platform.Data;
using Civitas.Platform.Files;
using Civitas.Platform.Identity;
using Civitas.Platform.Localization;
using Civitas.Platform.Tenancy;
using Civitas.Platform.Ui;
using Civitas.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Civitas.Organisations;

/// <summary>Registers the Organisations module: the registry of organisations and their people,
/// verification, the public directory and map, import, export and the open-data API.</summary>
public static class OrganisationsModule
{
    /// <summary>Adds the module's services, pages and endpoints. Call after <c>AddPlatform()</c>.</summary>
    public static WebApplicationBuilder AddOrganisationsModule(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var config = builder.Configuration;

        // The platform resolved the connection string (content root, pooling); use the same options.
        var database = services.Where(d => d.ServiceType == typeof(DatabaseOptions)).Select(d => d.ImplementationInstance).OfType<DatabaseOptions>().LastOrDefault()
            ?? throw new InvalidOperationException("Call AddPlatform() before AddOrganisationsModule().");
        services.AddModuleDb<OrganisationsDb, SqliteOrganisationsDb, PostgresOrganisationsDb>(OrganisationsDb.ModuleName, database);

        services.Configure<OrganisationsOptions>(config.GetSection("Organisations"));
        services.Configure<KrsOptions>(config.GetSection("Organisations:Krs"));
        services.AddHttpClient<KrsClient>((sp, http) =>
        {
            var o = sp.GetRequiredService<IOptions<KrsOptions>>().Value;
            http.BaseAddress = new Uri(o.BaseAddress);
            http.Timeout = TimeSpan.FromSeconds(Math.Clamp(o.TimeoutSeconds, 1, 120));
            http.DefaultRequestHeaders.Accept.ParseAdd("application/json");
            http.DefaultRequestHeaders.UserAgent.ParseAdd("Civitas/1.0 (+https://github.com/civitas)");
        });

        services.AddHttpClient<Geo.Geocoder>(http =>
        {
            http.Timeout = TimeSpan.FromSeconds(10);
            http.DefaultRequestHeaders.UserAgent.ParseAdd("Civitas/1.0 (+https://github.com/civitas)");
        });
        services.AddScoped<OrganisationAccess>();
        services.AddScoped<OrganisationIdentity>();
        services.AddScoped<DirectoryProjection>();
        services.AddScoped<DirectorySearch>();
        services.AddSingleton<DirectoryCounts>();
        services.AddScoped<MapData>();
        services.AddScoped<DirectoryExport>();
        services.AddScoped<ImportPlanner>();
        services.AddScoped<ImportRunner>();
        services.AddScoped<RegisterOrganisationHandler>();
        services.AddScoped<UpdateProfileHandler>();
        services.AddScoped<MembersHandler>();
        services.AddScoped<ClaimHandler>();
        services.AddScoped<OfficeDecisionsHandler>();
        services.AddScoped<IOrganisationDirectory, OrganisationDirectory>();

        services.AddSingleton(new ModuleTextRegistration(typeof(OrganisationsModule).Assembly, typeof(OrganisationsText)));
        services.AddSingleton<INavigationContributor, OrganisationsNavigation>();
        services.AddSingleton<IEndpointContributor, OrganisationsApi>();
        services.AddSingleton<IFileAccessPolicy, OrganisationFileAccessPolicy>();
        services.AddSingleton<IDataSeeder, OrganisationsDemoSeeder>();
        services.AddSingleton<IDemoAccountSource, OrganisationsDemoAccounts>();

        services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizeFolder("/Organisations/Member", CivitasPolicies.Resident);
            o.Conventions.AuthorizeFolder("/Organisations/Office", CivitasPolicies.Official);
        });
        return builder;
    }
}
