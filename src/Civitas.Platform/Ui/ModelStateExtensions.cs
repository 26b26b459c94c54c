using Civitas.Platform.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Civitas.Platform.Ui;

/// <summary>Puts a domain result's coded errors next to the form fields they belong to.</summary>
public static class ModelStateExtensions
{
    /// <summary>Adds each error under "<paramref name="prefix"/>.<c>Field</c>" (or the form as a whole),
    /// localised through the resources of <paramref name="owner"/>'s module.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, Result result, TextLocator text, Type owner, string prefix = "Input")
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(text);
        foreach (var error in result.Errors)
        {
            var key = error.Field is null ? "" : string.IsNullOrEmpty(prefix) ? error.Field : $"{prefix}.{error.Field}";
            modelState.AddModelError(key, text.Message(owner, error));
        }
    }
}
