using Civitas.Platform.Outbox;
using Civitas.Platform.Scheduling;
using Civitas.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Platform.Tests.Outbox;

/// <summary>The app with test event handlers and jobs, and the background workers off: the tests
/// drive the dispatcher and the scheduler by hand, with the test clock.</summary>
public sealed class BackgroundAppFactory(DatabaseKind kind)
    : CivitasAppFactory(kind, new Dictionary<string, string?> { ["Background:Enabled"] = "false" })
{
    public DeliveryLog Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(Log);
            services.AddOutboxHandler<SomethingHappened, FirstHandler>();
            services.AddOutboxHandler<SomethingHappened, SecondHandler>();
            services.AddOutboxHandler<FlakyThingHappened, FlakyHandler>();
            services.AddScheduledJob<CountingJob>(CountingJob.Name, TimeSpan.FromHours(1));
            services.AddScheduledJob<FailingJob>(FailingJob.Name, TimeSpan.FromMinutes(30));
        });
    }
}

public abstract class BackgroundAppFixture(DatabaseKind kind) : AppFixture(new BackgroundAppFactory(kind))
{
    public DeliveryLog Log => ((BackgroundAppFactory)App).Log;
}

public sealed class SqliteBackgroundAppFixture() : BackgroundAppFixture(DatabaseKind.Sqlite);

public sealed class PostgresBackgroundAppFixture() : BackgroundAppFixture(DatabaseKind.Postgres);
