using Civitas.Browser.Tests.Infrastructure;

namespace Civitas.Browser.Tests.Journeys.Grants;

/// <summary>The grants story moves the app's clock past offer deadlines, so it has its own app (and browser)
/// and never shifts the time under the platform's journeys.</summary>
[CollectionDefinition(Name)]
public sealed class GrantsStoryCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser: grants story";
}
