using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Civitas.Platform.Ui;

/// <summary><c>&lt;field-error for="Input.Email" /&gt;</c>: the field's error messages, with the id
/// the input's <c>aria-describedby</c> points to. Renders nothing when the field is valid.</summary>
[HtmlTargetElement("field-error", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldErrorTagHelper : TagHelper
{
    /// <summary>The model property.</summary>
    [HtmlAttributeName("for")]
    public Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression For { get; set; } = default!;

    /// <summary>The view context (injected).</summary>
    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    /// <inheritdoc />
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var name = For.Name;
        var fullName = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(name);
        if (!ViewContext.ViewData.ModelState.TryGetValue(fullName, out var entry) || entry.Errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }
        output.TagName = "p";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "field-error");
        output.Attributes.SetAttribute("id", FieldIds.ErrorId(fullName));
        var content = new HtmlContentBuilder();
        var first = true;
        foreach (var error in entry.Errors)
        {
            if (!first) content.AppendHtml("<br>");
            content.Append(error.ErrorMessage);
            first = false;
        }
        output.Content.SetHtmlContent(content);
    }
}
