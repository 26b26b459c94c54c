using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Civitas.Platform.Data;
using Civitas.Platform.Identity;
using Civitas.Platform.Tenancy;
using Civitas.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Web.Tests.Admin;

/// <summary>What a test of the administration pages needs beyond TestClient: a browser-like form
/// submit (every field as the page rendered it, some changed), tenants of its own, and reads of the
/// database as a given tenant.</summary>
internal static class AdminKit
{
    /// <summary>A unique suffix so tests sharing one app never collide on names, e-mails or hosts.</summary>
    public static string Unique() => Guid.NewGuid().ToString("N")[..10];

    /// <summary>A tenant of the test's own, answering on "{slug}.test".</summary>
    public static async Task<(TenantInfo Tenant, string Host)> OwnTenantAsync(this CivitasAppFactory app, string prefix)
    {
        var slug = $"{prefix}-{Unique()}";
        var host = $"{slug}.test";
        return (await app.CreateTenantAsync(slug, "Gmina " + slug, host), host);
    }

    /// <summary>A tenant administrator with a two-factor sign-in, signed in on <paramref name="host"/>.</summary>
    public static async Task<(TestClient Client, TestUser User)> SignedInAdminAsync(this CivitasAppFactory app, TenantInfo tenant, string host = "localhost")
    {
        var user = await app.CreateUserAsync($"admin-{Unique()}@example.org", "Administrator " + Unique(), tenant, TenantRole.TenantAdmin, twoFactor: true);
        var client = new TestClient(app, host);
        await client.SignInAsync(user);
        return (client, user);
    }

    /// <summary>Submits a form the way a browser does: every field of the form as rendered, with
    /// <paramref name="changes"/> applied (a null value removes the field, as an unticked checkbox).</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this TestClient client, string pageUrl, IDictionary<string, string?> changes, string? formSelector = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await client.GetPageAsync(pageUrl);
        return await client.SubmitAsync(page, pageUrl, changes, formSelector);
    }

    /// <summary>As above, on an already loaded page (to submit a stale form after someone else's change).</summary>
    public static Task<HttpResponseMessage> SubmitAsync(this TestClient client, IHtmlDocument page, string pageUrl, IDictionary<string, string?> changes, string? formSelector = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(changes);
        var form = (formSelector is null ? MainForm(page) : page.QuerySelector(formSelector) as IHtmlFormElement)
            ?? throw new Xunit.Sdk.XunitException($"No form {formSelector} on {pageUrl}");
        var values = FormValues(form);
        foreach (var (name, value) in changes)
        {
            values.RemoveAll(v => v.Key == name);
            if (value is not null) values.Add(new(name, value));
        }
        var target = form.GetAttribute("action");
        if (string.IsNullOrEmpty(target)) target = pageUrl;
        return client.Http.PostAsync(new Uri(target, UriKind.Relative), new FormUrlEncodedContent(values));
    }

    /// <summary>Posts a file with the antiforgery token of the page's form that posts to <paramref name="handler"/>.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this TestClient client, string pageUrl, string handler, string field, string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await client.GetPageAsync(pageUrl);
        var form = page.Forms.FirstOrDefault(f => (f.GetAttribute("action") ?? "").Contains("handler=" + handler, StringComparison.Ordinal))
            ?? throw new Xunit.Sdk.XunitException($"No form for handler {handler} on {pageUrl}");
        using var body = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(content);
        body.Add(file, field, fileName);
        return await client.Http.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), body);
    }

    /// <summary>The page a redirect leads to (PRG), parsed.</summary>
    public static async Task<IHtmlDocument> FollowAsync(this TestClient client, HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(response);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var text = TestClient.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("main")?.TextContent;
            throw new Xunit.Sdk.XunitException($"Expected a redirect, got {(int)response.StatusCode}: {Squash(text)}");
        }
        var location = response.Headers.Location!;
        return await client.GetPageAsync(location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString);
    }

    /// <summary>The page a response carries, asserting its status.</summary>
    public static async Task<IHtmlDocument> PageAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync();
        var doc = TestClient.Parse(body);
        if (response.StatusCode != expected)
        {
            throw new Xunit.Sdk.XunitException($"Expected {(int)expected}, got {(int)response.StatusCode} {response.Headers.Location}: {Squash(doc.QuerySelector("main")?.TextContent)}");
        }
        return doc;
    }

    /// <summary>The error shown next to a field (the field-error paragraph its input points to).</summary>
    public static string FieldError(this IHtmlDocument page, string fieldId)
    {
        ArgumentNullException.ThrowIfNull(page);
        var error = page.GetElementById(fieldId + "-error")?.TextContent
            ?? throw new Xunit.Sdk.XunitException($"No error next to {fieldId}. Errors: {Squash(page.QuerySelector(".error-summary")?.TextContent)}");
        var input = page.GetElementById(fieldId);
        Assert.NotNull(input);
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Contains(fieldId + "-error", input.GetAttribute("aria-describedby") ?? "", StringComparison.Ordinal);
        return Squash(error);
    }

    public static string Squash(string? text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Runs a body against the platform database as <paramref name="tenant"/>.</summary>
    public static Task<T> AsTenantAsync<T>(this CivitasAppFactory app, TenantInfo tenant, Func<PlatformDb, IServiceProvider, Task<T>> body)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.WithScopeAsync(sp =>
        {
            sp.GetRequiredService<ITenantContext>().Set(tenant);
            return body(sp.GetRequiredService<PlatformDb>(), sp);
        });
    }

    public static Task<Guid> AssignmentIdAsync(this CivitasAppFactory app, TenantInfo tenant, Guid userId, TenantRole role)
        => app.AsTenantAsync(tenant, (db, _) => db.RoleAssignments.Where(r => r.UserId == userId && r.Role == role).Select(r => r.Id).SingleAsync());

    private static IHtmlFormElement? MainForm(IHtmlDocument page)
        => page.Forms.FirstOrDefault(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)
            && string.IsNullOrEmpty(f.GetAttribute("action")) && f.QuerySelector("[name=__RequestVerificationToken]") is not null);

    private static List<KeyValuePair<string, string>> FormValues(IHtmlFormElement form)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name)) continue;
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked) values.Add(new(name, input.Value));
                    break;
                case IHtmlInputElement input when input.Type is "file" or "submit" or "button":
                    break;
                case IHtmlInputElement input:
                    values.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement select:
                    // A single select sends its option marked selected, or else its first option.
                    var chosen = select.Options.FirstOrDefault(o => o.HasAttribute("selected")) ?? select.Options.FirstOrDefault();
                    values.Add(new(name, chosen?.Value ?? ""));
                    break;
                case IHtmlTextAreaElement area:
                    values.Add(new(name, area.Value));
                    break;
            }
        }
        return values;
    }
}
