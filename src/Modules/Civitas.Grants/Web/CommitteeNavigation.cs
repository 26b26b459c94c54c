using System.Security.Claims;
using Civitas.Grants.Pages.Grants.Committee;
using Civitas.Grants.Resources;
using Civitas.Platform.Ui;
using Microsoft.Extensions.Localization;

namespace Civitas.Grants.Web;

/// <summary>The signed-in person's committees. Anyone with an account may be appointed (an official, a person
/// nominated by an organisation, an expert), and the menu is built from the sign-in claims without a query, so the
/// link is there for everyone signed in; the page says when the person sits on no committee.</summary>
internal sealed class CommitteeNavigation(IStringLocalizer<CommitteeText> text) : INavigationContributor
{
    public IEnumerable<NavigationItem> GetItems(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated == true)
        {
            yield return new(NavigationArea.Personal, text["Mine.Title"], CommitteeUrls.Mine, 48);
        }
    }
}
