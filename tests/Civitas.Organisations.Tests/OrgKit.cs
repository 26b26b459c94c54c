using System.Globalization;
using Civitas.Organisations.Contracts;
using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Civitas.Organisations.Pages.Organisations.Member;
using Civitas.Platform.Audit;
using Civitas.Platform.Tenancy;
using Civitas.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Organisations.Tests;

/// <summary>Arranges organisations through the module's own handlers, in a chosen JST and as a chosen person.</summary>
internal static class OrgKit
{
    private static int _sequence = Random.Shared.Next(1000, 9000) * 100;

    /// <summary>A fresh KRS number nobody else in the test run uses.</summary>
    public static string NewKrs() => "0008" + Interlocked.Increment(ref _sequence).ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>A fresh NIP with a correct check digit.</summary>
    public static string NewNip()
    {
        int[] w = [6, 5, 7, 2, 3, 4, 5, 6, 7];
        while (true)
        {
            var body = "998" + Interlocked.Increment(ref _sequence).ToString("D6", CultureInfo.InvariantCulture);
            var check = body.Select((c, i) => (c - '0') * w[i]).Sum() % 11;
            if (check != 10) return body + check.ToString(CultureInfo.InvariantCulture);
        }
    }

    public static OrganisationProfile Profile(string name, string? krs = null, string? nip = null) => new()
    {
        Name = name,
        LegalForm = OrganisationLegalForm.Association,
        Krs = krs ?? NewKrs(),
        Nip = nip,
        City = "Miasto Przykładowe",
        PostalCode = "59-220",
        Latitude = 51.21,
        Longitude = 16.16,
        Spheres = ["13", "16"],
    };

    public static async Task<T> InAsync<T>(this CivitasAppFactory app, TenantInfo tenant, Guid? userId, Func<IServiceProvider, Task<T>> body)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(tenant);
        scope.ServiceProvider.GetRequiredService<IActorContext>().Set(userId is { } id ? new Actor(id, "Test " + id.ToString()[..8]) : Actor.System);
        return await body(scope.ServiceProvider);
    }

    public static Task InAsync(this CivitasAppFactory app, TenantInfo tenant, Guid? userId, Func<IServiceProvider, Task> body)
        => app.InAsync<bool>(tenant, userId, async sp => { await body(sp); return true; });

    public static Task<T> DbAsync<T>(this CivitasAppFactory app, TenantInfo tenant, Func<OrganisationsDb, Task<T>> body)
        => app.InAsync(tenant, null, sp => body(sp.GetRequiredService<OrganisationsDb>()));

    /// <summary>Registers an organisation as <paramref name="user"/> in <paramref name="tenant"/>; fails the test on errors.</summary>
    public static Task<Organisation> RegisterAsync(this CivitasAppFactory app, TenantInfo tenant, TestUser user, OrganisationProfile profile)
        => app.InAsync(tenant, user.Id, async sp =>
        {
            var result = await sp.GetRequiredService<RegisterOrganisationHandler>().HandleAsync(profile, user.Id, CancellationToken.None);
            Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Code)));
            return result.Value.Organisation;
        });

    public static Task<TestUser> PersonAsync(this CivitasAppFactory app, string name)
        => app.CreateUserAsync($"p{Guid.NewGuid():N}@example.org", name);
}
