using System.Security.Claims;

namespace Civitas.Platform.Ui;

/// <summary>Collects the navigation of every module for the layout.</summary>
public sealed class Navigation(IEnumerable<INavigationContributor> contributors)
{
    /// <summary>Links of one area, ordered.</summary>
    public IReadOnlyList<NavigationItem> For(ClaimsPrincipal user, NavigationArea area)
        => contributors.SelectMany(c => c.GetItems(user)).Where(i => i.Area == area).OrderBy(i => i.Order).ThenBy(i => i.Text, StringComparer.CurrentCulture).ToList();
}
