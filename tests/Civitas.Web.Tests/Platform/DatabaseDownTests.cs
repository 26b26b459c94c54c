using System.Net;
using System.Net.Sockets;
using Civitas.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Civitas.Web.Tests.PlatformTests;

/// <summary>PostgreSQL configured but not listening: the app must stay up, say so, and keep retrying.</summary>
public sealed class DatabaseDownTests : IAsyncLifetime
{
    private readonly DatabaseDownFactory _app = new(ClosedPort());

    public Task InitializeAsync()
    {
        _ = _app.Services; // starts the host; no waiting for the database, which never comes
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private List<CapturedLog> InitializerLines() => _app.Logs.Lines
        .Where(l => l.Category == "Civitas.Platform.Data.DatabaseInitializer" && l.Level >= LogLevel.Warning).ToList();

    private async Task WaitForRetriesAsync(int count)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (InitializerLines().Count < count)
        {
            if (DateTime.UtcNow > until) throw new Xunit.Sdk.XunitException($"Only {InitializerLines().Count} start-up attempts logged in 30 s.");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task Liveness_stays_healthy_readiness_and_pages_answer_503_and_the_app_keeps_retrying()
    {
        using var client = new TestClient(_app);
        await WaitForRetriesAsync(1);

        var live = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());

        var ready = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);

        var started = DateTime.UtcNow;
        var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        // Once a start-up attempt has failed, pages answer at once instead of holding each request.
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5), "The 503 page waited for the database.");
        Assert.Equal("30", Assert.Single(page.Headers.GetValues("Retry-After")));
        var document = TestClient.Parse(await page.Content.ReadAsStringAsync());
        Assert.Equal("pl", document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Serwis chwilowo niedostępny", document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Service temporarily unavailable", document.QuerySelector("[lang=en]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/konto/logowanie")).StatusCode);

        // Attempts at 0, 1 and 3 seconds: the app is still running after several failures.
        await WaitForRetriesAsync(3);
        Assert.False(_app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/readyz")).StatusCode);

        // One clear line per attempt: what failed, that it retries, no stack trace.
        Assert.All(InitializerLines(), line =>
        {
            Assert.Equal(LogLevel.Error, line.Level);
            Assert.Null(line.Exception);
            Assert.DoesNotContain('\n', line.Message);
            Assert.Contains("Postgres", line.Message, StringComparison.Ordinal);
            Assert.Contains("Retrying in", line.Message, StringComparison.Ordinal);
            Assert.Contains("/readyz", line.Message, StringComparison.Ordinal);
        });
    }

    private sealed class DatabaseDownFactory(int port) : CivitasAppFactory(DatabaseKind.Postgres, new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Postgres",
        ["Database:ConnectionString"] = $"Host=127.0.0.1;Port={port};Database=civitas;Username=civitas;Password=civitas;Timeout=2",
    })
    {
        public LogCapture Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(l => l.AddProvider(Logs));
        }
    }
}
