namespace Civitas.Browser.Tests.Infrastructure;

/// <summary>The platform's journeys share one app and one browser. Tests in a collection run one
/// after another; collections run side by side. A module with many journeys may declare its own
/// collection (a class like this one with another name) to get its own app and browser.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser: platform";
}
