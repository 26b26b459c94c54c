using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Civitas.Platform.Data;
using Civitas.Platform.Identity;
using Civitas.Platform.Tenancy;
using Civitas.Testing;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Web.Tests.Isolation;

/// <summary>
/// Issue 2, "Done when" 2: walks EVERY route of the app (every module's pages and endpoints, found
/// from the endpoint table, so a new module is walked without touching this test) as people of
/// tenant A on tenant A's host — anonymous, a resident, an official and an administrator of A —
/// with every id, slug and key of tenant B's rows put into the route, and proves that:
/// nothing of tenant B is readable (no response contains any of B's names or titles), and nothing
/// of tenant B is writable (after POSTing to every page handler with B's ids, every tenant-owned row
/// of B is exactly as before).
/// Tenant B is the demo tenant, which every module seeds with realistic data; tenant A is new and
/// empty, so anything of B on A's pages is a leak.
/// </summary>
public abstract partial class TenantIsolationWalkTests(AppFixture fixture)
{
    private const string HostA = "gmina-a.test";
    private CivitasAppFactory App => fixture.App;

    [Fact]
    public async Task Nothing_of_another_tenant_is_readable_or_writable_through_any_route()
    {
        await App.DispatchOutboxAsync(); // module seeders publish through the outbox
        var tenantB = await App.DemoTenantAsync();
        var tenantA = await App.CreateTenantAsync("gmina-a", "Gmina A Izolowana", HostA);
        var departmentA = await App.DepartmentAsync(tenantA, "Wydział Jedyny A");
        var people = new Dictionary<string, TestUser?>
        {
            ["anonymous"] = null,
            ["resident"] = await App.CreateUserAsync(Email("resident"), "Mieszkaniec A"),
            ["official"] = await App.CreateUserAsync(Email("official"), "Urzędnik A", tenantA, TenantRole.Official, departmentA, twoFactor: true),
            ["admin"] = await App.CreateUserAsync(Email("admin"), "Administrator A", tenantA, TenantRole.TenantAdmin, twoFactor: true),
        };

        var b = await SnapshotAsync(tenantB.Id);
        Assert.True(b.Rows.Count > 20, $"Tenant B should have realistic data to leak; it has {b.Rows.Count} rows.");
        Assert.NotEmpty(b.Markers);
        var routes = await RoutesAsync();
        // Handler names compare without case ("Get" in the descriptor); a walk that skips pages proves nothing.
        Assert.Contains(routes, r => r.Template == "/konto/logowanie" && r.AcceptsGet && r.PostHandlers.Count > 0);
        Assert.True(routes.Count > 20, "The endpoint table should list the app's routes.");

        var leaks = new List<string>();
        var requests = 0;
        foreach (var (who, user) in people)
        {
            using var client = new TestClient(App, HostA);
            if (user is not null) await client.SignInAsync(user);
            var token = await AntiforgeryTokenAsync(client);
            foreach (var route in routes)
            {
                foreach (var url in Urls(route, b))
                {
                    if (route.AcceptsGet)
                    {
                        requests++;
                        var response = await client.GetAsync(url);
                        await CheckAsync(response, $"{who} GET {url}", b, leaks);
                    }
                    foreach (var handler in route.PostHandlers)
                    {
                        requests++;
                        var target = handler.Length == 0 ? url : url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=" + handler;
                        var response = await client.Http.PostAsync(new Uri(target, UriKind.Relative), Form(token, route, b));
                        await CheckAsync(response, $"{who} POST {target}", b, leaks);
                    }
                }
            }
        }

        Assert.True(leaks.Count == 0, $"Tenant B leaked through {leaks.Count} of {requests} requests:\n" + string.Join("\n", leaks.Take(40)));
        await App.DispatchOutboxAsync();
        var after = await SnapshotAsync(tenantB.Id);
        var changed = b.Rows.Where(kv => !after.Rows.TryGetValue(kv.Key, out var v) || v != kv.Value).Select(kv => kv.Key)
            .Concat(after.Rows.Keys.Except(b.Rows.Keys)).ToList();
        Assert.True(changed.Count == 0, $"Tenant B's rows changed during a walk by tenant A ({requests} requests): " + string.Join(", ", changed.Take(20)));
    }

    private static async Task CheckAsync(HttpResponseMessage response, string what, Snapshot b, List<string> leaks)
    {
        if ((int)response.StatusCode >= 500)
        {
            leaks.Add($"{what} -> {(int)response.StatusCode} (a server error is a bug)");
            return;
        }
        // Pages may encode non-ASCII letters as character references, and JSON as \u escapes: compare decoded text.
        var raw = await response.Content.ReadAsStringAsync();
        var body = WebUtility.HtmlDecode(raw) + "\n" + JsonEscape().Replace(raw, m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
        var location = response.Headers.Location?.OriginalString ?? "";
        foreach (var marker in b.Markers)
        {
            if (body.Contains(marker, StringComparison.Ordinal) || location.Contains(marker, StringComparison.Ordinal))
            {
                leaks.Add($"{what} -> {(int)response.StatusCode} shows \"{marker}\"");
                return;
            }
        }
    }

    private static string Email(string who) => $"{who}-{Guid.NewGuid():N}@gmina-a.test";

    private static async Task<string> AntiforgeryTokenAsync(TestClient client)
    {
        // Any page with a form carries a token valid for this client's cookie and user.
        foreach (var page in new[] { "/konto/logowanie", "/konto" })
        {
            var response = await client.GetAsync(page);
            if (response.StatusCode != HttpStatusCode.OK) continue;
            var doc = TestClient.Parse(await response.Content.ReadAsStringAsync());
            var token = doc.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
            if (!string.IsNullOrEmpty(token)) return token;
        }
        throw new Xunit.Sdk.XunitException("No antiforgery token found.");
    }

    private static FormUrlEncodedContent Form(string token, Route route, Snapshot b)
    {
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token) };
        // Ids of B in the usual form fields too: a handler that trusts a hidden id must check it.
        var anyId = b.Ids.FirstOrDefault().ToString();
        foreach (var name in route.Parameters.Append("id"))
        {
            fields.Add(new(name, anyId));
            fields.Add(new($"Input.{char.ToUpperInvariant(name[0])}{name[1..]}", anyId));
        }
        fields.Add(new("Input.Reason", "Próba izolacji"));
        return new FormUrlEncodedContent(fields);
    }

    private static IEnumerable<string> Urls(Route route, Snapshot b)
    {
        if (route.Parameters.Count == 0)
        {
            yield return route.Template;
            yield break;
        }
        // Fill every parameter with each of B's candidate values for it (ids, slugs, keys).
        var first = route.Parameters[0];
        foreach (var value in Candidates(first, route.Constraints.GetValueOrDefault(first), b))
        {
            var url = route.Template;
            foreach (var p in route.Parameters)
            {
                var v = p == first ? value : Candidates(p, route.Constraints.GetValueOrDefault(p), b).FirstOrDefault() ?? "x";
                url = ParameterPattern().Replace(url, m => m.Groups[1].Value.Equals(p, StringComparison.OrdinalIgnoreCase) ? Uri.EscapeDataString(v) : m.Value);
            }
            yield return url;
        }
    }

    private static IEnumerable<string> Candidates(string parameter, string? constraint, Snapshot b)
    {
        if (constraint == "int") return ["1", "2"];
        var strings = b.Strings.GetValueOrDefault(parameter.ToLowerInvariant()) ?? [];
        var ids = b.Ids.Select(i => i.ToString());
        return constraint == "guid" ? ids : strings.Concat(ids).Distinct();
    }

    private async Task<List<Route>> RoutesAsync()
    {
        using var scope = App.Services.CreateScope();
        var sources = scope.ServiceProvider.GetServices<EndpointDataSource>();
        var loader = scope.ServiceProvider.GetRequiredService<PageLoader>();
        var routes = new Dictionary<string, Route>(StringComparer.Ordinal);
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern;
            var template = "/" + (pattern.RawText ?? "").TrimStart('/');
            if (template.StartsWith("/_", StringComparison.Ordinal) || template.Contains('.', StringComparison.Ordinal) && !template.Contains('{', StringComparison.Ordinal)) continue; // static files
            if (template.StartsWith("/openapi", StringComparison.Ordinal) || template.Contains("**", StringComparison.Ordinal)) continue;
            var parameters = pattern.Parameters.Select(p => p.Name).ToList();
            var constraints = pattern.Parameters.Where(p => p.ParameterPolicies.Count > 0)
                .ToDictionary(p => p.Name, p => p.ParameterPolicies[0].Content ?? "", StringComparer.Ordinal);
            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods;
            var page = endpoint.Metadata.GetMetadata<PageActionDescriptor>();
            var posts = new List<string>();
            var get = methods is null || methods.Contains("GET");
            if (page is not null)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                posts.AddRange(compiled.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase)).Select(h => h.Name ?? "").Distinct());
                get = compiled.HandlerMethods.Count == 0 || compiled.HandlerMethods.Any(h => string.Equals(h.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase));
            }
            else if (methods is not null && (methods.Contains("POST") || methods.Contains("PUT") || methods.Contains("DELETE")))
            {
                posts.Add("");
            }
            // Sign-out would end the walk's session; it touches nothing of any tenant.
            if (template == "/konto/wyloguj") posts.Clear();
            var key = template;
            if (routes.TryGetValue(key, out var existing))
            {
                routes[key] = existing with { AcceptsGet = existing.AcceptsGet || get, PostHandlers = existing.PostHandlers.Union(posts).ToList() };
            }
            else
            {
                routes[key] = new Route(template, parameters, constraints, get, posts);
            }
        }
        return routes.Values.OrderBy(r => r.Template, StringComparer.Ordinal).ToList();
    }

    /// <summary>Every tenant-owned row of tenant B in every module's database, serialised, plus the
    /// names and titles that must never appear on another tenant's pages.</summary>
    private async Task<Snapshot> SnapshotAsync(Guid tenantB)
    {
        using var scope = App.Services.CreateScope();
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        var markers = new HashSet<string>(StringComparer.Ordinal);
        var ids = new HashSet<Guid>();
        var strings = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var tenantName = (await scope.ServiceProvider.GetRequiredService<ITenantStore>().FindByIdAsync(tenantB))!.Name;
        markers.Add(tenantName);
        foreach (var registration in scope.ServiceProvider.GetServices<ModuleDbRegistration>())
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(registration.ContextType);
            foreach (var entity in db.Model.GetEntityTypes().Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType) && !e.IsOwned() && e.BaseType is null))
            {
                var set = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(entity.ClrType).Invoke(db, null)!;
                var all = await set.IgnoreQueryFilters().AsNoTracking().ToListAsync();
                foreach (var row in all.Where(r => ((ITenantOwned)r).TenantId == tenantB))
                {
                    var properties = entity.GetProperties().Where(p => p.PropertyInfo is not null).ToList();
                    var key = entity.ClrType.Name + ":" + string.Join(",", entity.FindPrimaryKey()!.Properties.Select(p => p.PropertyInfo?.GetValue(row)));
                    rows[key] = JsonSerializer.Serialize(properties.ToDictionary(p => p.Name, p => p.PropertyInfo!.GetValue(row)?.ToString()));
                    foreach (var p in properties)
                    {
                        var value = p.PropertyInfo!.GetValue(row);
                        if (value is Guid g && p.Name == "Id") ids.Add(g);
                        if (value is string s && s.Length > 0)
                        {
                            if (p.Name is "Slug" or "Key" or "Number" or "Code") Add(strings, p.Name.ToLowerInvariant(), s);
                            if (p.Name is "Name" or "Title" && s.Length >= 12) markers.Add(s);
                        }
                    }
                }
            }
        }
        // Global rows that belong to B's directory by way of a tenant-owned row are covered above;
        // route parameters named like "{slug}" also take B's slugs of global rows linked to it.
        return new Snapshot(rows, markers, ids, strings);
    }

    private static void Add(Dictionary<string, HashSet<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var set)) map[key] = set = new HashSet<string>(StringComparer.Ordinal);
        set.Add(value);
    }

    private sealed record Route(string Template, List<string> Parameters, Dictionary<string, string> Constraints, bool AcceptsGet, List<string> PostHandlers);

    private sealed record Snapshot(Dictionary<string, string> Rows, HashSet<string> Markers, HashSet<Guid> Ids, Dictionary<string, HashSet<string>> Strings);

    [GeneratedRegex(@"\\u([0-9A-Fa-f]{4})")]
    private static partial Regex JsonEscape();

    [GeneratedRegex(@"\{\*{0,2}([A-Za-z0-9_]+)(?::[^}]*)?\??\}")]
    private static partial Regex ParameterPattern();
}

/// <summary>Background work off: the walk compares tenant B's rows before and after, so nothing else
/// may change them meanwhile (the outbox is drained by hand).</summary>
public sealed class IsolationSqliteFixture() : AppFixture(DatabaseKind.Sqlite)
{
    protected override IDictionary<string, string?>? Settings() => new Dictionary<string, string?> { ["Background:Enabled"] = "false" };
}

/// <summary>As <see cref="IsolationSqliteFixture"/> on PostgreSQL.</summary>
public sealed class IsolationPostgresFixture() : AppFixture(DatabaseKind.Postgres)
{
    protected override IDictionary<string, string?>? Settings() => new Dictionary<string, string?> { ["Background:Enabled"] = "false" };
}

public sealed class TenantIsolationWalkTests_Sqlite(IsolationSqliteFixture f) : TenantIsolationWalkTests(f), IClassFixture<IsolationSqliteFixture>;

public sealed class TenantIsolationWalkTests_Postgres(IsolationPostgresFixture f) : TenantIsolationWalkTests(f), IClassFixture<IsolationPostgresFixture>;
