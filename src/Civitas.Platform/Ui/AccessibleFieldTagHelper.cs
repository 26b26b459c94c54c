using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Civitas.Platform.Ui;

/// <summary>
/// Adds <c>aria-invalid</c> and <c>aria-describedby</c> (hint and error ids) to every input, select and
/// textarea bound with <c>asp-for</c>, so a screen reader reads the error with the field. A hint is
/// linked when the element carries <c>hint="true"</c> and the page renders <c>&lt;p id="X-hint"&gt;</c>.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class AccessibleFieldTagHelper : TagHelper
{
    /// <summary>Runs after the built-in input tag helpers.</summary>
    public override int Order => 1000;

    /// <summary>The model property.</summary>
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    /// <summary>Set to true when the page renders a hint for this field.</summary>
    [HtmlAttributeName("hint")]
    public bool HasHint { get; set; }

    /// <summary>The view context (injected).</summary>
    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    /// <inheritdoc />
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var fullName = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var ids = new List<string>();
        if (HasHint) ids.Add(FieldIds.HintId(fullName));
        if (ViewContext.ViewData.ModelState.TryGetValue(fullName, out var entry) && entry.Errors.Count > 0)
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
            ids.Add(FieldIds.ErrorId(fullName));
        }
        if (ids.Count > 0)
        {
            var existing = output.Attributes.TryGetAttribute("aria-describedby", out var a) ? a.Value?.ToString() + " " : "";
            output.Attributes.SetAttribute("aria-describedby", existing + string.Join(' ', ids));
        }
    }
}
