using System.Net;
using System.Text.Json;
using Civitas.Testing;

namespace Civitas.Web.Tests.Organisations;

public abstract class DirectoryApiTests(AppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;

    [Fact]
    public async Task Searching_lodz_finds_the_organisation_named_with_Lodz_in_Polish_letters()
    {
        using var client = new TestClient(App);
        var response = await client.GetAsync("/api/v1/organisations?q=lodz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var names = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToList();
        Assert.Contains(names, n => n!.Contains("Łódź", StringComparison.Ordinal));
        Assert.Equal(names.Count, json.RootElement.GetProperty("total").GetInt32());
    }
}

public sealed class DirectoryApiTests_Sqlite(SqliteAppFixture f) : DirectoryApiTests(f), IClassFixture<SqliteAppFixture>;

public sealed class DirectoryApiTests_Postgres(PostgresAppFixture f) : DirectoryApiTests(f), IClassFixture<PostgresAppFixture>;
