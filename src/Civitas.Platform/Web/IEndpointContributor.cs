using Microsoft.AspNetCore.Routing;

namespace Civitas.Platform.Web;

/// <summary>Implemented by a module that maps endpoints of its own (a JSON API, feeds, downloads).
/// Registered in the module's <c>AddXxxModule()</c>; <c>MapPlatform()</c> maps every contributor, so
/// Program.cs keeps one explicit line per module (ARCHITECTURE.md §2 rule 8).</summary>
public interface IEndpointContributor
{
    /// <summary>Maps the module's endpoints.</summary>
    void Map(IEndpointRouteBuilder endpoints);
}
