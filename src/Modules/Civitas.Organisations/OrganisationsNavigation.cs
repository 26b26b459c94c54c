using System.Security.Claims;
using Civitas.Organisations.Resources;
using Civitas.Platform.Identity;
using Civitas.Platform.Ui;
using Microsoft.Extensions.Localization;

namespace Civitas.Organisations;

internal sealed class OrganisationsNavigation(IStringLocalizer<OrganisationsText> t) : INavigationContributor
{
    public IEnumerable<NavigationItem> GetItems(ClaimsPrincipal user)
    {
        yield return new(NavigationArea.Public, t["Nav.Directory"], "/organizacje", 100);
        yield return new(NavigationArea.Public, t["Nav.Map"], "/mapa", 110);
        if (user.Identity?.IsAuthenticated == true)
        {
            yield return new(NavigationArea.Personal, t["Nav.MyOrganisations"], "/moje-organizacje", 100);
        }
        if (user.HasTenantRole(TenantRole.Official))
        {
            yield return new(NavigationArea.Office, t["Nav.Office"], "/urzad/organizacje", 100);
        }
    }
}
