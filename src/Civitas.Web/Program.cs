using Civitas.Grants;
using Civitas.Organisations;
using Civitas.Platform;
using Civitas.Publishing;

var builder = WebApplication.CreateBuilder(args);

if (builder.Environment.IsProduction())
{
    // One JSON object per line, for the log collector (docs/operations.md).
    builder.Logging.ClearProviders();
    builder.Logging.AddJsonConsole(o =>
    {
        o.UseUtcTimestamp = true;
        o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
    });
}

// Every module is listed here, explicitly (ARCHITECTURE.md §2 rule 8).
builder.AddPlatform();
builder.AddOrganisationsModule();
builder.AddPublishingModule();
builder.AddGrantsModule();

var app = builder.Build();

app.UsePlatform();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapPlatform();

app.Run();

/// <summary>Entry point, public for WebApplicationFactory in the tests.</summary>
public partial class Program;
