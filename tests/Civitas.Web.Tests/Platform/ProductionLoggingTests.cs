using System.Text.Json;
using Civitas.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Civitas.Web.Tests.PlatformTests;

public sealed class ProductionLoggingTests
{
    [Fact]
    public async Task In_Production_the_app_logs_one_JSON_object_per_line_to_the_console()
    {
        await using var app = new ProductionFactory();
        await app.StartAsync();
        var services = app.Services;
        Assert.True(services.GetRequiredService<IHostEnvironment>().IsProduction());

        var providers = services.GetServices<ILoggerProvider>().ToList();
        Assert.Contains(providers, p => p is ConsoleLoggerProvider);
        var console = services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        Assert.Equal(ConsoleFormatterNames.Json, console.FormatterName);
        Assert.True(services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue.UseUtcTimestamp);

        // The formatter the console provider uses writes one JSON object per line, Polish letters intact.
        var formatter = services.GetServices<ConsoleFormatter>().Single(f => f.Name == console.FormatterName);
        using var output = new StringWriter();
        var entry = new LogEntry<string>(LogLevel.Error, "Civitas.Platform.Data.DatabaseInitializer", new EventId(7), "Baza danych niedostępna: łączę ponownie", null, (s, _) => s);
        formatter.Write(entry, null, output);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var json = JsonDocument.Parse(Assert.Single(lines));
        Assert.Equal("Error", json.RootElement.GetProperty("LogLevel").GetString());
        Assert.Equal("Baza danych niedostępna: łączę ponownie", json.RootElement.GetProperty("Message").GetString());
        Assert.Equal("Civitas.Platform.Data.DatabaseInitializer", json.RootElement.GetProperty("Category").GetString());
    }

    [Fact]
    public async Task In_Development_the_console_log_stays_human_readable()
    {
        await using var app = new CivitasAppFactory(DatabaseKind.Sqlite);
        await app.StartAsync();
        var console = app.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        Assert.NotEqual(ConsoleFormatterNames.Json, console.FormatterName);
    }

    private sealed class ProductionFactory() : CivitasAppFactory(DatabaseKind.Sqlite)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }
}
