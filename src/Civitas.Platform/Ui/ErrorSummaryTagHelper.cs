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
        // List errors in the order the fields appear in the form (the model's declaration order),
        // not in ModelState's order, so the summary reads top to bottom like the page.
        var order = FieldOrder(ViewContext.ViewData.ModelMetadata);
        foreach (var (key, entry) in state.OrderBy(e => e.Key.Length == 0 ? -1 : order.GetValueOrDefault(e.Key, int.MaxValue)))
        {
            foreach (var error in entry?.Errors ?? [])
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

    private static Dictionary<string, int> FieldOrder(Microsoft.AspNetCore.Mvc.ModelBinding.ModelMetadata? root)
    {
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        if (root is null) return order;
        var next = 0;
        void Walk(Microsoft.AspNetCore.Mvc.ModelBinding.ModelMetadata metadata, string prefix, int depth)
        {
            foreach (var property in metadata.Properties)
            {
                var name = prefix.Length == 0 ? property.PropertyName! : $"{prefix}.{property.PropertyName}";
                order.TryAdd(name, next++);
                if (depth < 3 && property.IsComplexType && !property.IsEnumerableType) Walk(property, name, depth + 1);
            }
        }
        Walk(root, "", 0);
        return order;
    }
}
