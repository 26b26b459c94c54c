using Microsoft.AspNetCore.Http;

namespace Civitas.Platform.Web;

internal static class PlatformPaths
{
    /// <summary>Paths that work without a tenant or a database: probes and static assets.</summary>
    public static bool IsInfrastructure(PathString path)
        => path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz")
        || path.StartsWithSegments("/lib") || path.StartsWithSegments("/css") || path.StartsWithSegments("/js")
        || path.StartsWithSegments("/img") || path.StartsWithSegments("/_content") || path.StartsWithSegments("/favicon.ico") || path.StartsWithSegments("/openapi");
}
