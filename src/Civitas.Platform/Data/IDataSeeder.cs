namespace Civitas.Platform.Data;

/// <summary>Seeds data at start-up after migrations (required data always, demo data in demo mode).
/// Seeders run in registration order and must be idempotent.</summary>
public interface IDataSeeder
{
    /// <summary>Seeds; called once per start inside its own scope.</summary>
    Task SeedAsync(CancellationToken ct);
}
