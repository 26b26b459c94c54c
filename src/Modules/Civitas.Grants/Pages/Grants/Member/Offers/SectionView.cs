using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;

namespace Civitas.Grants.Pages.Grants.Member.Offers;

/// <summary>Lists a section model's values as label–value pairs (the other person's version in a
/// conflict), using the same display names as the form's labels.</summary>
internal static class SectionView
{
    public static IEnumerable<(string Label, string Value)> Rows(object model, Func<string, string> text, Func<Guid, string> offeror, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(text);
        foreach (var p in model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var label = prefix + (p.GetCustomAttribute<DisplayAttribute>()?.Name is { } key ? text(key) : p.Name);
            var value = p.GetValue(model);
            switch (value)
            {
                case null:
                    yield return (label, "—");
                    break;
                case string s:
                    yield return (label, s);
                    break;
                case Guid g:
                    yield return (label, offeror(g));
                    break;
                case bool b:
                    yield return (label, text(b ? "Common.Yes" : "Common.No"));
                    break;
                case IFormattable f and not Enum:
                    yield return (label, f.ToString(null, CultureInfo.CurrentCulture));
                    break;
                case Enum e:
                    yield return (label, text("Enum." + e.GetType().Name + "." + e));
                    break;
                case IEnumerable items:
                    var n = 0;
                    foreach (var item in items)
                    {
                        n++;
                        if (item is null || item is string || item is IFormattable || item is Guid)
                        {
                            yield return ($"{label} {n}", item is Guid id ? offeror(id) : item is IFormattable fi ? fi.ToString(null, CultureInfo.CurrentCulture) : item?.ToString() ?? "—");
                        }
                        else
                        {
                            foreach (var row in Rows(item, text, offeror, $"{text("Common.Item")} {n}: ")) yield return row;
                        }
                    }
                    if (n == 0) yield return (label, "—");
                    break;
                default:
                    yield return (label, value.ToString() ?? "");
                    break;
            }
        }
    }
}
