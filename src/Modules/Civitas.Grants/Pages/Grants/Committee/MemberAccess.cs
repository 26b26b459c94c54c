using System.Security.Claims;
using Civitas.Grants.Domain.Committee;
using Civitas.Grants.Domain.Competitions;
using Civitas.Platform.Identity;

namespace Civitas.Grants.Pages.Grants.Committee;

/// <summary>Finds the competition and the caller's own membership of its committee: another local government's
/// competition is not found (tenant filter); a person who does not sit on this committee is refused.</summary>
internal sealed class MemberAccess(CommitteeService committee)
{
    public enum Outcome
    {
        Found,
        NotFound,
        NotMember,
    }

    public async Task<(Outcome Outcome, Competition? Competition, CommitteeMember? Member)> LoadAsync(Guid competitionId, ClaimsPrincipal user, CancellationToken ct)
    {
        var competition = await committee.CompetitionAsync(competitionId, ct);
        if (competition is null) return (Outcome.NotFound, null, null);
        var member = user.UserId() is { } me ? await committee.MembershipAsync(competitionId, me, ct) : null;
        return member is null ? (Outcome.NotMember, competition, null) : (Outcome.Found, competition, member);
    }
}
