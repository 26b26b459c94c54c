using Microsoft.EntityFrameworkCore;

namespace Civitas.Grants.Domain.Offers;

/// <summary>Recognises a unique-index violation on either provider, so that a race two requests lost
/// becomes the answer a check would have given (never a 500).</summary>
internal static class UniqueViolation
{
    public static bool Is(DbUpdateException ex)
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            if (e is Npgsql.PostgresException { SqlState: "23505" }) return true;
            if (e is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 } s && s.Message.Contains("UNIQUE", StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
