using System.Net;
using Civitas.Testing;

namespace Civitas.Web.Tests;

public abstract class SmokeTests(AppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;

    [Fact]
    public async Task Home_page_answers_in_Polish_with_the_demo_tenant()
    {
        using var client = new TestClient(App);
        var page = await client.GetPageAsync("/");
        Assert.Equal("pl", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Miasto Przykładowe", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Liveness_probe_answers_Healthy_in_plain_text()
    {
        using var client = new TestClient(App);
        var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}

public sealed class SmokeTests_Sqlite(SqliteAppFixture f) : SmokeTests(f), IClassFixture<SqliteAppFixture>;

public sealed class SmokeTests_Postgres(PostgresAppFixture f) : SmokeTests(f), IClassFixture<PostgresAppFixture>;
