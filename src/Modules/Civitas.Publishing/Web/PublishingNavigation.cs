using System.Security.Claims;
using Civitas.Platform.Identity;
using Civitas.Platform.Ui;
using Civitas.Publishing.Domain;
using Civitas.Publishing.Resources;
using Microsoft.Extensions.Localization;

namespace Civitas.Publishing.Web;

internal sealed class PublishingNavigation(IStringLocalizer<PublishingText> text) : INavigationContributor
{
    public IEnumerable<NavigationItem> GetItems(ClaimsPrincipal user)
    {
        yield return new(NavigationArea.Public, text["Nav.Publications"], PublicationUrls.Register, 60);
        if (user.HasTenantRole(TenantRole.Official))
        {
            yield return new(NavigationArea.Office, text["Nav.Office.Publications"], PublicationUrls.Office, 60);
        }
    }
}
