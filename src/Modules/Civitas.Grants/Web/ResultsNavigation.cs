using System.Security.Claims;
using Civitas.Grants.Domain.Results;
using Civitas.Grants.Resources;
using Civitas.Platform.Ui;
using Microsoft.Extensions.Localization;

namespace Civitas.Grants.Web;

/// <summary>The signed-in person's requests for justification (art. 15 ust. 2j UDPP: anyone may file one).</summary>
internal sealed class ResultsNavigation(IStringLocalizer<ResultsText> text) : INavigationContributor
{
    public IEnumerable<NavigationItem> GetItems(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated == true)
        {
            yield return new(NavigationArea.Personal, text["MyRequests.Title"], ResultsUrls.MyRequests, 47);
        }
    }
}
