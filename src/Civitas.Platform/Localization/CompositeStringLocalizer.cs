using Microsoft.Extensions.Localization;

namespace Civitas.Platform.Localization;

/// <summary>Looks a key up in the module's resources first, then in the platform's shared ones.</summary>
internal sealed class CompositeStringLocalizer(IReadOnlyList<IStringLocalizer> localizers) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            foreach (var l in localizers)
            {
                var s = l[name];
                if (!s.ResourceNotFound) return s;
            }
            return new LocalizedString(name, name, resourceNotFound: true);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            foreach (var l in localizers)
            {
                var s = l[name, arguments];
                if (!s.ResourceNotFound) return s;
            }
            return new LocalizedString(name, string.Format(System.Globalization.CultureInfo.CurrentCulture, name, arguments), resourceNotFound: true);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
        => localizers.SelectMany(l => l.GetAllStrings(includeParentCultures));
}
