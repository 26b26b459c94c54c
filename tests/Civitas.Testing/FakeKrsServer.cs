using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Civitas.Testing;

/// <summary>
/// Stands in for api-krs.ms.gov.pl on 127.0.0.1 (the tests never call the network): answers
/// /api/krs/OdpisAktualny/{krs}?rejestr=S with the 46 recorded answers of ../shared/data/krs, the recorded
/// 404 body for any other number, 503 for 0000000503 and no answer in time for 0000000408.
/// One server per test process, shared by every app that points Organisations:Krs:BaseAddress at
/// <see cref="Url"/> (<see cref="Settings"/>).
/// </summary>
public static class FakeKrsServer
{
    public const string ServerErrorKrs = "0000000503";
    public const string TimeoutKrs = "0000000408";

    private static readonly Lazy<string> Address = new(Start);

    public static string Url => Address.Value;

    /// <summary>The app's settings that send the KRS client here, with a three-second timeout: short enough for the
    /// timeout test (the server holds <see cref="TimeoutKrs"/> for ten), long enough that a real answer is not taken for a
    /// timeout when the machine is busy (a CI run saw a recorded answer miss a one-second timeout).</summary>
    public static IDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        ["Organisations:Krs:BaseAddress"] = Url,
        ["Organisations:Krs:TimeoutSeconds"] = "3",
    };

    private static string Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var folder = Path.Combine(TestEnvironment.Shared, "data", "krs", "parasol_all");
        var notFound = File.ReadAllText(Path.Combine(TestEnvironment.Shared, "data", "krs", "api-krs_404_not_found.json"));
        app.MapGet("/api/krs/OdpisAktualny/{krs}", async (string krs, string? rejestr, HttpContext http) =>
        {
            if (krs == ServerErrorKrs) return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            if (krs == TimeoutKrs)
            {
                await Task.Delay(TimeSpan.FromSeconds(10), http.RequestAborted);
                return Results.StatusCode(StatusCodes.Status504GatewayTimeout);
            }
            var file = Path.Combine(folder, krs + ".json");
            return rejestr == "S" && krs.All(char.IsAsciiDigit) && File.Exists(file)
                ? Results.Text(await File.ReadAllTextAsync(file), "application/json")
                : Results.Text(notFound, "application/problem+json", statusCode: StatusCodes.Status404NotFound);
        });
        app.StartAsync().GetAwaiter().GetResult();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return address;
    }
}
