using Microsoft.AspNetCore.Mvc.Rendering;

namespace Civitas.Platform.Ui;

/// <summary>Element ids derived from model names, shared by inputs, hints and errors.</summary>
public static class FieldIds
{
    /// <summary>The input's id ("Input.Email" → "Input_Email").</summary>
    public static string InputId(string fullName) => TagBuilder.CreateSanitizedId(fullName, "_");

    /// <summary>The error paragraph's id.</summary>
    public static string ErrorId(string fullName) => InputId(fullName) + "-error";

    /// <summary>The hint paragraph's id.</summary>
    public static string HintId(string fullName) => InputId(fullName) + "-hint";
}
