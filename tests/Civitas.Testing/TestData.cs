using Civitas.Platform.Data;
using Civitas.Platform.Identity;
using Civitas.Platform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Testing;

/// <summary>Arranges tenants and accounts through the app's own services.</summary>
public static class TestData
{
    public const string Password = "Zielona-Lampa-Nad-Wisla-7";

    /// <summary>The demo tenant (host "localhost").</summary>
    public static async Task<TenantInfo> DemoTenantAsync(this CivitasAppFactory app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var store = app.Services.GetRequiredService<ITenantStore>();
        store.Invalidate();
        return (await store.FindByIdAsync((await app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDb>().Tenants.Where(t => t.Slug == DemoSeeder.DemoSlug).Select(t => t.Id).FirstAsync())))) !;
    }

    /// <summary>Creates a tenant answering on <paramref name="hosts"/>, with its legal parameters.</summary>
    public static async Task<TenantInfo> CreateTenantAsync(this CivitasAppFactory app, string slug, string name, params string[] hosts)
    {
        ArgumentNullException.ThrowIfNull(app);
        var id = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDb>();
            var existing = await db.Tenants.FirstOrDefaultAsync(t => t.Slug == slug);
            if (existing is not null) return existing.Id;
            var tenant = await sp.GetRequiredService<TenantProvisioning>().CreateAsync(new Tenant
            {
                Slug = slug,
                Name = name,
                Kind = TenantKind.Municipality,
                MunicipalityType = MunicipalityType.UrbanRural,
                TerytCode = "0299023",
            }, hosts, CancellationToken.None);
            return tenant.Id;
        });
        var store = app.Services.GetRequiredService<ITenantStore>();
        store.Invalidate();
        return (await store.FindByIdAsync(id))!;
    }

    /// <summary>A department of <paramref name="tenant"/> (created if missing).</summary>
    public static Task<Guid> DepartmentAsync(this CivitasAppFactory app, TenantInfo tenant, string name)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.WithScopeAsync(async sp =>
        {
            sp.GetRequiredService<ITenantContext>().Set(tenant);
            var db = sp.GetRequiredService<PlatformDb>();
            var dep = await db.Departments.FirstOrDefaultAsync(d => d.Name == name);
            if (dep is null)
            {
                dep = new Department { Name = name };
                db.Departments.Add(dep);
                await db.SaveChangesAsync();
            }
            return dep.Id;
        });
    }

    /// <summary>Creates a confirmed account, optionally with a role in a tenant and TOTP enabled.</summary>
    public static Task<TestUser> CreateUserAsync(this CivitasAppFactory app, string email, string displayName,
        TenantInfo? tenant = null, TenantRole? role = null, Guid? departmentId = null, bool twoFactor = false, bool platformAdmin = false, bool confirmed = true)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            var user = new User
            {
                UserName = email,
                Email = email,
                EmailConfirmed = confirmed,
                DisplayName = displayName,
                IsPlatformAdmin = platformAdmin,
                CreatedAt = app.Clock.GetUtcNow(),
            };
            var created = await users.CreateAsync(user, Password);
            if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            string? key = null;
            if (twoFactor)
            {
                await users.ResetAuthenticatorKeyAsync(user);
                key = await users.GetAuthenticatorKeyAsync(user);
                await users.SetTwoFactorEnabledAsync(user, true);
            }
            if (tenant is not null && role is not null)
            {
                sp.GetRequiredService<ITenantContext>().Set(tenant);
                var db = sp.GetRequiredService<PlatformDb>();
                db.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = role.Value, DepartmentId = departmentId, AssignedAt = app.Clock.GetUtcNow() });
                await db.SaveChangesAsync();
            }
            return new TestUser(user.Id, email, displayName, Password, key);
        });
    }

    /// <summary>Runs the outbox dispatcher now (e-mails, events) instead of waiting for its tick.</summary>
    /// <remarks>The app's own background dispatcher may hold some messages at the same moment, so
    /// this also waits until no due message is left undelivered (or failed), then returns.</remarks>
    public static async Task<int> DispatchOutboxAsync(this CivitasAppFactory app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var handled = await app.Services.GetRequiredService<Platform.Outbox.OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (DateTime.UtcNow < until)
        {
            var now = app.Clock.GetUtcNow();
            var pending = await app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDb>().OutboxMessages
                .CountAsync(m => m.ProcessedAt == null && m.Attempts == 0 && m.AvailableAt <= now));
            if (pending == 0) break;
            await Task.Delay(50);
            handled += await app.Services.GetRequiredService<Platform.Outbox.OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);
        }
        return handled;
    }

    /// <summary>Runs the scheduler's due jobs now.</summary>
    public static Task<IReadOnlyList<string>> RunScheduledJobsAsync(this CivitasAppFactory app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetRequiredService<Platform.Scheduling.Scheduler>().RunDueJobsAsync(CancellationToken.None);
    }
}
