using System.Security.Claims;

namespace Civitas.Platform.Ui;

/// <summary>Implemented by each module to add links to the layout, depending on who is looking.</summary>
public interface INavigationContributor
{
    /// <summary>Links for <paramref name="user"/> in the current tenant and culture.</summary>
    IEnumerable<NavigationItem> GetItems(ClaimsPrincipal user);
}
