using Civitas.Organisations;
using Civitas.Platform;

var builder = WebApplication.CreateBuilder(args);

if (builder.Environment.IsProduction())
{
    // One JSON object per line, for the log collector (docs/operations.md).
    builder.Logging.ClearProviders();
    builder.Logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
}

// Every module is listed here, explicitly (ARCHITECTURE.md §2 rule 8).
builder.AddPlatform();
builder.AddOrganisationsModule();

var app = builder.Build();

app.UsePlatform();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapPlatform();

app.Run();

/// <summary>Entry point, public for WebApplicationFactory in the tests.</summary>
public partial class Program;
