namespace Civitas.Organisations.Domain;

/// <summary>How an organisation came into a JST's directory.</summary>
internal enum ListingSource
{
    /// <summary>Registered by one of its people on this portal.</summary>
    Registered = 1,
    /// <summary>Imported by an official from a CSV file.</summary>
    Imported = 2,
    /// <summary>Added by a member of an organisation registered on another JST's portal.</summary>
    AddedByMember = 3,
    /// <summary>Demo data.</summary>
    Demo = 4,
}
