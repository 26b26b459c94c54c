using Civitas.Platform.Data;
using Civitas.Platform.Identity;
using Civitas.Platform.Tenancy;
using Civitas.Platform.Tests.Support;
using Civitas.Testing;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Platform.Tests.Tenancy;

public abstract class TenantIsolationTests(AppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;

    private async Task<(TenantInfo A, TenantInfo B, Guid DepartmentOfB)> TwoTenantsAsync()
    {
        var a = await App.NewTenantAsync("Gmina A");
        var b = await App.NewTenantAsync("Gmina B");
        await App.InTenantAsync(a, async (db, _) =>
        {
            db.Departments.AddRange(new Department { Name = "Wydział A1" }, new Department { Name = "Wydział A2" });
            await db.SaveChangesAsync();
        });
        var ofB = await App.InTenantAsync(b, async (db, _) =>
        {
            var department = new Department { Name = "Wydział B1" };
            db.Departments.Add(department);
            await db.SaveChangesAsync();
            return department.Id;
        });
        return (a, b, ofB);
    }

    [Fact]
    public async Task Queries_in_one_tenant_never_return_another_tenants_rows()
    {
        var (a, b, ofB) = await TwoTenantsAsync();
        await App.InTenantAsync(a, async (db, _) =>
        {
            var names = await db.Departments.Select(d => d.Name).OrderBy(n => n).ToListAsync();
            Assert.Equal(["Wydział A1", "Wydział A2"], names);
            Assert.Null(await db.Departments.FirstOrDefaultAsync(d => d.Id == ofB));
            Assert.Null(await db.Departments.FindAsync(ofB));
            Assert.Equal(2, await db.Departments.CountAsync());
            Assert.All(await db.LegalParameters.ToListAsync(), p => Assert.Equal(a.Id, p.TenantId));
        });
        await App.InTenantAsync(b, async (db, _) =>
            Assert.Equal(["Wydział B1"], await db.Departments.Select(d => d.Name).ToListAsync()));
    }

    [Fact]
    public async Task Without_a_tenant_no_tenant_owned_row_is_visible()
    {
        await TwoTenantsAsync();
        await App.InTenantAsync(null, async (db, _) =>
        {
            Assert.Equal(0, await db.Departments.CountAsync());
            Assert.Equal(0, await db.LegalParameters.CountAsync());
        });
    }

    [Fact]
    public async Task Ignoring_the_tenant_filter_by_name_sees_every_tenant()
    {
        var (a, b, ofB) = await TwoTenantsAsync();
        await App.InTenantAsync(a, async (db, _) =>
        {
            var rows = await db.Departments.IgnoreQueryFilters([TenantFilter.Name])
                .Where(d => d.TenantId == a.Id || d.TenantId == b.Id).ToListAsync();
            Assert.Equal(3, rows.Count);
            Assert.Contains(rows, d => d.Id == ofB && d.TenantId == b.Id);
        });
    }

    [Fact]
    public async Task A_new_row_is_stamped_with_the_current_tenant()
    {
        var a = await App.NewTenantAsync("Gmina Stemplowa");
        var department = await App.InTenantAsync(a, async (db, _) =>
        {
            var d = new Department { Name = "Wydział Nowy" };
            db.Departments.Add(d);
            await db.SaveChangesAsync();
            return d;
        });
        Assert.Equal(a.Id, department.TenantId);
        var stored = await App.InTenantAsync(a, (db, _) => db.Departments.AsNoTracking().SingleAsync(d => d.Id == department.Id));
        Assert.Equal(a.Id, stored.TenantId);
    }

    [Fact]
    public async Task Adding_a_tenant_owned_row_outside_any_tenant_is_refused()
    {
        await App.InTenantAsync(null, async (db, _) =>
        {
            db.Departments.Add(new Department { Name = "Wydział Niczyj" });
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        });
    }

    [Fact]
    public async Task Adding_a_row_for_another_tenant_is_refused()
    {
        var (a, b, _) = await TwoTenantsAsync();
        await App.InTenantAsync(a, async (db, _) =>
        {
            db.Departments.Add(new Department { Name = "Wydział Podrzucony", TenantId = b.Id });
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        });
        await App.InTenantAsync(b, async (db, _) =>
            Assert.False(await db.Departments.AnyAsync(d => d.Name == "Wydział Podrzucony")));
    }

    [Fact]
    public async Task Modifying_another_tenants_row_is_refused()
    {
        var (a, b, ofB) = await TwoTenantsAsync();
        await App.InTenantAsync(a, async (db, _) =>
        {
            var foreign = await db.Departments.IgnoreQueryFilters([TenantFilter.Name]).SingleAsync(d => d.Id == ofB);
            foreign.Name = "Przejęty";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        });
        await AssertUnchangedAsync(b, ofB);
    }

    [Fact]
    public async Task Moving_another_tenants_row_into_the_current_tenant_is_refused()
    {
        var (a, b, ofB) = await TwoTenantsAsync();
        await App.InTenantAsync(a, async (db, _) =>
        {
            var foreign = await db.Departments.IgnoreQueryFilters([TenantFilter.Name]).SingleAsync(d => d.Id == ofB);
            foreign.TenantId = a.Id;
            foreign.Name = "Przejęty";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        });
        await AssertUnchangedAsync(b, ofB);
    }

    [Fact]
    public async Task Moving_an_own_row_to_another_tenant_is_refused()
    {
        var (a, b, _) = await TwoTenantsAsync();
        await App.InTenantAsync(a, async (db, _) =>
        {
            var own = await db.Departments.FirstAsync();
            own.TenantId = b.Id;
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        });
        await App.InTenantAsync(a, async (db, _) => Assert.Equal(2, await db.Departments.CountAsync()));
    }

    [Fact]
    public async Task Deleting_another_tenants_row_is_refused()
    {
        var (a, b, ofB) = await TwoTenantsAsync();
        await App.InTenantAsync(a, async (db, _) =>
        {
            var foreign = await db.Departments.IgnoreQueryFilters([TenantFilter.Name]).SingleAsync(d => d.Id == ofB);
            db.Departments.Remove(foreign);
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        });
        await AssertUnchangedAsync(b, ofB);
    }

    [Fact]
    public async Task Bulk_updates_and_deletes_reach_only_the_current_tenants_rows()
    {
        var (a, b, ofB) = await TwoTenantsAsync();
        await App.InTenantAsync(a, async (db, _) =>
        {
            Assert.Equal(2, await db.Departments.ExecuteUpdateAsync(s => s.SetProperty(d => d.IsActive, false)));
            Assert.Equal(2, await db.Departments.ExecuteDeleteAsync());
        });
        await AssertUnchangedAsync(b, ofB);
    }

    private async Task AssertUnchangedAsync(TenantInfo b, Guid id)
    {
        var row = await App.InTenantAsync(b, (db, _) => db.Departments.AsNoTracking().SingleAsync(d => d.Id == id));
        Assert.Equal("Wydział B1", row.Name);
        Assert.Equal(b.Id, row.TenantId);
        Assert.True(row.IsActive);
    }
}

public sealed class TenantIsolationTests_Sqlite(SqliteAppFixture f) : TenantIsolationTests(f), IClassFixture<SqliteAppFixture>;

public sealed class TenantIsolationTests_Postgres(PostgresAppFixture f) : TenantIsolationTests(f), IClassFixture<PostgresAppFixture>;
