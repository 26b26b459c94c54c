using Civitas.Platform.Resources;
using Microsoft.Extensions.Localization;

namespace Civitas.Platform.Localization;

/// <summary>Finds the localizer for a type's module: every resource class registered for the type's
/// assembly (in registration order), then the platform's shared texts.</summary>
public sealed class TextLocator
{
    private readonly IStringLocalizerFactory _factory;
    private readonly Dictionary<System.Reflection.Assembly, List<Type>> _byAssembly;

    /// <summary>Creates the locator.</summary>
    public TextLocator(IStringLocalizerFactory factory, IEnumerable<ModuleTextRegistration> registrations)
    {
        _factory = factory;
        _byAssembly = registrations.GroupBy(r => r.Assembly).ToDictionary(g => g.Key, g => g.Select(r => r.ResourceType).Distinct().ToList());
    }

    /// <summary>The localizer for types of <paramref name="type"/>'s assembly.</summary>
    public IStringLocalizer For(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var list = new List<IStringLocalizer>();
        if (_byAssembly.TryGetValue(type.Assembly, out var resources))
        {
            list.AddRange(resources.Where(r => r != typeof(PlatformText)).Select(_factory.Create));
        }
        list.Add(_factory.Create(typeof(PlatformText)));
        return list.Count == 1 ? list[0] : new CompositeStringLocalizer(list);
    }

    /// <summary>Localised message of a coded error.</summary>
    public string Message(Type owner, Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return For(owner)["Error." + error.Code, error.Args].Value;
    }
}
