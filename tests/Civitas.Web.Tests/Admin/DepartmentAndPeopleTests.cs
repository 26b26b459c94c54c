using System.Net;
using Civitas.Platform.Identity;
using Civitas.Testing;
using Microsoft.EntityFrameworkCore;

namespace Civitas.Web.Tests.Admin;

public abstract class DepartmentAndPeopleTests(AppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;

    [Fact]
    public async Task Department_edit_conflict_keeps_the_input_shows_the_other_change_and_saves_on_second_attempt()
    {
        var (tenant, host) = await App.OwnTenantAsync("wydzialy");
        var id = await App.DepartmentAsync(tenant, "Wydział Sportu");
        var (first, _) = await App.SignedInAdminAsync(tenant, host);
        var (second, _) = await App.SignedInAdminAsync(tenant, host);
        using (first)
        using (second)
        {
            var url = $"/admin/wydzialy/{id}";
            var stale = await first.GetPageAsync(url);

            var other = await second.SubmitAsync(url, new Dictionary<string, string?> { ["Input.Name"] = "Wydział Sportu i Rekreacji" });
            Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);

            var conflict = await AdminKit.PageAsync(await first.SubmitAsync(stale, url, new Dictionary<string, string?>
            {
                ["Input.Name"] = "Wydział Sportu i Turystyki",
                ["Input.ShortName"] = "WST",
            }));
            Assert.Contains("Ktoś inny zmienił te dane", conflict.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
            Assert.Equal("Wydział Sportu i Turystyki", conflict.GetElementById("Input_Name")!.GetAttribute("value"));
            Assert.Equal("WST", conflict.GetElementById("Input_ShortName")!.GetAttribute("value"));
            Assert.Contains("Wydział Sportu i Rekreacji", conflict.GetElementById("current-values")!.ParentElement!.TextContent, StringComparison.Ordinal);
            Assert.Equal("Wydział Sportu i Rekreacji", await NameAsync(tenant, id));

            // The form now carries the saved version: submitting it again is a knowing overwrite.
            var saved = await first.SubmitAsync(conflict, url, new Dictionary<string, string?>());
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Equal("Wydział Sportu i Turystyki", await NameAsync(tenant, id));
        }
    }

    [Fact]
    public async Task Department_name_must_be_unique_in_the_tenant_whatever_the_letter_case()
    {
        var (tenant, host) = await App.OwnTenantAsync("nazwy");
        await App.DepartmentAsync(tenant, "Wydział Kultury");
        var (client, _) = await App.SignedInAdminAsync(tenant, host);
        using (client)
        {
            var page = await AdminKit.PageAsync(await client.SubmitAsync("/admin/wydzialy/nowy", new Dictionary<string, string?>
            {
                ["Input.Name"] = "  wydział kultury ",
                ["Input.Email"] = "kultura@gmina.example",
            }));
            Assert.Contains("już istnieje", page.FieldError("Input_Name"), StringComparison.Ordinal);
            Assert.Equal("kultura@gmina.example", page.GetElementById("Input_Email")!.GetAttribute("value"));

            var created = await client.SubmitAsync("/admin/wydzialy/nowy", new Dictionary<string, string?> { ["Input.Name"] = "Wydział Kultury i Sztuki", ["Input.ShortName"] = "WKS" });
            var list = await client.FollowAsync(created);
            Assert.Contains("Dodano wydział „Wydział Kultury i Sztuki”", list.QuerySelector(".status")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("Wydział Kultury i Sztuki", list.QuerySelector("table.data")!.TextContent, StringComparison.Ordinal);
        }
        // The same name is free in another tenant.
        var (elsewhere, _) = await App.OwnTenantAsync("nazwy-inne");
        await App.DepartmentAsync(elsewhere, "Wydział Kultury");
    }

    [Fact]
    public async Task Department_with_people_cannot_be_deleted_but_can_be_deactivated_and_an_empty_one_is_deleted()
    {
        var (tenant, host) = await App.OwnTenantAsync("usuwanie");
        var busy = await App.DepartmentAsync(tenant, "Wydział Zajęty");
        var empty = await App.DepartmentAsync(tenant, "Wydział Pusty");
        await App.CreateUserAsync($"official-{AdminKit.Unique()}@example.org", "Urzędniczka", tenant, TenantRole.Official, busy, twoFactor: true);
        var (client, _) = await App.SignedInAdminAsync(tenant, host);
        using (client)
        {
            var busyPage = await client.GetPageAsync($"/admin/wydzialy/{busy}");
            Assert.Null(busyPage.QuerySelector("form[action*='handler=Delete']"));
            var delete = await client.Http.PostAsync(new Uri($"/admin/wydzialy/{busy}?handler=Delete", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = Token(busyPage),
                ["Input.Version"] = busyPage.GetElementById("Input_Version")!.GetAttribute("value")!,
            }));
            var error = await AdminKit.PageAsync(delete);
            Assert.Contains("Nie można usunąć wydziału", error.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
            Assert.NotNull(await FindAsync(tenant, busy));

            // Deactivation: the checkbox unticked.
            var deactivated = await client.SubmitAsync($"/admin/wydzialy/{busy}", new Dictionary<string, string?> { ["Input.IsActive"] = null });
            Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
            Assert.False((await FindAsync(tenant, busy))!.IsActive);

            var emptyPage = await client.GetPageAsync($"/admin/wydzialy/{empty}");
            var deleted = await client.SubmitAsync(emptyPage, $"/admin/wydzialy/{empty}", new Dictionary<string, string?>(), "form[action*='handler=Delete']");
            var list = await client.FollowAsync(deleted);
            Assert.Contains("Usunięto wydział", list.QuerySelector(".status")!.TextContent, StringComparison.Ordinal);
            Assert.Null(await FindAsync(tenant, empty));
        }
        var audit = await App.AsTenantAsync(tenant, (db, _) => db.AuditEntries.Where(e => e.TenantId == tenant.Id && e.EntityId == empty.ToString()).Select(e => e.Action).ToListAsync());
        Assert.Contains("Deleted", audit);
    }

    [Fact]
    public async Task The_last_tenant_administrator_cannot_be_removed()
    {
        var (tenant, host) = await App.OwnTenantAsync("ostatni");
        var (client, admin) = await App.SignedInAdminAsync(tenant, host);
        using (client)
        {
            var assignment = await App.AssignmentIdAsync(tenant, admin.Id, TenantRole.TenantAdmin);
            var page = await AdminKit.PageAsync(await client.SubmitAsync("/admin/osoby",
                new Dictionary<string, string?> { ["assignmentId"] = assignment.ToString() }, "form[action*='handler=Remove']"));
            Assert.Contains("ostatniemu administratorowi", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(assignment, await App.AssignmentIdAsync(tenant, admin.Id, TenantRole.TenantAdmin));

            // With a second administrator the first may step down, and loses the page at once.
            var second = await App.CreateUserAsync($"admin-{AdminKit.Unique()}@example.org", "Druga Administratorka", tenant, TenantRole.TenantAdmin, twoFactor: true);
            var removed = await client.SubmitAsync("/admin/osoby", new Dictionary<string, string?> { ["assignmentId"] = assignment.ToString() }, "form[action*='handler=Remove']");
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
            Assert.Equal("/", removed.Headers.Location!.OriginalString);
            Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/admin/osoby")).StatusCode);

            using var other = new TestClient(App, host);
            await other.SignInAsync(second);
            var last = await App.AssignmentIdAsync(tenant, second.Id, TenantRole.TenantAdmin);
            var refused = await AdminKit.PageAsync(await other.SubmitAsync("/admin/osoby",
                new Dictionary<string, string?> { ["assignmentId"] = last.ToString() }, "form[action*='handler=Remove']"));
            Assert.Contains("ostatniemu administratorowi", refused.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_role_change_applies_at_once_without_signing_in_again()
    {
        var (tenant, host) = await App.OwnTenantAsync("od-razu");
        var department = await App.DepartmentAsync(tenant, "Wydział Współpracy");
        var person = await App.CreateUserAsync($"person-{AdminKit.Unique()}@example.org", "Jan Zmienny", tenant, TenantRole.Official, department, twoFactor: true);
        var (admin, _) = await App.SignedInAdminAsync(tenant, host);
        using var official = new TestClient(App, host);
        await official.SignInAsync(person);
        using (admin)
        {
            // The roles are cached for a while; a change must drop the cache entry.
            Assert.Equal(HttpStatusCode.OK, (await official.GetAsync("/urzad")).StatusCode);
            Assert.NotEqual(HttpStatusCode.OK, (await official.GetAsync("/admin")).StatusCode);

            var assignment = await App.AssignmentIdAsync(tenant, person.Id, TenantRole.Official);
            var removed = await admin.SubmitAsync("/admin/osoby", new Dictionary<string, string?> { ["assignmentId"] = assignment.ToString() }, "form[action*='handler=Remove']");
            var list = await admin.FollowAsync(removed);
            Assert.Contains("Odebrano rolę", list.QuerySelector(".status")!.TextContent, StringComparison.Ordinal);
            Assert.NotEqual(HttpStatusCode.OK, (await official.GetAsync("/urzad")).StatusCode);

            var assigned = await admin.SubmitAsync("/admin/osoby", new Dictionary<string, string?>
            {
                ["Input.Email"] = person.Email.ToUpperInvariant(),
                ["Input.Role"] = nameof(TenantRole.TenantAdmin),
            }, "form[action*='handler=Assign']");
            list = await admin.FollowAsync(assigned);
            Assert.Contains("Nadano rolę", list.QuerySelector(".status")!.TextContent, StringComparison.Ordinal);
            Assert.Contains(person.Email, list.QuerySelector("table.data")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await official.GetAsync("/admin")).StatusCode);
        }
        var audit = await App.AsTenantAsync(tenant, (db, _) => db.AuditEntries
            .Where(e => e.TenantId == tenant.Id && e.EntityType == nameof(RoleAssignment)).Select(e => e.Action).ToListAsync());
        Assert.Contains("Deleted", audit);
        Assert.Contains("Created", audit);
    }

    [Fact]
    public async Task Assigning_a_role_explains_what_is_missing_next_to_the_field()
    {
        var (tenant, host) = await App.OwnTenantAsync("nadawanie");
        var inactive = await App.DepartmentAsync(tenant, "Wydział Zamknięty");
        await App.AsTenantAsync(tenant, async (db, _) =>
        {
            var d = await db.Departments.SingleAsync(x => x.Id == inactive);
            d.IsActive = false;
            return await db.SaveChangesAsync();
        });
        var person = await App.CreateUserAsync($"person-{AdminKit.Unique()}@example.org", "Anna Nowa");
        var (client, _) = await App.SignedInAdminAsync(tenant, host);
        using (client)
        {
            var page = await AdminKit.PageAsync(await client.SubmitAsync("/admin/osoby", new Dictionary<string, string?>
            {
                ["Input.Email"] = person.Email,
                ["Input.Role"] = nameof(TenantRole.Official),
            }, "form[action*='handler=Assign']"));
            Assert.Contains("Wybierz wydział", page.FieldError("Input_DepartmentId"), StringComparison.Ordinal);
            Assert.Equal(person.Email, page.GetElementById("Input_Email")!.GetAttribute("value"));
            // An inactive department is not offered.
            Assert.DoesNotContain(page.GetElementById("Input_DepartmentId")!.QuerySelectorAll("option"), o => o.GetAttribute("value") == inactive.ToString());

            page = await AdminKit.PageAsync(await client.SubmitAsync("/admin/osoby", new Dictionary<string, string?>
            {
                ["Input.Email"] = person.Email,
                ["Input.Role"] = nameof(TenantRole.Official),
                ["Input.DepartmentId"] = inactive.ToString(),
            }, "form[action*='handler=Assign']"));
            Assert.Contains("nieaktywny", page.FieldError("Input_DepartmentId"), StringComparison.Ordinal);

            page = await AdminKit.PageAsync(await client.SubmitAsync("/admin/osoby", new Dictionary<string, string?>
            {
                ["Input.Email"] = "nikt-taki@example.org",
                ["Input.Role"] = nameof(TenantRole.TenantAdmin),
            }, "form[action*='handler=Assign']"));
            Assert.Contains("Nie ma konta z adresem nikt-taki@example.org", page.FieldError("Input_Email"), StringComparison.Ordinal);

            var unconfirmed = await App.CreateUserAsync($"new-{AdminKit.Unique()}@example.org", "Niepotwierdzona", confirmed: false);
            page = await AdminKit.PageAsync(await client.SubmitAsync("/admin/osoby", new Dictionary<string, string?>
            {
                ["Input.Email"] = unconfirmed.Email,
                ["Input.Role"] = nameof(TenantRole.TenantAdmin),
            }, "form[action*='handler=Assign']"));
            Assert.Contains("nie zostało jeszcze potwierdzone", page.FieldError("Input_Email"), StringComparison.Ordinal);

            var admin = await client.SubmitAsync("/admin/osoby", new Dictionary<string, string?>
            {
                ["Input.Email"] = person.Email,
                ["Input.Role"] = nameof(TenantRole.TenantAdmin),
            }, "form[action*='handler=Assign']");
            Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
            page = await AdminKit.PageAsync(await client.SubmitAsync("/admin/osoby", new Dictionary<string, string?>
            {
                ["Input.Email"] = person.Email,
                ["Input.Role"] = nameof(TenantRole.TenantAdmin),
            }, "form[action*='handler=Assign']"));
            Assert.Contains("ma już tę rolę", page.FieldError("Input_Email"), StringComparison.Ordinal);
            Assert.Equal(1, await App.AsTenantAsync(tenant, (db, _) => db.RoleAssignments.CountAsync(r => r.UserId == person.Id)));
        }
    }

    private Task<string> NameAsync(Platform.Tenancy.TenantInfo tenant, Guid id)
        => App.AsTenantAsync(tenant, (db, _) => db.Departments.Where(d => d.Id == id).Select(d => d.Name).SingleAsync());

    private Task<Department?> FindAsync(Platform.Tenancy.TenantInfo tenant, Guid id)
        => App.AsTenantAsync(tenant, (db, _) => db.Departments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id));

    private static string Token(AngleSharp.Html.Dom.IHtmlDocument page)
        => page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
}

public sealed class DepartmentAndPeopleTests_Sqlite(SqliteAppFixture f) : DepartmentAndPeopleTests(f), IClassFixture<SqliteAppFixture>;

public sealed class DepartmentAndPeopleTests_Postgres(PostgresAppFixture f) : DepartmentAndPeopleTests(f), IClassFixture<PostgresAppFixture>;
