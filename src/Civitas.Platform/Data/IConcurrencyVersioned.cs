namespace Civitas.Platform.Data;

/// <summary>An entity two people may edit at once. <see cref="Version"/> is an optimistic concurrency
/// token that the save interceptor increments on every update, on both providers.</summary>
public interface IConcurrencyVersioned
{
    /// <summary>Incremented on every save; a stale value makes the save fail with a concurrency error.</summary>
    int Version { get; set; }
}
