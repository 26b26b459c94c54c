using System.Security.Claims;
using Civitas.Grants.Resources;
using Civitas.Platform.Identity;
using Civitas.Platform.Ui;
using Microsoft.Extensions.Localization;

namespace Civitas.Grants.Web;

internal sealed class SmallGrantsNavigation(IStringLocalizer<SmallGrantsText> text) : INavigationContributor
{
    public IEnumerable<NavigationItem> GetItems(ClaimsPrincipal user)
    {
        yield return new(NavigationArea.Public, text["SmallGrants.Nav.Public"], SmallGrantUrls.Public, 45);
        if (user.Identity?.IsAuthenticated == true)
        {
            yield return new(NavigationArea.Personal, text["SmallGrants.Nav.Mine"], SmallGrantUrls.Mine, 45);
        }
        if (user.HasTenantRole(TenantRole.Official))
        {
            yield return new(NavigationArea.Office, text["SmallGrants.Nav.Office"], SmallGrantUrls.Office, 45);
        }
    }
}
