using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Civitas.Platform.Data;

/// <summary>Type mappings that differ between SQLite and PostgreSQL.</summary>
public static class ProviderConventions
{
    /// <summary>Applies the conventions for the given EF provider name.</summary>
    public static void Configure(ModelConfigurationBuilder configurationBuilder, string? providerName)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Money is decimal(14,2) in PLN (ARCHITECTURE.md §3); a precision on the type keeps every
        // amount column alike unless a property says otherwise.
        configurationBuilder.Properties<decimal>().HavePrecision(14, 2);
        if (providerName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            // SQLite cannot compare or order DateTimeOffset stored as text; we store only UTC
            // instants, so the binary form (ticks + offset) sorts correctly.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
