namespace Civitas.Platform.Data;

/// <summary>Whether the database has been reached and migrated. Until then the app answers
/// <c>/healthz</c>, and <c>/readyz</c> and pages answer 503, instead of crashing in a loop.</summary>
public sealed class DatabaseStatus
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>True once migrations and seeding finished.</summary>
    public bool IsReady => _ready.Task.IsCompleted;

    /// <summary>The last start-up failure, for the readiness probe's log.</summary>
    public string? LastError { get; internal set; }

    /// <summary>Waits until ready or cancelled.</summary>
    public Task WaitUntilReadyAsync(CancellationToken ct) => _ready.Task.WaitAsync(ct);

    internal void MarkReady()
    {
        LastError = null;
        _ready.TrySetResult();
    }
}
