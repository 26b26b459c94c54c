namespace Civitas.Platform.Data;

/// <summary>Identifies this app instance in claim columns (outbox, scheduler).</summary>
internal static class InstanceName
{
    public static string Create()
    {
        var name = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        return name.Length <= 100 ? name : name[^100..];
    }
}
