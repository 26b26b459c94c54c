namespace Civitas.Organisations;

/// <summary>Configuration section "Organisations" (besides "Organisations:Krs").</summary>
internal sealed class OrganisationsOptions
{
    /// <summary>Tile URL template for the map, e.g. "https://tile.openstreetmap.org/{z}/{x}/{y}.png".
    /// None by default: the map then shows the outline of Poland and the JST's districts only. A tile
    /// host must also be allowed in SecurityHeaders:ExtraImageSources.</summary>
    public string? MapTileUrl { get; set; }

    /// <summary>Attribution shown with the tiles (required by OpenStreetMap: "© OpenStreetMap contributors").</summary>
    public string? MapTileAttribution { get; set; }

    /// <summary>A Nominatim-compatible search URL ("https://nominatim.example/search"); when set, the
    /// profile form offers "find the coordinates of this address". None by default.</summary>
    public string? GeocoderUrl { get; set; }

    /// <summary>Largest CSV accepted by the import.</summary>
    public long ImportMaxBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Days an invitation link stays valid.</summary>
    public int InvitationValidDays { get; set; } = 14;

    /// <summary>Licence of the directory's open data (shown on the export page).</summary>
    public string OpenDataLicence { get; set; } = "CC BY 4.0";

    /// <summary>Seconds the public directory keeps a count in memory (docs/adr/0009-directory-counts-in-memory.md).
    /// A change made through this instance is counted at once; one made through another instance of a scaled-out
    /// deployment after this time at the latest. 0 counts on every request.</summary>
    public int DirectoryCountSeconds { get; set; } = 60;

    /// <summary>Address of the licence text.</summary>
    public string OpenDataLicenceUrl { get; set; } = "https://creativecommons.org/licenses/by/4.0/deed.pl";
}
