using Civitas.Platform.Data;
using Civitas.Platform.Tenancy;
using Civitas.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Platform.Tests.Support;

/// <summary>Arranging slice tests through the app's own services.</summary>
internal static class Slices
{
    /// <summary>A fresh tenant with its own host name, so tests sharing an app never see each other's rows.</summary>
    public static Task<TenantInfo> NewTenantAsync(this CivitasAppFactory app, string name)
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        return app.CreateTenantAsync($"t-{id}", name, $"{id}.test.example");
    }

    /// <summary>Moves the test clock forward to the next whole second, so instants survive PostgreSQL's
    /// microsecond precision unchanged and can be compared exactly.</summary>
    public static DateTimeOffset AlignClock(this CivitasAppFactory app)
    {
        var now = app.Clock.GetUtcNow();
        var aligned = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero).AddSeconds(1);
        app.Clock.Set(aligned);
        return aligned;
    }

    /// <summary>Runs <paramref name="body"/> in a new scope whose tenant is <paramref name="tenant"/> (null: none).</summary>
    public static Task<T> InTenantAsync<T>(this CivitasAppFactory app, TenantInfo? tenant, Func<PlatformDb, IServiceProvider, Task<T>> body)
        => app.WithScopeAsync(async sp =>
        {
            sp.GetRequiredService<ITenantContext>().Set(tenant);
            return await body(sp.GetRequiredService<PlatformDb>(), sp);
        });

    /// <summary>As <see cref="InTenantAsync{T}"/> without a result.</summary>
    public static Task InTenantAsync(this CivitasAppFactory app, TenantInfo? tenant, Func<PlatformDb, IServiceProvider, Task> body)
        => app.InTenantAsync<bool>(tenant, async (db, sp) =>
        {
            await body(db, sp);
            return true;
        });
}
