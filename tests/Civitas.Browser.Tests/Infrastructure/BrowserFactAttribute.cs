using Xunit.Sdk;

namespace Civitas.Browser.Tests.Infrastructure;

/// <summary>A browser journey: an xunit [Fact] that also checks the <see cref="PageGuard"/> at the end
/// and, when the test fails, saves a screenshot, the page's HTML and the failure to .ci/out/browser/.
/// Every test of a <see cref="BrowserTest"/> uses it (or <see cref="BrowserTheoryAttribute"/>); a test
/// in this project checks that none uses a plain [Fact].</summary>
[XunitTestCaseDiscoverer("Civitas.Browser.Tests.Infrastructure.BrowserFactDiscoverer", "Civitas.Browser.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserFactAttribute : FactAttribute;

/// <summary>As <see cref="BrowserFactAttribute"/> for a theory (one test case per [InlineData] row,
/// which must be serialisable: strings, numbers, enums).</summary>
[XunitTestCaseDiscoverer("Civitas.Browser.Tests.Infrastructure.BrowserTheoryDiscoverer", "Civitas.Browser.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserTheoryAttribute : TheoryAttribute;
