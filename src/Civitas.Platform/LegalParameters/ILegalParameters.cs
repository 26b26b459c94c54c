namespace Civitas.Platform.LegalParameters;

/// <summary>Reads legal parameters of the current tenant.</summary>
public interface ILegalParameters
{
    /// <summary>The version of <paramref name="key"/> in force on <paramref name="asOf"/>. A missing key is a
    /// bug (every key is seeded), so it throws.</summary>
    Task<LegalValue> GetAsync(string key, DateOnly asOf, CancellationToken ct = default);
}
