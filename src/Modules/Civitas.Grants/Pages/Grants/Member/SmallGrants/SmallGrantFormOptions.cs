using Civitas.Organisations.Contracts;
using Civitas.Platform.Calendar;
using Civitas.Platform.Localization;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Civitas.Grants.Pages.Grants.Member.SmallGrants;

/// <summary>The choices of the offer form: the person's organisations where they may edit, and the spheres of art. 4.</summary>
internal sealed record SmallGrantFormOptions(IReadOnlyList<OrganisationMembership> Organisations, IReadOnlyList<SelectListItem> Spheres)
{
    public const string Key = "SmallGrantFormOptions";

    public static async Task<SmallGrantFormOptions> LoadAsync(IOrganisationDirectory directory, Guid userId, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var memberships = (await directory.GetMembershipsAsync(userId, ct))
            .Where(m => m.Role is OrganisationMemberRole.Editor or OrganisationMemberRole.Representative).ToList();
        var english = CivitasCultures.IsEnglish;
        var spheres = (await directory.GetSpheresAsync(WarsawTime.Today(clock), ct))
            .Select(s => new SelectListItem($"{s.Code}. {(english ? s.NameEnglish : s.NamePolish)}", s.Code)).ToList();
        return new SmallGrantFormOptions(memberships, spheres);
    }

    public bool IsRepresentativeOf(Guid? organisationId)
        => Organisations.Any(o => o.OrganisationId == organisationId && o.Role == OrganisationMemberRole.Representative);
}
