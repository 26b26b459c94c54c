using System.Net;
using Civitas.Testing;
using static Civitas.Web.Tests.Accounts.AccountSteps;

namespace Civitas.Web.Tests.Accounts;

/// <summary>An installation that is not a demo: no demo tenant, no demo accounts on the sign-in page.</summary>
public abstract class NoDemoTests(AppFixture fixture)
{
    [Fact]
    public async Task Demo_accounts_are_not_listed_when_demo_mode_is_off()
    {
        await fixture.App.CreateTenantAsync("gmina-produkcyjna", "Gmina Produkcyjna", "localhost");
        using var client = new TestClient(fixture.App);
        var page = await client.GetPageAsync("/konto/logowanie");
        Assert.NotNull(page.GetElementById("Input_Email"));
        Assert.Null(page.QuerySelector("section[aria-labelledby='demo-accounts']"));
        Assert.DoesNotContain("Demo-Przyklad-2026", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("miasto-przykladowe.example", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }
}

/// <summary>Sign-in POSTs over the configured limit get 429.</summary>
public abstract class RateLimitTests(AppFixture fixture)
{
    [Fact]
    public async Task Sign_in_posts_over_the_limit_are_refused_with_429()
    {
        using var client = new TestClient(fixture.App);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SignInAsync(client, NewEmail("limit"), "Dowolne-Haslo-123")).StatusCode);
        }
        var refused = await SignInAsync(client, NewEmail("limit"), "Dowolne-Haslo-123");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Zbyt wiele prób", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Reading pages is not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/konto/logowanie")).StatusCode);
    }
}

public sealed class NoDemoSqliteFixture() : AppFixture(DatabaseKind.Sqlite)
{
    protected override IDictionary<string, string?> Settings() => new Dictionary<string, string?> { ["Demo:Enabled"] = "false" };
}

public sealed class NoDemoPostgresFixture() : AppFixture(DatabaseKind.Postgres)
{
    protected override IDictionary<string, string?> Settings() => new Dictionary<string, string?> { ["Demo:Enabled"] = "false" };
}

public sealed class RateLimitedSqliteFixture() : AppFixture(DatabaseKind.Sqlite)
{
    protected override IDictionary<string, string?> Settings() => new Dictionary<string, string?> { ["RateLimiting:AccountPerMinute"] = "3" };
}

public sealed class RateLimitedPostgresFixture() : AppFixture(DatabaseKind.Postgres)
{
    protected override IDictionary<string, string?> Settings() => new Dictionary<string, string?> { ["RateLimiting:AccountPerMinute"] = "3" };
}

public sealed class NoDemoTests_Sqlite(NoDemoSqliteFixture f) : NoDemoTests(f), IClassFixture<NoDemoSqliteFixture>;

public sealed class NoDemoTests_Postgres(NoDemoPostgresFixture f) : NoDemoTests(f), IClassFixture<NoDemoPostgresFixture>;

public sealed class RateLimitTests_Sqlite(RateLimitedSqliteFixture f) : RateLimitTests(f), IClassFixture<RateLimitedSqliteFixture>;

public sealed class RateLimitTests_Postgres(RateLimitedPostgresFixture f) : RateLimitTests(f), IClassFixture<RateLimitedPostgresFixture>;
