using System.Security.Claims;
using Civitas.Grants.Resources;
using Civitas.Platform.Identity;
using Civitas.Platform.Ui;
using Microsoft.Extensions.Localization;

namespace Civitas.Grants.Web.Statistics;

internal sealed class StatisticsNavigation(IStringLocalizer<StatisticsText> text) : INavigationContributor
{
    public IEnumerable<NavigationItem> GetItems(ClaimsPrincipal user)
    {
        if (user.HasTenantRole(TenantRole.Official))
        {
            yield return new(NavigationArea.Office, text["Statistics.Nav"], StatisticsUrls.Office, 210);
        }
    }
}
