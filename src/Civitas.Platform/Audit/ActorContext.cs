using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Civitas.Platform.Audit;

internal sealed class ActorContext(IHttpContextAccessor http) : IActorContext
{
    private Actor? _override;

    public Actor Current => _override ?? FromUser(http.HttpContext?.User) ?? Actor.System;

    public void Set(Actor actor) => _override = actor;

    private static Actor? FromUser(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true) return null;
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return Guid.TryParse(id, out var guid)
            ? new Actor(guid, user.FindFirstValue(CivitasClaims.DisplayName) ?? user.Identity.Name ?? id)
            : null;
    }
}
