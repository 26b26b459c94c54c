using Civitas.Platform.Scheduling;
using Civitas.Platform.Tests.Outbox;
using Civitas.Platform.Tests.Support;
using Civitas.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Platform.Tests.Scheduling;

public abstract class SchedulerTests(BackgroundAppFixture fixture)
{
    private CivitasAppFactory App => fixture.App;
    private DeliveryLog Log => fixture.Log;

    private int Runs(string job) => Log.JobRuns.Count(j => j == job);

    private Task<ScheduledJobState> StateAsync(string job)
        => App.InTenantAsync(null, (db, _) => db.ScheduledJobs.AsNoTracking().SingleAsync(j => j.Name == job));

    [Fact]
    public async Task A_due_job_runs_once_when_two_schedulers_race_and_not_again_before_its_interval()
    {
        var first = App.Services.GetRequiredService<Scheduler>();
        var second = ActivatorUtilities.CreateInstance<Scheduler>(App.Services);
        // Whatever ran before in this app, every job is due an interval later.
        App.Clock.Advance(TimeSpan.FromHours(1));
        App.AlignClock();
        var before = Runs(CountingJob.Name);

        var ran = await Task.WhenAll(
            Task.Run(() => first.RunDueJobsAsync(CancellationToken.None)),
            Task.Run(() => second.RunDueJobsAsync(CancellationToken.None)),
            Task.Run(() => first.RunDueJobsAsync(CancellationToken.None)));
        Assert.Equal(before + 1, Runs(CountingJob.Name));
        Assert.Equal(1, ran.Count(r => r.Contains(CountingJob.Name)));
        var state = await StateAsync(CountingJob.Name);
        Assert.Equal(App.Clock.GetUtcNow(), state.LastRunAt);
        Assert.Equal(App.Clock.GetUtcNow() + TimeSpan.FromHours(1), state.NextRunAt);
        Assert.Null(state.LockedBy);

        await Task.WhenAll(first.RunDueJobsAsync(CancellationToken.None), second.RunDueJobsAsync(CancellationToken.None));
        App.Clock.Advance(TimeSpan.FromMinutes(59));
        await Task.WhenAll(first.RunDueJobsAsync(CancellationToken.None), second.RunDueJobsAsync(CancellationToken.None));
        Assert.Equal(before + 1, Runs(CountingJob.Name));

        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await Task.WhenAll(first.RunDueJobsAsync(CancellationToken.None), second.RunDueJobsAsync(CancellationToken.None));
        Assert.Equal(before + 2, Runs(CountingJob.Name));
    }

    [Fact]
    public async Task A_failing_job_records_its_error_and_is_tried_again_after_its_interval()
    {
        Log.FailingJobFails = true;
        App.Clock.Advance(TimeSpan.FromMinutes(30));
        App.AlignClock();
        var before = Runs(FailingJob.Name);

        var ran = await App.RunScheduledJobsAsync();
        Assert.Contains(FailingJob.Name, ran);
        Assert.Equal(before + 1, Runs(FailingJob.Name));
        var failed = await StateAsync(FailingJob.Name);
        Assert.Contains("Brak połączenia z ePUAP", failed.LastError, StringComparison.Ordinal);
        Assert.Null(failed.LockedBy);
        Assert.Equal(App.Clock.GetUtcNow() + TimeSpan.FromMinutes(30), failed.NextRunAt);

        Log.FailingJobFails = false;
        await App.RunScheduledJobsAsync();
        Assert.Equal(before + 1, Runs(FailingJob.Name));
        App.Clock.Advance(TimeSpan.FromMinutes(30));
        await App.RunScheduledJobsAsync();
        Assert.Equal(before + 2, Runs(FailingJob.Name));
        Assert.Null((await StateAsync(FailingJob.Name)).LastError);
    }
}

public sealed class SchedulerTests_Sqlite(SqliteBackgroundAppFixture f) : SchedulerTests(f), IClassFixture<SqliteBackgroundAppFixture>;

public sealed class SchedulerTests_Postgres(PostgresBackgroundAppFixture f) : SchedulerTests(f), IClassFixture<PostgresBackgroundAppFixture>;
