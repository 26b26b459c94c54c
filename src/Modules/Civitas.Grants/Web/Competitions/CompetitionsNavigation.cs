using System.Security.Claims;
using Civitas.Grants.Resources;
using Civitas.Platform.Identity;
using Civitas.Platform.Ui;
using Microsoft.Extensions.Localization;

namespace Civitas.Grants.Web.Competitions;

internal sealed class CompetitionsNavigation(IStringLocalizer<CompetitionsText> t) : INavigationContributor
{
    public IEnumerable<NavigationItem> GetItems(ClaimsPrincipal user)
    {
        yield return new(NavigationArea.Public, t["Nav.Competitions"], CompetitionUrls.PublicList, 200);
        if (user.HasTenantRole(TenantRole.Official))
        {
            yield return new(NavigationArea.Office, t["Nav.OfficeCompetitions"], CompetitionUrls.OfficeList, 200);
        }
    }
}
