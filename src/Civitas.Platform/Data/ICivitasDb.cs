namespace Civitas.Platform.Data;

/// <summary>Implemented by every module's DbContext: its module name (the table prefix) and tenant.</summary>
public interface ICivitasDb : ITenantScopedDb
{
    /// <summary>Module short name, also the table prefix ("platform", "org", "grants").</summary>
    string Module { get; }
}
