using System.Text;
using Civitas.Organisations.Geo;

namespace Civitas.Organisations.Tests.Geo;

public sealed class GeoTests
{
    [Theory]
    [InlineData(52.2297, 21.0122)] // Warszawa
    [InlineData(54.3520, 18.6466)] // Gdańsk
    [InlineData(49.2992, 19.9496)] // Zakopane
    [InlineData(52.3500, 14.5560)] // Słubice, on the Oder
    [InlineData(49.7497, 18.6321)] // Cieszyn, on the Olza
    [InlineData(54.1300, 23.1000)] // Sejny region
    public void Places_in_Poland_are_in_Poland(double lat, double lng) => Assert.True(PolandBoundary.Contains(lat, lng));

    [Theory]
    [InlineData(52.52, 13.405)]   // Berlin
    [InlineData(54.6872, 25.2797)] // Vilnius
    [InlineData(50.4501, 30.5234)] // Kyiv
    [InlineData(21.0122, 52.2297)] // Warsaw with axes swapped
    [InlineData(52.3200, 14.5000)] // Frankfurt (Oder), across the river from Słubice
    public void Places_abroad_are_not(double lat, double lng) => Assert.False(PolandBoundary.Contains(lat, lng));

    [Fact]
    public void The_districts_of_Warsaw_are_read_from_GeoJSON()
    {
        var result = DistrictGeoJson.Parse(File.ReadAllBytes(SharedData.WarsawDistricts));
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Code)));
        Assert.Equal(19, result.Value!.Count);
        var mokotow = result.Value.Single(d => d.Name == "Mokotów");
        Assert.True(DistrictGeoJson.Contains(mokotow.GeometryJson, 52.1935, 21.0345));
        Assert.False(DistrictGeoJson.Contains(mokotow.GeometryJson, 52.2550, 20.9840));
    }

    [Fact]
    public void The_districts_of_Krakow_are_read_too() => Assert.Equal(18, DistrictGeoJson.Parse(File.ReadAllBytes(SharedData.KrakowDistricts)).Value!.Count);

    [Theory]
    [InlineData("{ not json", "Districts.InvalidJson")]
    [InlineData("{\"type\":\"Feature\"}", "Districts.NotFeatureCollection")]
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":[]}", "Districts.NoFeatures")]
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"A\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[21,52]}}]}", "Districts.UnsupportedGeometry")]
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[21,52],[21.1,52],[21.1,52.1],[21,52]]]}}]}", "Districts.MissingName")]
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"A\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[21,52],[21.1,52],[21.1,52.1],[21,52.1]]]}}]}", "Districts.RingNotClosed")]
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"A\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[52,21],[52,21.1],[52.1,21.1],[52,21]]]}}]}", "Districts.OutsidePoland")]
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"A\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[639000,486000],[640000,486000],[640000,487000],[639000,486000]]]}}]}", "Districts.OutsidePoland")]
    public void Bad_GeoJSON_is_refused_with_a_reason(string json, string code)
        => Assert.Equal(code, DistrictGeoJson.Parse(Encoding.UTF8.GetBytes(json)).Errors.Single().Code);
}
