using System.Security.Claims;
using Civitas.Grants;
using Civitas.Organisations;
using Civitas.Platform;
using Civitas.Platform.Audit;
using Civitas.Platform.Identity;
using Civitas.Platform.Tenancy;
using Civitas.Publishing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Civitas.Bench.Grants;

/// <summary>
/// The application's service container, built exactly as src/Civitas.Web/Program.cs builds it (same modules,
/// same configuration keys) but never started: no server, no hosted services (migrations, outbox, scheduler).
/// The database must already be migrated and seeded by one start of the app.
/// </summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BenchHost(WebApplication app) => _app = app;

    public IServiceProvider Services => _app.Services;

    /// <summary>The application's own clock (what its services read), for the instants the generator writes.</summary>
    public TimeProvider Clock => _app.Services.GetRequiredService<TimeProvider>();

    public static BenchHost Build(string provider, string connection)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", Args = [] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider == "postgres" ? "Postgres" : "Sqlite",
            ["Database:ConnectionString"] = connection,
            ["Demo:Enabled"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
        });
        // Environment variables win, e.g. Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command=Information
        // to see each query's SQL and time while profiling.
        builder.Configuration.AddEnvironmentVariables();
        builder.AddPlatform();
        builder.AddOrganisationsModule();
        builder.AddPublishingModule();
        builder.AddGrantsModule();
        return new BenchHost(builder.Build());
    }

    public async Task<TenantInfo> TenantAsync(string slug)
    {
        var tenants = await Services.GetRequiredService<ITenantStore>().ListActiveAsync();
        return tenants.FirstOrDefault(t => t.Slug == slug) ?? throw new InvalidOperationException($"Tenant {slug} not found; start the app once with Demo:Enabled=true.");
    }

    /// <summary>Runs <paramref name="body"/> in a scope of <paramref name="tenant"/> acting as <paramref name="actor"/>, as a request would.</summary>
    public async Task<T> InAsync<T>(TenantInfo tenant, Actor actor, Func<IServiceProvider, Task<T>> body)
    {
        using var scope = Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(tenant);
        scope.ServiceProvider.GetRequiredService<IActorContext>().Set(actor);
        return await body(scope.ServiceProvider);
    }

    /// <summary>
    /// The value of the sign-in cookie the app would set after <paramref name="user"/> signed in (with the second
    /// factor when <paramref name="twoFactor"/>): the claims of the app's own claims factory, protected with the
    /// app's cookie ticket format and its data-protection key ring (the database on PostgreSQL, the keys folder
    /// beside the SQLite file). Lets the benchmark act as 500 signed-in people without 500 password hashes.
    /// </summary>
    public async Task<string> SignInCookieAsync(IServiceProvider sp, User user, bool twoFactor, DateTimeOffset now)
    {
        var factory = sp.GetRequiredService<IUserClaimsPrincipalFactory<User>>();
        var principal = await factory.CreateAsync(user);
        // What MultiFactorSignIn adds after the TOTP step (the Official policy's TwoFactorSignInRequirement reads it).
        if (twoFactor) ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim("amr", "mfa"));
        var options = Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var properties = new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now.AddHours(8), IsPersistent = false };
        return options.TicketDataFormat.Protect(new AuthenticationTicket(principal, properties, IdentityConstants.ApplicationScheme));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
