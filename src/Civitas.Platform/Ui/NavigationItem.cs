namespace Civitas.Platform.Ui;

/// <summary>A link contributed by a module to the layout's navigation (already localised).</summary>
public sealed record NavigationItem(NavigationArea Area, string Text, string Url, int Order);
