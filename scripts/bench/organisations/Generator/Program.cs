// Seeds N organisations into the directory of one JST, for the benchmarks in scripts/bench/organisations.
//   dotnet run -c Release -- --provider sqlite|postgres --connection "<connection string>" [--count 150000] [--tenant miasto-przykladowe]
// The database must already be migrated (start the app once). Rows are written in bulk: one transaction of
// prepared statements on SQLite, binary COPY on PostgreSQL; not one SaveChanges per row.
using System.Diagnostics;
using System.Globalization;
using Civitas.Bench.Organisations;
using Civitas.Organisations.Contracts;
using Civitas.Organisations.Domain;
using Civitas.Organisations.Search;

var options = Options.Parse(args);
var stopwatch = Stopwatch.StartNew();
var writer = options.Provider == "postgres" ? (IWriter)new PostgresWriter(options.Connection) : new SqliteWriter(options.Connection);
var tenantId = await writer.TenantIdAsync(options.Tenant);
var firstListingId = await writer.NextListingIdAsync();
Console.WriteLine($"Tenant {options.Tenant} = {tenantId}; generating {options.Count} organisations from listing id {firstListingId}.");

var names = new NameFactory(2026);
var now = DateTimeOffset.UtcNow;
var centreLat = OrganisationsDemoCentre.Latitude;
var centreLng = OrganisationsDemoCentre.Longitude;
var slugs = new HashSet<string>(await writer.ExistingSlugsAsync(), StringComparer.Ordinal);
var organisations = new List<GeneratedOrganisation>(options.Count);
for (var i = 0; i < options.Count; i++)
{
    var (name, form, otherRegister) = names.Next();
    var city = names.NextDouble() < 0.7 ? "Miasto Przykładowe" : names.Village();
    var slug = Slugs.From(name);
    if (!slugs.Add(slug))
    {
        var n = 2;
        while (!slugs.Add($"{slug}-{n}")) n++;
        slug = $"{slug}-{n}";
    }
    var krs = otherRegister ? null : (2_000_000 + i).ToString("D10", CultureInfo.InvariantCulture);
    var nip = names.NextDouble() < 0.8 ? NameFactory.Nip(i) : "";
    var regon = NameFactory.Regon(i);
    double? lat = null, lng = null;
    if (names.NextDouble() < 0.95)
    {
        // Seats spread over the city and the surrounding county, denser in the centre.
        var r = Math.Pow(names.NextDouble(), 1.5);
        var a = names.NextDouble() * Math.PI * 2;
        lat = Math.Round(centreLat + (r * 0.30 * Math.Sin(a)), 5);
        lng = Math.Round(centreLng + (r * 0.48 * Math.Cos(a)), 5);
    }
    var spheres = names.Spheres();
    var opp = names.NextDouble() < 0.08;
    var searchText = SearchText.ForOrganisation(name, null, city, krs, nip.Length == 0 ? null : nip, regon);
    var status = names.NextDouble() switch
    {
        < 0.55 => OrganisationStatus.Verified,
        < 0.98 => OrganisationStatus.Unverified,
        < 0.99 => OrganisationStatus.Suspended,
        _ => OrganisationStatus.Rejected,
    };
    var created = now.AddDays(-names.Next(3650)).AddMinutes(-names.Next(1440));
    organisations.Add(new GeneratedOrganisation(
        Guid.CreateVersion7(created), firstListingId + i, name, slug, form, krs,
        otherRegister ? "Ewidencja prowadzona przez starostę" : null, otherRegister ? $"EW/{i}/{created.Year}" : null,
        nip.Length == 0 ? null : nip, regon, opp,
        names.NextDouble() < 0.8 ? "ul. Przykładowa" : null, (1 + names.Next(120)).ToString(CultureInfo.InvariantCulture),
        $"59-{200 + names.Next(100):D3}", city, lat, lng,
        names.NextDouble() < 0.6 ? $"kontakt{i}@organizacje.example" : null, names.NextDouble() < 0.4 ? $"https://org{i}.example" : null,
        $"{name} działa na rzecz mieszkańców od {created.Year} roku.", DateOnly.FromDateTime(created.UtcDateTime),
        1 << names.Next(15), spheres,
        searchText, SearchText.SortKey(name), created, status, created.AddDays(names.Next(30)), SphereSeed.IndexOf(spheres[0]),
        Listing.DocumentOf(searchText, tenantId, status, form, opp, lat is not null, spheres, true, []), Listing.CodesOf(spheres)));
}
Console.WriteLine($"Generated in {stopwatch.Elapsed.TotalSeconds:F1} s; writing…");
await writer.WriteAsync(tenantId, organisations);
Console.WriteLine($"Done: {options.Count} organisations in {stopwatch.Elapsed.TotalSeconds:F1} s.");

internal sealed record Options(string Provider, string Connection, int Count, string Tenant)
{
    public static Options Parse(string[] args)
    {
        string? Get(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var provider = Get("--provider") ?? "sqlite";
        var connection = Get("--connection") ?? throw new ArgumentException("--connection is required");
        return new Options(provider, connection, int.Parse(Get("--count") ?? "150000", CultureInfo.InvariantCulture), Get("--tenant") ?? "miasto-przykladowe");
    }
}

/// <summary>The demo city's centre (kept equal to OrganisationsDemoSeeder's).</summary>
internal static class OrganisationsDemoCentre
{
    public const double Latitude = Civitas.Organisations.Demo.OrganisationsDemoSeeder.CentreLatitude;
    public const double Longitude = Civitas.Organisations.Demo.OrganisationsDemoSeeder.CentreLongitude;
}
