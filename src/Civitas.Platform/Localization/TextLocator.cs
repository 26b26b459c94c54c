using Civitas.Platform.Resources;
using Microsoft.Extensions.Localization;

namespace Civitas.Platform.Localization;

/// <summary>Finds the localizer for a type's module, falling back to the platform's texts.</summary>
public sealed class TextLocator
{
    private readonly IStringLocalizerFactory _factory;
    private readonly Dictionary<System.Reflection.Assembly, Type> _byAssembly;

    /// <summary>Creates the locator.</summary>
    public TextLocator(IStringLocalizerFactory factory, IEnumerable<ModuleTextRegistration> registrations)
    {
        _factory = factory;
        _byAssembly = registrations.GroupBy(r => r.Assembly).ToDictionary(g => g.Key, g => g.First().ResourceType);
    }

    /// <summary>The localizer for types of <paramref name="type"/>'s assembly.</summary>
    public IStringLocalizer For(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var platform = _factory.Create(typeof(PlatformText));
        return _byAssembly.TryGetValue(type.Assembly, out var resource) && resource != typeof(PlatformText)
            ? new CompositeStringLocalizer([_factory.Create(resource), platform])
            : platform;
    }

    /// <summary>Localised message of a coded error.</summary>
    public string Message(Type owner, Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var text = For(owner)["Error." + error.Code, error.Args];
        return text.Value;
    }
}
