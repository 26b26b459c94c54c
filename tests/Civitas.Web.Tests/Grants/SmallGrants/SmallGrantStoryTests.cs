using System.Net;
using Civitas.Grants.Contracts;
using Civitas.Platform.Calendar;
using Civitas.Platform.Data;
using Civitas.Platform.Outbox;
using Civitas.Testing;
using Civitas.Web.Tests.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Web.Tests.Grants.SmallGrants;

/// <summary>The small-grant story of the issue, driven by the fake clock: submission → published within 7
/// working days → a resident comments (moderated, then shown) → after the publication period the offer
/// leaves /male-granty and the register's current list → decision. Moves its app's clock, so it has a
/// fixture of its own.</summary>
public abstract class SmallGrantStoryTests(AppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;

    private static DateTimeOffset Warsaw(int year, int month, int day, int hour) => WarsawTime.ToUtc(new DateOnly(year, month, day), new TimeOnly(hour, 0));

    [Fact]
    public async Task An_offer_is_published_within_seven_working_days_commented_and_decided_after_its_publication_period()
    {
        var tenant = await App.DemoTenantAsync();
        // Wednesday 4 June 2031: the seven working days skip a weekend and Corpus Christi (Thursday 12 June).
        App.Clock.Set(Warsaw(2031, 6, 4, 10));
        var official = await App.OfficialAsync(tenant, "Ewa Urzędniczka");
        var rep = await App.PersonAsync("Marek Prezes");
        var organisationId = await App.OrganisationAsync(tenant, rep, $"Klub Sportowy Historia {Guid.NewGuid():N}");
        var title = $"Letnia liga piłkarska {Guid.NewGuid():N}";

        using (var office = new TestClient(App))
        {
            await office.SignInAsync(official);
            await office.SetPlanAsync(2031, 1_000_000m);
        }

        Guid id;
        using (var member = new TestClient(App))
        {
            await member.SignInAsync(rep);
            id = await member.SubmitOfferAsync(SmallGrantsKit.Offer(organisationId, title, new DateOnly(2031, 7, 1), 46, 9_000m));
            var mine = await member.GetPageAsync("/moje-male-granty");
            Assert.Contains(title, mine.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }

        using var anonymous = new TestClient(App);
        Assert.DoesNotContain(title, (await anonymous.GetPageAsync("/male-granty")).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/male-granty/{id}")).StatusCode);

        // Friday 13 June: the office sees the deadline (Monday 16 June) and publishes with the contact redacted
        // and a name taken out of the description.
        App.Clock.Set(Warsaw(2031, 6, 13, 9));
        using (var office = new TestClient(App))
        {
            await office.SignInAsync(official);
            var list = await office.GetPageAsync("/urzad/male-granty");
            var row = list.QuerySelectorAll("table.data tbody tr").Single(r => r.TextContent.Contains(title, StringComparison.Ordinal));
            Assert.Contains(new DateOnly(2031, 6, 16).ToString("d", System.Globalization.CultureInfo.GetCultureInfo("pl")), row.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("Termin publikacji minął", row.TextContent, StringComparison.Ordinal);
            var published = await office.SubmitAsync($"/urzad/male-granty/{id}", new Dictionary<string, string>
            {
                ["Publish.RedactContact"] = "true",
                ["Publish.PublishedDescription"] = "Zajęcia sportowe dla dzieci; prowadzi je trener [dane osobowe wyłączone].",
            }, handler: "Publish");
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }
        await App.DispatchOutboxAsync();

        var details = await anonymous.GetPageAsync($"/male-granty/{id}");
        var text = details.QuerySelector("main")!.TextContent;
        Assert.Contains(title, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Kowalski", text, StringComparison.Ordinal);
        Assert.DoesNotContain("piotr.kowalski@example.org", details.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("art. 5 ust. 2 ustawy z dnia 6 września 2001 r.", text, StringComparison.Ordinal);
        Assert.Contains(title, (await anonymous.GetPageAsync("/male-granty")).Body!.TextContent, StringComparison.Ordinal);
        var register = await anonymous.GetPageAsync("/publikacje");
        Assert.Contains(title, register.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Kowalski", (await anonymous.GetPageAsync(details.QuerySelector("main")!.QuerySelectorAll("a").First(a => (a.GetAttribute("href") ?? "").StartsWith("/publikacje/", StringComparison.Ordinal)).GetAttribute("href")!)).Body!.TextContent, StringComparison.Ordinal);

        // A resident comments anonymously; the comment waits for moderation.
        App.Clock.Set(Warsaw(2031, 6, 16, 18));
        var comment = $"Czy liga obejmie też dziewczęta? {Guid.NewGuid():N}";
        var posted = await anonymous.PostFormAsync($"/male-granty/{id}/uwagi", new Dictionary<string, string> { ["Input.AuthorName"] = "", ["Input.Body"] = comment });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("po sprawdzeniu", (await anonymous.GetPageAsync($"/male-granty/{id}/uwagi")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(comment, (await anonymous.GetPageAsync($"/male-granty/{id}")).Body!.TextContent, StringComparison.Ordinal);

        using (var office = new TestClient(App))
        {
            await office.SignInAsync(official);
            var page = await office.GetPageAsync($"/urzad/male-granty/{id}");
            Assert.Contains(comment, page.QuerySelector("#comments")!.TextContent, StringComparison.Ordinal);
            // Too early to decide: the form is not offered and a forged post is refused.
            Assert.Null(page.QuerySelector("form[action*='handler=Decide']"));
            var approve = await office.PostFromAsync(page, $"/urzad/male-granty/{id}", new Dictionary<string, string> { ["approve"] = "true" }, handler: "Moderate");
            Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        }
        var shown = await anonymous.GetPageAsync($"/male-granty/{id}");
        Assert.Contains(comment, shown.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Uwaga anonimowa", shown.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // Seven days after Friday 13 June is Friday 20 June; from Saturday 21 June the offer is no longer published.
        App.Clock.Set(Warsaw(2031, 6, 20, 23));
        Assert.Contains(title, (await anonymous.GetPageAsync("/male-granty")).Body!.TextContent, StringComparison.Ordinal);
        App.Clock.Set(Warsaw(2031, 6, 21, 0).AddMinutes(5));
        await App.RunScheduledJobsAsync();
        Assert.DoesNotContain(title, (await anonymous.GetPageAsync("/male-granty")).Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(title, (await anonymous.GetPageAsync("/publikacje")).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/male-granty/{id}")).StatusCode);
        var late = await anonymous.PostWithoutTokenAsync($"/male-granty/{id}/uwagi", new Dictionary<string, string> { ["Input.Body"] = "Za późno" });
        Assert.NotEqual(HttpStatusCode.Redirect, late.StatusCode);

        using (var office = new TestClient(App))
        {
            await office.SignInAsync(official);
            var decided = await office.SubmitAsync($"/urzad/male-granty/{id}", new Dictionary<string, string>
            {
                ["Decision.Grant"] = "true",
                ["Decision.Amount"] = "8500",
                ["Decision.Reason"] = "Uwagę mieszkanki uwzględniono: liga będzie otwarta dla dziewcząt.",
            }, handler: "Decide");
            Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
            var page = await office.GetPageAsync($"/urzad/male-granty/{id}");
            Assert.Contains("Dotacja przyznana", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }
        using (var member = new TestClient(App))
        {
            await member.SignInAsync(rep);
            Assert.Contains("8 500,00", (await member.GetPageAsync($"/moje-male-granty/{id}")).QuerySelector("main")!.TextContent.Replace('\u00a0', ' '), StringComparison.Ordinal);
        }
        var awarded = await App.WithScopeAsync(sp => sp.GetRequiredService<PlatformDb>().OutboxMessages.AsNoTracking()
            .Where(m => m.Type.Contains(nameof(GrantAwarded))).Select(m => m.Payload).ToListAsync());
        Assert.Contains(awarded, p => p.Contains(id.ToString(), StringComparison.Ordinal));
    }
}

public sealed class SmallGrantStoryTests_Sqlite(SqliteAppFixture f) : SmallGrantStoryTests(f), IClassFixture<SqliteAppFixture>;

public sealed class SmallGrantStoryTests_Postgres(PostgresAppFixture f) : SmallGrantStoryTests(f), IClassFixture<PostgresAppFixture>;
