using System.Net;
using AngleSharp.Html.Dom;
using Civitas.Platform.Data;
using Civitas.Platform.Mail;
using Civitas.Platform.Outbox;
using Civitas.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Web.Tests.Accounts;

/// <summary>Steps the account tests share: filling the real forms and looking at what they left behind.</summary>
internal static class AccountSteps
{
    public static string NewEmail(string prefix) => $"{prefix}-{Guid.NewGuid():N}@example.org";

    public static Task<HttpResponseMessage> RegisterAsync(TestClient client, string email, string password = TestData.Password,
        string? confirm = null, string name = "Anna Testowa", bool accept = true)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.DisplayName"] = name,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = confirm ?? password,
        };
        if (accept) fields["Input.AcceptPrivacy"] = "true";
        return client.PostFormAsync("/konto/rejestracja", fields);
    }

    public static Task<HttpResponseMessage> SignInAsync(TestClient client, string email, string password, string url = "/konto/logowanie")
        => client.PostFormAsync(url, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    public static string Location(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    public static async Task<IHtmlDocument> PageAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode} {response.Headers.Location}");
        return TestClient.Parse(body);
    }

    /// <summary>The message shown next to a field (the element its aria-describedby points to).</summary>
    public static string FieldError(IHtmlDocument page, string field)
    {
        var id = field.Replace('.', '_');
        var error = page.GetElementById(id + "-error");
        Assert.True(error is not null, $"No error next to {field}. Page: {MainText(page)}");
        var input = page.GetElementById(id);
        Assert.NotNull(input);
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Contains(id + "-error", input.GetAttribute("aria-describedby") ?? "", StringComparison.Ordinal);
        return error.TextContent.Trim();
    }

    public static string MainText(IHtmlDocument page) => string.Join(' ', (page.QuerySelector("main")?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static Task<bool> UserExistsAsync(CivitasAppFactory app, string email)
        => app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDb>().Users.AnyAsync(u => u.NormalizedEmail == email.ToUpperInvariant()));

    /// <summary>E-mails queued for <paramref name="email"/> (delivered or not).</summary>
    public static Task<int> QueuedMailsToAsync(CivitasAppFactory app, string email)
        => app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDb>().OutboxMessages
            .CountAsync(m => m.Type == OutboxTypeName.Of(typeof(EmailRequested)) && m.Payload.Contains(email)));

    /// <summary>Delivers the outbox and waits for the newest message to <paramref name="email"/> whose subject contains <paramref name="subject"/>.</summary>
    public static async Task<ReceivedMail> MailAsync(CivitasAppFactory app, string email, string subject)
    {
        await app.DispatchOutboxAsync();
        return await MailReader.WaitForAsync(app.MailPickupDirectory, email, TimeSpan.FromSeconds(15),
            m => m.Subject.Contains(subject, StringComparison.Ordinal));
    }

    /// <summary>A link from an e-mail as a path the test client can request.</summary>
    public static string PathOf(string absoluteUrl)
    {
        var uri = new Uri(absoluteUrl);
        Assert.Equal("localhost", uri.Host);
        return uri.PathAndQuery;
    }
}
