using System.Data.Common;
using System.Text.Json;
using Civitas.Platform.Audit;
using Civitas.Platform.Identity;
using Civitas.Platform.Tests.Support;
using Civitas.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Platform.Tests.Audit;

public abstract class AuditTrailTests(AppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;

    [Fact]
    public async Task Creating_updating_and_deleting_an_audited_entity_writes_entries_with_actor_tenant_and_changed_fields_only()
    {
        var tenant = await App.NewTenantAsync("Gmina Audytowa");
        var official = new Actor(Guid.NewGuid(), "Jan Urzędnik");
        var id = await App.InTenantAsync(tenant, async (db, sp) =>
        {
            sp.GetRequiredService<IActorContext>().Set(official);
            var department = new Department { Name = "Wydział Kultury", ShortName = "WK", Email = "kultura@example.org" };
            db.Departments.Add(department);
            await db.SaveChangesAsync();

            department.Name = "Wydział Kultury i Sportu";
            await db.SaveChangesAsync();

            db.Departments.Remove(department);
            await db.SaveChangesAsync();
            return department.Id;
        });

        var entries = await App.InTenantAsync(null, (db, _) => db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(Department) && e.EntityId == id.ToString())
            .ToListAsync());

        // The test clock stands still and UUIDv7 is not monotonic within a millisecond: find each by its action.
        Assert.Equal(["Created", "Deleted", "Updated"], entries.Select(e => e.Action).Order(StringComparer.Ordinal));
        Assert.All(entries, e =>
        {
            Assert.Equal(tenant.Id, e.TenantId);
            Assert.Equal(official.UserId, e.ActorId);
            Assert.Equal("Jan Urzędnik", e.ActorName);
            Assert.Equal("platform", e.Module);
        });

        using var created = JsonDocument.Parse(entries.Single(e => e.Action == "Created").Changes!);
        Assert.Equal("Wydział Kultury", created.RootElement.GetProperty("Name").GetProperty("after").GetString());
        Assert.Equal(tenant.Id, created.RootElement.GetProperty("TenantId").GetProperty("after").GetGuid());
        Assert.False(created.RootElement.TryGetProperty("Version", out _));

        using var updated = JsonDocument.Parse(entries.Single(e => e.Action == "Updated").Changes!);
        Assert.Equal(["Name"], updated.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Wydział Kultury", updated.RootElement.GetProperty("Name").GetProperty("before").GetString());
        Assert.Equal("Wydział Kultury i Sportu", updated.RootElement.GetProperty("Name").GetProperty("after").GetString());

        using var deleted = JsonDocument.Parse(entries.Single(e => e.Action == "Deleted").Changes!);
        Assert.Equal("Wydział Kultury i Sportu", deleted.RootElement.GetProperty("Name").GetProperty("before").GetString());
        Assert.Equal("kultura@example.org", deleted.RootElement.GetProperty("Email").GetProperty("before").GetString());
        Assert.False(deleted.RootElement.GetProperty("Name").TryGetProperty("after", out _));
    }

    [Fact]
    public async Task Saving_an_unchanged_entity_writes_no_audit_entry()
    {
        var tenant = await App.NewTenantAsync("Gmina Bez Zmian");
        var id = await App.InTenantAsync(tenant, async (db, _) =>
        {
            var department = new Department { Name = "Biuro Rady" };
            db.Departments.Add(department);
            await db.SaveChangesAsync();
            // Marking the whole entity modified with the same values is not a change.
            db.Departments.Update(department);
            await db.SaveChangesAsync();
            return department.Id.ToString();
        });
        var actions = await App.InTenantAsync(null, (db, _) => db.AuditEntries.Where(e => e.EntityId == id).Select(e => e.Action).ToListAsync());
        Assert.Equal("Created", Assert.Single(actions));
    }

    [Fact]
    public async Task A_change_without_a_signed_in_person_is_recorded_as_the_system()
    {
        var tenant = await App.NewTenantAsync("Gmina Systemowa");
        var id = await App.InTenantAsync(tenant, async (db, _) =>
        {
            var department = new Department { Name = "Wydział Obsługi" };
            db.Departments.Add(department);
            await db.SaveChangesAsync();
            return department.Id.ToString();
        });
        var entry = await App.InTenantAsync(null, (db, _) => db.AuditEntries.SingleAsync(e => e.EntityId == id));
        Assert.Null(entry.ActorId);
        Assert.Equal("system", entry.ActorName);
    }

    [Fact]
    public async Task The_database_refuses_to_update_or_delete_audit_entries()
    {
        var tenant = await App.NewTenantAsync("Gmina Niezmienna");
        var id = await App.InTenantAsync(tenant, async (db, _) =>
        {
            var department = new Department { Name = "Wydział Archiwum" };
            db.Departments.Add(department);
            await db.SaveChangesAsync();
            return department.Id.ToString();
        });

        await App.InTenantAsync(null, async (db, _) =>
        {
            await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync(
                "UPDATE platform_audit_entry SET actor_name = 'ktoś inny' WHERE entity_id = {0}", id));
            await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync(
                "DELETE FROM platform_audit_entry WHERE entity_id = {0}", id));
            await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM platform_audit_entry"));
            // Nor through EF's bulk operations.
            await Assert.ThrowsAnyAsync<DbException>(() => db.AuditEntries.Where(e => e.EntityId == id).ExecuteDeleteAsync());
        });

        var entry = await App.InTenantAsync(null, (db, _) => db.AuditEntries.AsNoTracking().SingleAsync(e => e.EntityId == id));
        Assert.Equal("system", entry.ActorName);
    }
}

public sealed class AuditTrailTests_Sqlite(SqliteAppFixture f) : AuditTrailTests(f), IClassFixture<SqliteAppFixture>;

public sealed class AuditTrailTests_Postgres(PostgresAppFixture f) : AuditTrailTests(f), IClassFixture<PostgresAppFixture>;
