namespace Civitas.Platform.Tenancy;

/// <summary>Compliance status stated in the accessibility statement (ustawa o dostępności cyfrowej, art. 10).</summary>
public enum AccessibilityStatus
{
    /// <summary>W pełni zgodna.</summary>
    FullyCompliant = 1,
    /// <summary>Częściowo zgodna.</summary>
    PartiallyCompliant = 2,
    /// <summary>Niezgodna.</summary>
    NotCompliant = 3,
}
