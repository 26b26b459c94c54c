using Civitas.Platform.Audit;
using Civitas.Platform.Data;
using Civitas.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Civitas.Platform.Tenancy;

/// <summary>Seeds the demo tenant "Miasto Przykładowe" with departments and one account per platform
/// role when demo mode is on; always tops up legal parameters of existing tenants.</summary>
internal sealed class DemoSeeder(IServiceScopeFactory scopes, IOptions<DemoOptions> demo) : IDataSeeder, IDemoUsers
{
    public const string DemoSlug = "miasto-przykladowe";
    public const string Domain = "miasto-przykladowe.example";

    public static readonly (string Local, string Name, string Role)[] PlatformAccounts =
    [
        ("mieszkanka", "Anna Mieszkańska", "resident"),
        ("urzednik", "Jan Urzędnik", "official"),
        ("admin", "Ewa Administratorka", "tenant-admin"),
        ("platforma", "Piotr Platformowy", "platform-admin"),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<IActorContext>().Set(Actor.System);
        var db = sp.GetRequiredService<PlatformDb>();
        var provisioning = sp.GetRequiredService<TenantProvisioning>();

        if (demo.Value.Enabled)
        {
            await EnsureDemoTenantAsync(sp, provisioning, ct);
        }

        foreach (var tenant in await db.Tenants.AsNoTracking().ToListAsync(ct))
        {
            await provisioning.EnsureLegalParametersAsync(TenantStore.ToInfo(tenant), ct);
        }
    }

    public async Task<TenantInfo?> DemoTenantAsync(CancellationToken ct)
    {
        if (!demo.Value.Enabled) return null;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDb>();
        var tenant = await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Slug == DemoSlug, ct);
        return tenant is null ? null : TenantStore.ToInfo(tenant);
    }

    public async Task<Guid> EnsureAsync(string email, string displayName, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var user = await users.FindByEmailAsync(email);
        if (user is not null) return user.Id;
        user = new User
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            CreatedAt = clock.GetUtcNow(),
            PrivacyNoticeAcceptedAt = clock.GetUtcNow(),
        };
        var result = await users.CreateAsync(user, demo.Value.Password);
        if (!result.Succeeded) throw new InvalidOperationException("Demo account: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        return user.Id;
    }

    public async Task EnsureOfficialAsync(Guid userId, string departmentShortName, CancellationToken ct)
    {
        var tenant = await DemoTenantAsync(ct);
        if (tenant is null) return;
        using var scope = scopes.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ITenantContext>().Set(tenant);
        sp.GetRequiredService<IActorContext>().Set(Actor.System);
        var db = sp.GetRequiredService<PlatformDb>();
        var department = await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.ShortName == departmentShortName, ct);
        if (department is null) return;
        if (await db.RoleAssignments.AnyAsync(r => r.UserId == userId && r.Role == TenantRole.Official && r.DepartmentId == department.Id, ct)) return;
        db.RoleAssignments.Add(new RoleAssignment
        {
            UserId = userId, Role = TenantRole.Official, DepartmentId = department.Id,
            AssignedAt = sp.GetRequiredService<TimeProvider>().GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
    }

    // Each step checks what exists, so a start interrupted half-way completes on the next one.
    private async Task EnsureDemoTenantAsync(IServiceProvider sp, TenantProvisioning provisioning, CancellationToken ct)
    {
        var db = sp.GetRequiredService<PlatformDb>();
        var clock = sp.GetRequiredService<TimeProvider>();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var tenant = await db.Tenants.FirstOrDefaultAsync(t => t.Slug == DemoSlug, ct) ?? await provisioning.CreateAsync(new Tenant
        {
            Slug = DemoSlug,
            Name = "Miasto Przykładowe",
            Kind = TenantKind.Municipality,
            MunicipalityType = MunicipalityType.Urban,
            TerytCode = "0299011",
            BipUrl = "https://bip.miasto-przykladowe.example",
            WebsiteUrl = "https://www.miasto-przykladowe.example",
            Street = "ul. Rynek 1",
            PostalCode = "00-950",
            City = "Miasto Przykładowe",
            Email = "urzad@miasto-przykladowe.example",
            Phone = "+48 22 000 00 00",
            WebsitePublishedOn = new DateOnly(2026, 1, 15),
            WebsiteUpdatedOn = today,
            StatementPreparedOn = new DateOnly(2026, 1, 15),
            StatementReviewedOn = today,
            AccessibilityStatus = AccessibilityStatus.PartiallyCompliant,
            NonAccessibleContent = "Niektóre załączniki PDF opublikowane przed 2026 r. przez organizacje nie są dostępne cyfrowo (skany dokumentów).",
            AccessibilityExemptions = "Mapy internetowe (art. 3 ust. 1 pkt 3 ustawy o dostępności cyfrowej) — obok mapy aktywności organizacji publikujemy jej dostępną listę.",
            AccessibilityContactName = "Ewa Administratorka",
            AccessibilityContactEmail = "dostepnosc@miasto-przykladowe.example",
            AccessibilityContactPhone = "+48 22 000 00 01",
            ArchitecturalAccessibility = "Wejście do Urzędu od ul. Rynek 1 jest dostępne z poziomu chodnika. W budynku jest winda i toaleta dla osób z niepełnosprawnościami. Do budynku można wejść z psem asystującym. W Biurze Obsługi Mieszkańców jest pętla indukcyjna i można skorzystać z tłumacza PJM online.",
            MobileApps = "Urząd nie udostępnia aplikacji mobilnych.",
            DataProtectionOfficerEmail = "iod@miasto-przykladowe.example",
        }, demo.Value.Hosts, ct);

        var tenantInfo = TenantStore.ToInfo(tenant);
        sp.GetRequiredService<ITenantContext>().Set(tenantInfo);

        var departments = await db.Departments.ToListAsync(ct);
        if (departments.Count == 0)
        {
            departments =
            [
                new Department { Name = "Wydział Współpracy z Organizacjami Pozarządowymi", ShortName = "WOP", Email = "wop@miasto-przykladowe.example" },
                new Department { Name = "Wydział Kultury", ShortName = "WK", Email = "kultura@miasto-przykladowe.example" },
                new Department { Name = "Wydział Sportu", ShortName = "WS", Email = "sport@miasto-przykladowe.example" },
                new Department { Name = "Wydział Polityki Społecznej", ShortName = "WPS", Email = "wps@miasto-przykladowe.example" },
                new Department { Name = "Biuro Partycypacji Społecznej", ShortName = "BPS", Email = "partycypacja@miasto-przykladowe.example" },
            ];
            db.Departments.AddRange(departments);
            await db.SaveChangesAsync(ct);
        }
        var cooperation = departments.First(d => d.ShortName == "WOP");

        var ids = new Dictionary<string, Guid>();
        foreach (var (local, name, _) in PlatformAccounts)
        {
            ids[local] = await EnsureAsync($"{local}@{Domain}", name, ct);
        }
        var now = clock.GetUtcNow();
        if (!await db.RoleAssignments.AnyAsync(r => r.UserId == ids["urzednik"], ct))
        {
            db.RoleAssignments.Add(new RoleAssignment { UserId = ids["urzednik"], Role = TenantRole.Official, DepartmentId = cooperation.Id, AssignedAt = now });
        }
        if (!await db.RoleAssignments.AnyAsync(r => r.UserId == ids["admin"], ct))
        {
            db.RoleAssignments.Add(new RoleAssignment { UserId = ids["admin"], Role = TenantRole.TenantAdmin, AssignedAt = now });
        }
        var platformAdmin = await db.Users.FirstAsync(u => u.Id == ids["platforma"], ct);
        platformAdmin.IsPlatformAdmin = true;
        await db.SaveChangesAsync(ct);
    }
}
