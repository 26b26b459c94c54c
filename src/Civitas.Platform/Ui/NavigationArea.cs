namespace Civitas.Platform.Ui;

/// <summary>Where a navigation link appears.</summary>
public enum NavigationArea
{
    /// <summary>Main public navigation.</summary>
    Public = 0,
    /// <summary>Office (officials') menu.</summary>
    Office = 1,
    /// <summary>Administration menu (tenant and platform administrators).</summary>
    Admin = 2,
    /// <summary>The signed-in person's own menu (my organisations, my offers…).</summary>
    Personal = 3,
}
