using System.Reflection;
using Civitas.Platform.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Civitas.Web.Pages;

/// <summary>About the software: version, licence and where its source is (AGPL-3.0 section 13 asks a
/// network service to offer its users the corresponding source).</summary>
[OutputCache(PolicyName = AnonymousPageCachePolicy.Name)]
internal sealed class AboutModel(IConfiguration config) : PageModel
{
    public string Version { get; } = typeof(AboutModel).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0";
    public string? SourceUrl { get; } = config["Platform:SourceCodeUrl"];

    public void OnGet()
    {
    }
}
