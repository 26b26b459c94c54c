namespace Civitas.Platform.Outbox;

internal static class OutboxTypeName
{
    // The full name without assembly: events stay readable and survive assembly version changes.
    public static string Of(Type type) => type.FullName ?? type.Name;
}
