using Civitas.Platform.Resources;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Civitas.Platform.Ui;

/// <summary>
/// <c>&lt;error-summary /&gt;</c>: the list of form errors at the top of a form, each linked to its
/// field, focused on page load by site.js so a screen reader announces it (GOV.UK pattern, WCAG 3.3.1).
/// Renders nothing when the form is valid.
/// </summary>
[HtmlTargetElement("error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper(IStringLocalizer<PlatformText> text) : TagHelper
{
    /// <summary>The view context (injected).</summary>
    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    /// <inheritdoc />
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var state = ViewContext.ViewData.ModelState;
        if (state.IsValid)
        {
            output.SuppressOutput();
            return;
        }
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "error-summary");
        output.Attributes.SetAttribute("role", "alert");
        output.Attributes.SetAttribute("tabindex", "-1");
        output.Attributes.SetAttribute("aria-labelledby", "error-summary-title");
        output.Attributes.SetAttribute("data-autofocus", "true");

        var content = new HtmlContentBuilder();
        content.AppendHtml("<h2 id=\"error-summary-title\">").Append(text["Form.ErrorSummaryTitle"]).AppendHtml("</h2><ul>");
        foreach (var (key, entry) in state)
        {
            foreach (var error in entry.Errors)
            {
                var message = string.IsNullOrEmpty(error.ErrorMessage) ? text["Validation.UnknownValueInvalid"].Value : error.ErrorMessage;
                content.AppendHtml("<li>");
                if (string.IsNullOrEmpty(key))
                {
                    content.Append(message);
                }
                else
                {
                    content.AppendHtml("<a href=\"#").Append(TagBuilder.CreateSanitizedId(key, "_")).AppendHtml("\">").Append(message).AppendHtml("</a>");
                }
                content.AppendHtml("</li>");
            }
        }
        content.AppendHtml("</ul>");
        output.Content.SetHtmlContent(content);
    }
}
