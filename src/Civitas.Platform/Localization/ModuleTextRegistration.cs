using System.Reflection;

namespace Civitas.Platform.Localization;

/// <summary>Tells the validation localizer which resource class holds a module's texts (display
/// names and error codes of the types in <see cref="Assembly"/>).</summary>
public sealed record ModuleTextRegistration(Assembly Assembly, Type ResourceType);
