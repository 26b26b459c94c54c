namespace Civitas.Publishing.Contracts;

/// <summary>Where an entry stands in the register at a given moment.</summary>
public enum PublicationState
{
    /// <summary>Published, but its visibility period has not started yet (zaplanowane).</summary>
    Scheduled = 1,

    /// <summary>Shown in the public register now (widoczne).</summary>
    Visible = 2,

    /// <summary>Its visibility period ended; it is in the archive (archiwalne).</summary>
    Expired = 3,

    /// <summary>Withdrawn from publication; it is in the archive with the reason (wycofane).</summary>
    Withdrawn = 4,
}
