using System.Globalization;
using System.Net;
using Civitas.Grants.Data;
using Civitas.Grants.Domain.Competitions;
using Civitas.Platform.Calendar;
using Civitas.Platform.Identity;
using Civitas.Platform.Tenancy;
using Civitas.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Web.Tests.Grants.Competitions;

/// <summary>Arranges competitions through the office pages, as an official would.</summary>
internal static class CompetitionKit
{
    public static string Email(string who) => $"{who}-{Guid.NewGuid():N}@miasto-przykladowe.example";

    public static async Task<(TestClient Client, TestUser User, Guid Department)> OfficialAsync(CivitasAppFactory app, string department = "Wydział Kultury")
    {
        var tenant = await app.DemoTenantAsync();
        var dep = await app.DepartmentAsync(tenant, department);
        var user = await app.CreateUserAsync(Email("urzednik"), "Halina Konkursowa", tenant, TenantRole.Official, dep, twoFactor: true);
        var client = new TestClient(app);
        await client.SignInAsync(user);
        return (client, user, dep);
    }

    public static async Task<Guid> CreateAsync(TestClient client, Guid department, string title)
    {
        var response = await client.PostFormAsync("/urzad/konkursy/nowy", new Dictionary<string, string>
        {
            ["Input.DepartmentId"] = department.ToString(),
            ["Input.Title"] = title,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        return Guid.Parse(location.Split('/')[3]);
    }

    /// <summary>Every field of a complete announcement, published today with the deadline <paramref name="deadlineDays"/> days later.</summary>
    public static Dictionary<string, string> Complete(CivitasAppFactory app, string title, int deadlineDays = 30)
    {
        var today = WarsawTime.Today(app.Clock);
        string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.GrantRules"] = "Dotacje przyznaje Prezydent Miasta.",
            ["Input.ImplementationConditions"] = "Zadanie realizuje się na terenie miasta.",
            ["Input.ImplementationFrom"] = D(today.AddDays(deadlineDays + 20)),
            ["Input.ImplementationTo"] = D(today.AddDays(deadlineDays + 120)),
            ["Input.DeadlineDate"] = D(today.AddDays(deadlineDays)),
            ["Input.DeadlineTime"] = "15:30",
            ["Input.SelectionProcedure"] = "Oferty ocenia komisja konkursowa.",
            ["Input.SelectionDate"] = D(today.AddDays(deadlineDays + 14)),
            ["Input.MinOwnContributionPercent"] = "10",
            ["Input.OwnContributionKind"] = "1",
            ["Input.MaxAdminCostPercent"] = "7,5",
            ["Input.MaxGrantPerOffer"] = "20 000",
            ["Input.JointOffersAllowed"] = "true",
            ["Input.EligibleLegalForms"] = "1",
            ["Input.BipPublishedOn"] = D(today),
            ["Input.NoticeBoardPublishedOn"] = D(today),
            ["Input.WebsitePublishedOn"] = D(today),
            ["Input.Tasks[0].Title"] = "Festiwal muzyki dawnej",
            ["Input.Tasks[0].SphereCode"] = "16",
            ["Input.Tasks[0].Funds"] = "50 000,00",
            ["Input.Tasks[0].Form"] = "1",
            ["Input.Criteria[0].Statutory"] = "1",
            ["Input.Criteria[0].Name"] = "Możliwość realizacji zadania",
            ["Input.Criteria[0].MaxPoints"] = "10",
            ["Input.Criteria[0].MinPoints"] = "3",
            ["Input.PriorTasks[0].Year"] = today.Year.ToString(CultureInfo.InvariantCulture),
            ["Input.PriorTasks[0].Name"] = "Festiwal muzyki dawnej",
            ["Input.PriorTasks[0].TotalCost"] = "60000",
            ["Input.PriorTasks[0].GrantsToOrganisations"] = "45000",
            ["Input.RequiredAttachments[0]"] = "Aktualny statut",
            ["Input.ChecklistItems[0]"] = "Oferta złożona w terminie",
        };
    }

    /// <summary>Posts the page's form to one of its handlers (a button with formaction="?handler=X").</summary>
    public static async Task<HttpResponseMessage> PostAsync(TestClient client, string pageUrl, string? handler, IDictionary<string, string> fields)
    {
        var page = await client.GetPageAsync(pageUrl);
        var token = page.QuerySelector("main form[method=post] input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var version = page.QuerySelector("input[name='Input.Version']")?.GetAttribute("value");
        var values = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token) };
        if (version is not null && !fields.ContainsKey("Input.Version")) values.Add(new("Input.Version", version));
        values.AddRange(fields);
        var url = pageUrl + (handler is null ? "" : "?handler=" + handler);
        return await client.Http.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(values));
    }

    public static async Task<Guid> AnnouncedAsync(CivitasAppFactory app, TestClient client, Guid department, string title)
    {
        var id = await CreateAsync(client, department, title);
        var response = await PostAsync(client, $"/urzad/konkursy/{id}/ogloszenie", "Announce", Complete(app, title));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await ErrorsAsync(response));
        return id;
    }

    public static async Task<string> ErrorsAsync(HttpResponseMessage response)
    {
        var doc = TestClient.Parse(await response.Content.ReadAsStringAsync());
        return $"{(int)response.StatusCode}: " + string.Join(" | ", doc.QuerySelectorAll(".field-error, .error-summary li").Select(e => e.TextContent.Trim()));
    }

    public static Task<T> DbAsync<T>(CivitasAppFactory app, Func<GrantsDb, Task<T>> body) => app.WithScopeAsync(async sp =>
    {
        sp.GetRequiredService<ITenantContext>().Set(await app.DemoTenantAsync());
        return await body(sp.GetRequiredService<GrantsDb>());
    });

    public static Task<Competition> LoadAsync(CivitasAppFactory app, Guid id) =>
        DbAsync(app, db => db.Competitions.AsNoTracking().Include(c => c.Versions).Include(c => c.Tasks).SingleAsync(c => c.Id == id));
}
