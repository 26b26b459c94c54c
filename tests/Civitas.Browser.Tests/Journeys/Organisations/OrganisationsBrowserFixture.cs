using Civitas.Browser.Tests.Infrastructure;
using Civitas.Testing;

namespace Civitas.Browser.Tests.Journeys.Organisations;

/// <summary>The app of the organisations' journeys: its KRS client asks the stand-in KRS server, which
/// answers with the recorded answers of ../shared/data/krs (the real API is not reachable from here).
/// The server answers from the test process itself, so the timeout is generous for a loaded machine.</summary>
public sealed class OrganisationsBrowserFixture : BrowserFixture
{
    protected override IDictionary<string, string?> Settings()
    {
        var settings = FakeKrsServer.Settings();
        settings["Organisations:Krs:TimeoutSeconds"] = "15";
        return settings;
    }
}

/// <summary>The organisations' journeys share one app (with the stand-in KRS server) and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class OrganisationsBrowserCollection : ICollectionFixture<OrganisationsBrowserFixture>
{
    public const string Name = "Browser: organisations";
}
