using System.Security.Claims;
using Civitas.Platform.Identity;
using Civitas.Platform.Resources;
using Microsoft.Extensions.Localization;

namespace Civitas.Platform.Ui;

internal sealed class PlatformNavigation(IStringLocalizer<PlatformText> l) : INavigationContributor
{
    public IEnumerable<NavigationItem> GetItems(ClaimsPrincipal user)
    {
        if (user.HasTenantRole(TenantRole.Official))
        {
            yield return new(NavigationArea.Office, l["Nav.Office.Home"], "/urzad", 0);
            yield return new(NavigationArea.Office, l["Nav.Office.LegalParameters"], "/urzad/parametry-prawne", 900);
        }
        if (user.HasTenantRole(TenantRole.TenantAdmin) || user.IsPlatformAdmin())
        {
            yield return new(NavigationArea.Admin, l["Nav.Admin.Home"], "/admin", 0);
            yield return new(NavigationArea.Admin, l["Nav.Admin.Departments"], "/admin/wydzialy", 10);
            yield return new(NavigationArea.Admin, l["Nav.Admin.People"], "/admin/osoby", 20);
            yield return new(NavigationArea.Admin, l["Nav.Admin.Settings"], "/admin/ustawienia", 30);
            yield return new(NavigationArea.Admin, l["Nav.Admin.LegalParameters"], "/admin/parametry-prawne", 40);
            yield return new(NavigationArea.Admin, l["Nav.Admin.Audit"], "/admin/dziennik", 50);
        }
        if (user.IsPlatformAdmin())
        {
            yield return new(NavigationArea.Admin, l["Nav.PlatformAdmin.Tenants"], "/platforma/jst", 100);
        }
        if (user.Identity?.IsAuthenticated == true)
        {
            yield return new(NavigationArea.Personal, l["Nav.Account"], "/konto", 900);
        }
    }
}
