using Microsoft.Data.Sqlite;
using Npgsql;

namespace Civitas.Platform.Data;

/// <summary>Recognises the database's own refusals of a write, on both providers, so a handler can
/// answer with a form message instead of an error page.</summary>
internal static class WriteConflicts
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    /// <summary>A unique index refused the row (two requests raced past the check before it).</summary>
    public static bool IsUniqueViolation(Exception exception) => Any(exception, e => e switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        _ => false,
    });

    /// <summary>A serializable transaction lost to a concurrent one (PostgreSQL 40001/40P01; SQLite busy).</summary>
    public static bool IsSerializationFailure(Exception exception) => Any(exception, e => e switch
    {
        PostgresException pg => pg.SqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected,
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked,
        _ => false,
    });

    private static bool Any(Exception? exception, Func<Exception, bool> test)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (test(e)) return true;
        }
        return false;
    }
}
