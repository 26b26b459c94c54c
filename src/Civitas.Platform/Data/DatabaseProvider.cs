namespace Civitas.Platform.Data;

/// <summary>Database engine of the installation.</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded SQLite file (default).</summary>
    Sqlite = 0,
    /// <summary>PostgreSQL server.</summary>
    Postgres = 1,
}
