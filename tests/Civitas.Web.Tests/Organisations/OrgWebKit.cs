using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Civitas.Organisations.Contracts;
using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Civitas.Organisations.Pages.Organisations.Member;
using Civitas.Platform.Audit;
using Civitas.Platform.Identity;
using Civitas.Platform.Tenancy;
using Civitas.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Web.Tests.Organisations;

/// <summary>Arranges organisations and people for the whole-app tests through the module's own services.</summary>
internal static class OrgWebKit
{
    private static int _sequence = Random.Shared.Next(1000, 9000) * 100;

    public static string NewKrs() => "0007" + Interlocked.Increment(ref _sequence).ToString("D6", CultureInfo.InvariantCulture);

    public static string NewNip()
    {
        int[] w = [6, 5, 7, 2, 3, 4, 5, 6, 7];
        while (true)
        {
            var body = "997" + Interlocked.Increment(ref _sequence).ToString("D6", CultureInfo.InvariantCulture);
            var check = body.Select((c, i) => (c - '0') * w[i]).Sum() % 11;
            if (check != 10) return body + check.ToString(CultureInfo.InvariantCulture);
        }
    }

    public static Task<TestUser> PersonAsync(this CivitasAppFactory app, string name)
        => app.CreateUserAsync($"p{Guid.NewGuid():N}@example.org", name);

    public static Task<TestUser> OfficialAsync(this CivitasAppFactory app, TenantInfo tenant, string name)
        => app.CreateUserAsync($"o{Guid.NewGuid():N}@example.org", name, tenant, TenantRole.Official, twoFactor: true);

    public static async Task<T> InAsync<T>(this CivitasAppFactory app, TenantInfo tenant, Guid? userId, Func<IServiceProvider, Task<T>> body)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(tenant);
        scope.ServiceProvider.GetRequiredService<IActorContext>().Set(userId is { } id ? new Actor(id, "Test") : Actor.System);
        return await body(scope.ServiceProvider);
    }

    public static Task<T> DbAsync<T>(this CivitasAppFactory app, TenantInfo tenant, Func<OrganisationsDb, Task<T>> body)
        => app.InAsync(tenant, null, sp => body(sp.GetRequiredService<OrganisationsDb>()));

    public static async Task<Organisation> RegisterAsync(this CivitasAppFactory app, TenantInfo tenant, TestUser representative, string name, string? krs = null)
    {
        var profile = new OrganisationProfile
        {
            Name = name,
            LegalForm = OrganisationLegalForm.Association,
            Krs = krs ?? NewKrs(),
            City = "Miasto Przykładowe",
            Latitude = 51.205,
            Longitude = 16.158,
            Spheres = ["13"],
        };
        return await app.InAsync(tenant, representative.Id, async sp =>
        {
            var result = await sp.GetRequiredService<RegisterOrganisationHandler>().HandleAsync(profile, representative.Id, CancellationToken.None);
            Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Code)));
            return result.Value.Organisation;
        });
    }

    public static Task AddMemberAsync(this CivitasAppFactory app, TenantInfo tenant, Guid organisationId, TestUser person, OrganisationMemberRole role)
        => app.InAsync(tenant, null, async sp =>
        {
            var db = sp.GetRequiredService<OrganisationsDb>();
            db.Memberships.Add(new Membership(organisationId, person.Id, role, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
            return true;
        });

    /// <summary>Posts a form of <paramref name="page"/> with every field it already holds, overridden by <paramref name="fields"/>
    /// (as a browser would: the form's own values are sent too).</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this TestClient client, string page, IDictionary<string, string> fields, string? handler = null, Func<IHtmlFormElement, bool>? pick = null)
    {
        var doc = await client.GetPageAsync(page);
        return await client.PostFromAsync(doc, page, fields, handler, pick);
    }

    /// <summary>Posts one of the forms of an already loaded page (e.g. a form that only appears after a previous post).</summary>
    public static async Task<HttpResponseMessage> PostFromAsync(this TestClient client, IHtmlDocument doc, string page, IDictionary<string, string> fields, string? handler = null, Func<IHtmlFormElement, bool>? pick = null)
    {
        var forms = doc.Forms.Where(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase) && !(f.GetAttribute("action") ?? "").Contains("/konto/wyloguj", StringComparison.Ordinal)).ToList();
        var form = pick is not null ? forms.LastOrDefault(pick)
            : handler is not null ? forms.LastOrDefault(f => (f.GetAttribute("action") ?? "").Contains("handler=" + handler, StringComparison.OrdinalIgnoreCase)) ?? forms.LastOrDefault()
            : forms.LastOrDefault();
        if (form is null) throw new Xunit.Sdk.XunitException($"No form on {page}");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || fields.ContainsKey(name) || element is IHtmlButtonElement) continue;
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when !box.IsChecked:
                case IHtmlInputElement { Type: "file" or "submit" }:
                    continue;
                case IHtmlInputElement input:
                    values.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    values.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    values.Add(new(name, select.Value ?? ""));
                    break;
            }
        }
        values.AddRange(fields);
        var action = form.GetAttribute("action");
        if (string.IsNullOrEmpty(action)) action = page;
        if (handler is not null && !action.Contains("handler=", StringComparison.OrdinalIgnoreCase)) action += (action.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=" + handler;
        return await client.Http.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(values));
    }

    /// <summary>Posts a multipart form (file uploads) with the antiforgery token of the page's form.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this TestClient client, string page, string fileField, byte[] content, string fileName, IDictionary<string, string>? fields = null, string? handler = null)
    {
        var doc = await client.GetPageAsync(page);
        var form = doc.Forms.Where(f => string.Equals(f.GetAttribute("enctype"), "multipart/form-data", StringComparison.OrdinalIgnoreCase))
            .FirstOrDefault(f => handler is null || (f.GetAttribute("action") ?? "").Contains("handler=" + handler, StringComparison.OrdinalIgnoreCase))
            ?? throw new Xunit.Sdk.XunitException($"No upload form on {page}");
        using var body = new MultipartFormDataContent();
        body.Add(new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken");
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>().Where(i => i.Name != "__RequestVerificationToken"))
        {
            body.Add(new StringContent(hidden.Value), hidden.Name!);
        }
        foreach (var (k, v) in fields ?? new Dictionary<string, string>()) body.Add(new StringContent(v), k);
        body.Add(new ByteArrayContent(content), fileField, fileName);
        var action = form.GetAttribute("action");
        if (string.IsNullOrEmpty(action)) action = page;
        return await client.Http.PostAsync(new Uri(action, UriKind.Relative), body);
    }

    public static async Task<IHtmlDocument> PageOf(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode} {response.Headers.Location}");
        return TestClient.Parse(html);
    }

    /// <summary>The error shown next to a field (the paragraph its input's aria-describedby points to).</summary>
    public static string FieldError(IHtmlDocument doc, string inputId)
    {
        var input = doc.GetElementById(inputId) ?? throw new Xunit.Sdk.XunitException($"No element #{inputId}");
        var error = doc.GetElementById(inputId + "-error") ?? throw new Xunit.Sdk.XunitException($"No error next to #{inputId}: {doc.QuerySelector(".error-summary")?.TextContent}");
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Contains(inputId + "-error", input.GetAttribute("aria-describedby") ?? "", StringComparison.Ordinal);
        return error.TextContent.Trim();
    }
}
