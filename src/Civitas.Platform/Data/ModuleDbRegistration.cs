namespace Civitas.Platform.Data;

/// <summary>A module DbContext to migrate at start-up, in registration order.</summary>
public sealed record ModuleDbRegistration(Type ContextType, string Module);
