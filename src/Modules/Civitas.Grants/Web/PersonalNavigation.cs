using System.Security.Claims;
using Civitas.Grants.Domain.Results;
using Civitas.Grants.Pages.Grants.Committee;
using Civitas.Grants.Resources;
using Civitas.Platform.Ui;
using Microsoft.Extensions.Localization;

namespace Civitas.Grants.Web;

/// <summary>The grants links of every signed-in person's own menu. Both are for anyone with an account: a request for
/// justification (art. 15 ust. 2j UDPP: anyone may file one) and the committees (an official, a person nominated by an
/// organisation or an expert may be appointed). The menu is built from the sign-in claims without a query, so the
/// pages say when there is nothing of the person's.</summary>
internal sealed class PersonalNavigation(IStringLocalizer<ResultsText> results, IStringLocalizer<CommitteeText> committee) : INavigationContributor
{
    public IEnumerable<NavigationItem> GetItems(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true) yield break;
        yield return new(NavigationArea.Personal, results["MyRequests.Title"], ResultsUrls.MyRequests, 47);
        yield return new(NavigationArea.Personal, committee["Mine.Title"], CommitteeUrls.Mine, 48);
    }
}
