using Civitas.Platform.Data;

namespace Civitas.Organisations.Domain;

/// <summary>A district (dzielnica, osiedle, sołectwo) of the JST, from the GeoJSON its officials
/// uploaded. The geometry is kept as GeoJSON for the map; the bounding box speeds point tests.
/// Not audited row by row (a geometry is hundreds of kilobytes): the upload is one audit entry.</summary>
internal sealed class District : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TenantId { get; set; }
    public string Name { get; set; } = "";
    public string GeometryJson { get; set; } = "";
    public double MinLatitude { get; set; }
    public double MaxLatitude { get; set; }
    public double MinLongitude { get; set; }
    public double MaxLongitude { get; set; }
    public int SortOrder { get; set; }
}
