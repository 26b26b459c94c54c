namespace Civitas.Platform.Data;

/// <summary>Configuration section "Database".</summary>
public sealed class DatabaseOptions
{
    /// <summary>Sqlite (default) or Postgres.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Connection string; for SQLite a relative path is under the content root.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Resolved connection string (set at start-up).</summary>
    internal string EffectiveConnectionString { get; set; } = "";
}
