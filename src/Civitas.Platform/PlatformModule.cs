using System.Threading.RateLimiting;
using Civitas.Platform.Audit;
using Civitas.Platform.Data;
using Civitas.Platform.Documents;
using Civitas.Platform.Files;
using Civitas.Platform.Identity;
using Civitas.Platform.LegalParameters;
using Civitas.Platform.Localization;
using Civitas.Platform.Mail;
using Civitas.Platform.Markdown;
using Civitas.Platform.Outbox;
using Civitas.Platform.Resources;
using Civitas.Platform.Scheduling;
using Civitas.Platform.Tenancy;
using Civitas.Platform.Ui;
using Civitas.Platform.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Civitas.Platform;

/// <summary>Registers and wires the platform: data, tenancy, accounts, audit, outbox, scheduler,
/// mail, files, Markdown, legal calendar and parameters, localisation, security, probes.</summary>
public static class PlatformModule
{
    /// <summary>Rate-limiting policy for sign-in, registration and password reset (POSTs only).</summary>
    public const string AccountRateLimit = "account";

    /// <summary>Rate-limiting policy for every public form (POSTs only).</summary>
    public const string PublicFormRateLimit = "public-form";

    /// <summary>Adds the platform's services.</summary>
    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var config = builder.Configuration;
        var env = builder.Environment;

        var database = config.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        database.EffectiveConnectionString = ResolveConnectionString(database, env);
        services.AddSingleton(database);
        services.Configure<TenancyOptions>(config.GetSection("Tenancy"));
        services.Configure<DemoOptions>(o =>
        {
            o.Enabled = env.IsDevelopment();
            config.GetSection("Demo").Bind(o);
        });
        services.Configure<MailOptions>(config.GetSection("Mail"));
        services.Configure<FileUploadOptions>(config.GetSection("Files"));
        services.Configure<BackgroundOptions>(config.GetSection("Background"));
        services.Configure<SecurityHeadersOptions>(config.GetSection("SecurityHeaders"));
        services.Configure<RateLimitOptions>(config.GetSection("RateLimiting"));

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddMemoryCache();

        // Data
        services.AddSingleton<DatabaseStatus>();
        services.AddHostedService<DatabaseInitializer>();
        services.AddModuleDb<PlatformDb, SqlitePlatformDb, PostgresPlatformDb>("platform", database);
        services.AddScoped<CivitasSaveChangesInterceptor>();

        // Tenancy and actors
        services.AddScoped<ITenantContext, TenantContext>();
        services.AddSingleton<ITenantStore, TenantStore>();
        services.AddScoped<TenantProvisioning>();
        services.AddSingleton<DemoSeeder>();
        services.AddSingleton<IDataSeeder>(sp => sp.GetRequiredService<DemoSeeder>());
        services.AddSingleton<IDemoUsers>(sp => sp.GetRequiredService<DemoSeeder>());
        services.AddSingleton<IDemoAccountSource, PlatformDemoAccounts>();
        services.AddScoped<IActorContext, ActorContext>();
        services.AddScoped<IAuditLog, AuditLog>();

        // Outbox, scheduler, mail
        services.AddSingleton<OutboxSignal>();
        services.AddScoped<IOutbox, Outbox.Outbox>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService<OutboxWorker>();
        services.AddSingleton<Scheduler>();
        services.AddHostedService<SchedulerWorker>();
        services.AddSingleton<IEmailTransport>(sp =>
            sp.GetRequiredService<IOptions<MailOptions>>().Value.Mode.Equals("Smtp", StringComparison.OrdinalIgnoreCase)
                ? ActivatorUtilities.CreateInstance<SmtpEmailTransport>(sp)
                : ActivatorUtilities.CreateInstance<PickupFolderEmailTransport>(sp));
        services.AddOutboxHandler<EmailRequested, EmailRequestedHandler>();
        services.AddScheduledJob<UnconfirmedAccountsCleanupJob>("platform.unconfirmed-accounts-cleanup", TimeSpan.FromHours(6));
        services.AddScheduledJob<OutboxCleanupJob>("platform.outbox-cleanup", TimeSpan.FromDays(1));

        // Files, Markdown, legal parameters
        services.AddScoped<IFileStore, LocalDiskFileStore>();
        services.AddSingleton<IFileAccessPolicy, TenantLogoAccessPolicy>();
        services.AddSingleton<IMarkdownRenderer, MarkdownRenderer>();
        services.AddSingleton<IDocumentRenderer, DocumentRenderer>();
        services.AddScoped<ILegalParameters, LegalParameters.LegalParameters>();
        services.AddScoped<IDepartmentDirectory, DepartmentDirectory>();

        // Administration and office pages
        services.AddScoped<LegalParameterOverview>();
        services.AddScoped<LegalParameterText>();
        services.AddScoped<AddLegalParameterVersionHandler>();
        services.AddScoped<AssignTenantRoleHandler>();
        services.AddScoped<RemoveTenantRoleHandler>();

        AddIdentity(services);
        AddDataProtection(services, database, env);
        AddWeb(services, config);
        return builder;
    }

    private static void AddIdentity(IServiceCollection services)
    {
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = IdentityConstants.ApplicationScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = CookieNames.Identity;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/konto/logowanie";
            o.LogoutPath = "/konto/wyloguj";
            o.AccessDeniedPath = "/konto/brak-dostepu";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        services.AddIdentityCore<User>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = false;
                o.Password.RequiredUniqueChars = 5;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Tokens.AuthenticatorIssuer = "Civitas";
            })
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddEntityFrameworkStores<PlatformDb>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddClaimsPrincipalFactory<CivitasUserClaimsFactory>();
        services.AddAccounts();
        services.AddScoped<IClaimsTransformation, TenantRoleClaimsTransformation>();

        services.AddSingleton<IAuthorizationHandler, TwoFactorSignInRequirement>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, TwoFactorRedirectResultHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(CivitasPolicies.Resident, p => p.RequireAuthenticatedUser())
            .AddPolicy(CivitasPolicies.Official, p => p.RequireAuthenticatedUser()
                .RequireClaim(CivitasClaims.TenantRole, nameof(TenantRole.Official))
                .AddRequirements(new TwoFactorSignInRequirement()))
            .AddPolicy(CivitasPolicies.TenantAdmin, p => p.RequireAuthenticatedUser()
                .RequireAssertion(c => c.User.HasClaim(CivitasClaims.TenantRole, nameof(TenantRole.TenantAdmin)) || c.User.HasClaim(CivitasClaims.PlatformAdmin, "true"))
                .AddRequirements(new TwoFactorSignInRequirement()))
            .AddPolicy(CivitasPolicies.PlatformAdmin, p => p.RequireAuthenticatedUser()
                .RequireClaim(CivitasClaims.PlatformAdmin, "true")
                .AddRequirements(new TwoFactorSignInRequirement()));
    }

    private static void AddDataProtection(IServiceCollection services, DatabaseOptions database, IHostEnvironment env)
    {
        var dp = services.AddDataProtection().SetApplicationName("Civitas");
        if (database.Provider == DatabaseProvider.Postgres)
        {
            services.AddSingleton<DatabaseXmlRepository>();
            services.AddOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>()
                .Configure<IServiceScopeFactory>((o, scopes) => o.XmlRepository = new DatabaseXmlRepository(scopes));
        }
        else
        {
            var dir = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(
                new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.EffectiveConnectionString).DataSource))!, "keys");
            Directory.CreateDirectory(dir);
            dp.PersistKeysToFileSystem(new DirectoryInfo(dir));
        }
    }

    private static void AddWeb(IServiceCollection services, IConfiguration config)
    {
        services.AddLocalization();
        // Polish letters as themselves, not &#x142; entities: half the bytes and readable source.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddSingleton<TextLocator>();
        services.AddSingleton(new ModuleTextRegistration(typeof(PlatformText).Assembly, typeof(PlatformText)));
        services.AddSingleton(new ModuleTextRegistration(typeof(PlatformText).Assembly, typeof(AccountText)));
        services.AddSingleton(new ModuleTextRegistration(typeof(PlatformText).Assembly, typeof(AdminText)));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture(CivitasCultures.Polish);
            o.SupportedCultures = [.. CivitasCultures.Supported];
            o.SupportedUICultures = [.. CivitasCultures.Supported];
            // Cookie only: the Accept-Language of an English browser must not switch a Polish
            // public office's site unasked, and a query string would fragment the output cache.
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });

        services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeFolder("/Account/Manage", CivitasPolicies.Resident);
                o.Conventions.AuthorizeFolder("/Office", CivitasPolicies.Official);
                o.Conventions.AuthorizeFolder("/Admin", CivitasPolicies.TenantAdmin);
                o.Conventions.AuthorizeFolder("/PlatformAdmin", CivitasPolicies.PlatformAdmin);
            })
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
            .AddDataAnnotationsLocalization()
            .AddMvcOptions(o => o.ModelMetadataDetailsProviders.Add(new DefaultValidationMessages()))
            .AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false);
        // After AddRazorPages, so that it replaces the stock cookie provider (see QuietTempDataProvider).
        services.AddSingleton<ITempDataProvider>(sp => new QuietTempDataProvider(ActivatorUtilities.CreateInstance<CookieTempDataProvider>(sp)));
        services.AddOptions<MvcDataAnnotationsLocalizationOptions>().Configure<TextLocator>((o, locator) =>
            o.DataAnnotationLocalizerProvider = (type, _) => locator.For(type));
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((o, factory) =>
            ModelBindingMessages.Localize(o.ModelBindingMessageProvider, factory.Create(typeof(PlatformText))));
        services.AddScoped<Navigation>();
        services.AddSingleton<INavigationContributor, PlatformNavigation>();

        services.AddOutputCache(o => o.AddPolicy(AnonymousPageCachePolicy.Name, new AnonymousPageCachePolicy()));
        services.AddResponseCompression(o => o.EnableForHttps = true);
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (ctx, ct) => RateLimitRejection.WriteAsync(ctx.HttpContext, ct);
            o.AddPolicy(AccountRateLimit, http => PostsPerIp(http, r => r.AccountPerMinute));
            o.AddPolicy(PublicFormRateLimit, http => PostsPerIp(http, r => r.PublicFormPerMinute));
        });

        var maxUpload = config.GetSection("Files").Get<FileUploadOptions>()?.MaxUploadBytes ?? new FileUploadOptions().MaxUploadBytes;
        // The whole request may carry the file plus the form fields; anything bigger is refused
        // by Kestrel before it is read and answered with a localised 413.
        services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = maxUpload + (1024 * 1024));
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = maxUpload + (1024 * 1024));
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            var proxies = config.GetSection("ReverseProxy:KnownProxies").Get<string[]>() ?? [];
            foreach (var p in proxies) o.KnownProxies.Add(System.Net.IPAddress.Parse(p));
        });
    }

    private static RateLimitPartition<string> PostsPerIp(HttpContext http, Func<RateLimitOptions, int> limit)
    {
        if (!HttpMethods.IsPost(http.Request.Method)) return RateLimitPartition.GetNoLimiter("get");
        var options = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        var ip = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(ip, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit(options),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }

    private static string ResolveConnectionString(DatabaseOptions options, IHostEnvironment env)
    {
        if (options.Provider == DatabaseProvider.Postgres)
        {
            return options.ConnectionString ?? throw new InvalidOperationException("Database:ConnectionString is required for PostgreSQL.");
        }
        var cs = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(options.ConnectionString ?? "Data Source=data/civitas.db");
        if (!Path.IsPathRooted(cs.DataSource) && cs.DataSource != ":memory:")
        {
            cs.DataSource = Path.Combine(env.ContentRootPath, cs.DataSource);
        }
        cs.Pooling = true;
        cs.DefaultTimeout = 30;
        return cs.ToString();
    }

    /// <summary>Adds the platform's middleware in order. Call before mapping endpoints.</summary>
    public static WebApplication UsePlatform(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/blad/500");
        app.UseStatusCodePagesWithReExecute("/blad/{0}");
        app.UseResponseCompression();
        app.UseMiddleware<DatabaseReadinessMiddleware>();
        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRateLimiter();
        // After the rate limiter: a throttled client's form is refused before it is buffered.
        app.UseMiddleware<RequestTooLargeMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();
        return app;
    }

    /// <summary>Maps the platform's endpoints (probes, OpenAPI, tenant JSON, preferences, file downloads) and
    /// those of every module's <see cref="IEndpointContributor"/>.</summary>
    public static WebApplication MapPlatform(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.MapOpenApi("/openapi/{documentName}.json");
        PlatformEndpoints.Map(app);
        foreach (var contributor in app.Services.GetServices<IEndpointContributor>()) contributor.Map(app);
        return app;
    }
}
