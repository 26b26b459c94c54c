using Civitas.Organisations.Contracts;
using Civitas.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Web.Tests.Organisations;

/// <summary>A stand-in for another module's section ("grants received"): renders for one organisation only.</summary>
public sealed class TestGrantsSectionViewComponent : ViewComponent
{
    public static string Slug { get; set; } = "klub-zeglarski-lodz-w-miescie-przykladowym";

    public IViewComponentResult Invoke(Guid organisationId)
    {
        var db = HttpContext.RequestServices.GetRequiredService<Civitas.Organisations.Data.OrganisationsDb>();
        var slug = db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Slug).Single();
        return slug == Slug
            ? new HtmlContentViewComponentResult(new HtmlString("<section class=\"test-grants\"><h2>Otrzymane dotacje</h2><p>3 umowy w latach 2024–2026.</p></section>"))
            : new HtmlContentViewComponentResult(HtmlString.Empty);
    }
}

/// <summary>The app with one extra profile section, as another module would register it.</summary>
public sealed class SectionsAppFactory(DatabaseKind kind) : CivitasAppFactory(kind)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(new OrganisationProfileSection("TestGrantsSection", 100));
            services.AddRazorPages().ConfigureApplicationPartManager(m => m.ApplicationParts.Add(new AssemblyPart(typeof(TestGrantsSectionViewComponent).Assembly)));
        });
    }
}

public abstract class SectionsFixture(DatabaseKind kind) : IAsyncLifetime
{
    public SectionsAppFactory App { get; } = new(kind);

    public Task InitializeAsync() => App.StartAsync();

    public async Task DisposeAsync() => await App.DisposeAsync();
}

public sealed class SqliteSectionsFixture() : SectionsFixture(DatabaseKind.Sqlite);

public sealed class PostgresSectionsFixture() : SectionsFixture(DatabaseKind.Postgres);

public abstract class ProfileSectionsTests(SectionsFixture fixture)
{
    [Fact]
    public async Task A_section_another_module_contributes_shows_on_the_profile_and_an_empty_one_is_absent()
    {
        using var client = new TestClient(fixture.App);
        var with = await client.GetPageAsync("/organizacje/" + TestGrantsSectionViewComponent.Slug);
        Assert.Equal("Otrzymane dotacje", with.QuerySelector(".profile-section .test-grants h2")!.TextContent);
        var other = (await client.GetPageAsync("/organizacje")).QuerySelectorAll(".org-list h3 a").Select(a => a.GetAttribute("href")!).First(h => !h.EndsWith(TestGrantsSectionViewComponent.Slug, StringComparison.Ordinal));
        var without = await client.GetPageAsync(other);
        Assert.Null(without.QuerySelector(".profile-section"));
    }
}

public sealed class ProfileSectionsTests_Sqlite(SqliteSectionsFixture f) : ProfileSectionsTests(f), IClassFixture<SqliteSectionsFixture>;

public sealed class ProfileSectionsTests_Postgres(PostgresSectionsFixture f) : ProfileSectionsTests(f), IClassFixture<PostgresSectionsFixture>;
