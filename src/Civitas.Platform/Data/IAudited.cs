namespace Civitas.Platform.Data;

/// <summary>Marks an entity whose every insert, update and delete is written to the append-only
/// audit log with the values before and after (ARCHITECTURE.md §5).</summary>
public interface IAudited;
