using Civitas.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Civitas.Platform.Web;

/// <summary>Readiness: the database was migrated at start and answers now.</summary>
internal sealed class DatabaseHealthCheck(DatabaseStatus status, PlatformDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!status.IsReady) return HealthCheckResult.Unhealthy("Database not migrated yet: " + status.LastError);
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("Database not reachable.");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("Database not reachable.", ex);
        }
    }
}
