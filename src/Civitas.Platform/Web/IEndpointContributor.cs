using Microsoft.AspNetCore.Routing;

namespace Civitas.Platform.Web;

/// <summary>Implemented by a module that serves endpoints outside Razor Pages (feeds, the JSON API).
/// <c>MapPlatform</c> maps every registered contributor, so a module needs nothing in Program.cs but its
/// <c>AddXxxModule()</c> line (ARCHITECTURE.md §2 rule 8).</summary>
public interface IEndpointContributor
{
    /// <summary>Maps the module's endpoints.</summary>
    void Map(IEndpointRouteBuilder endpoints);
}
