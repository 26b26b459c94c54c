using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using Civitas.Organisations.Contracts;
using Civitas.Organisations.Data;
using Civitas.Organisations.Domain;
using Civitas.Organisations.Export;
using Civitas.Organisations.Search;
using Civitas.Platform;
using Civitas.Platform.Files;
using Civitas.Platform.Localization;
using Civitas.Platform.Ui;
using Civitas.Platform.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Civitas.Organisations.Api;

/// <summary>The open-data API of the directory (/api/v1/organisations…), the map's data, the exports and
/// logos. Anonymous answers are output-cached per JST and evicted when an organisation changes.</summary>
internal sealed class OrganisationsApi : IEndpointContributor
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/organisations").WithTags("Organisations").CacheOutput(AnonymousPageCachePolicy.Name);

        api.MapGet("", ListAsync)
            .WithName("ListOrganisations")
            .WithSummary("Organisations in the directory of this local government, with search (q: words, diacritics and case ignored) and filters.")
            .Produces<ApiOrganisationPage>()
            .ProducesValidationProblem();

        api.MapGet("/{id:guid}", GetAsync)
            .WithName("GetOrganisation")
            .WithSummary("An organisation's public profile.")
            .Produces<ApiOrganisationDetail>()
            .Produces(StatusCodes.Status404NotFound);

        api.MapGet("/map", MapAsync)
            .WithName("OrganisationMapPoints")
            .WithSummary("Compact map points: {scale, lat0, lng0, spheres, p: [idDelta, latOffset, lngOffset, sphereIndex, …]}.")
            .ProducesValidationProblem();

        api.MapGet("/districts", DistrictsAsync)
            .WithName("OrganisationDistricts")
            .WithSummary("Districts of this local government as a GeoJSON FeatureCollection (properties: id, name).");

        api.MapGet("/map/{listingId:long}", MapPointAsync)
            .WithName("OrganisationMapPoint")
            .Produces<ApiMapPoint>()
            .Produces(StatusCodes.Status404NotFound);

        endpoints.MapGet("/organizacje/eksport.csv", (HttpContext http, DirectoryExport export, TextLocator text, CancellationToken ct)
                => ExportAsync(http, export, text, DirectoryExport.Format.Csv, ct))
            .WithTags("Organisations").WithName("ExportOrganisationsCsv").WithSummary("The directory as CSV (UTF-8), with the same filters.");
        endpoints.MapGet("/organizacje/eksport.xlsx", (HttpContext http, DirectoryExport export, TextLocator text, CancellationToken ct)
                => ExportAsync(http, export, text, DirectoryExport.Format.Xlsx, ct))
            .WithTags("Organisations").WithName("ExportOrganisationsXlsx").WithSummary("The directory as an Excel workbook, with the same filters.");

        endpoints.MapGet("/organizacje/{slug}/logo", LogoAsync).ExcludeFromDescription();
    }

    private static async Task<IResult> ListAsync(HttpContext http, DirectorySearch search, TextLocator text, CancellationToken ct)
    {
        var (filter, problem) = ParseFilter(http, text);
        if (problem is not null) return problem;
        var paging = ParsePaging(http, text, out var pagingProblem);
        if (pagingProblem is not null) return pagingProblem;
        var page = await search.PageAsync(filter!, paging, ct);
        var items = page.Items.Select(r => new ApiOrganisationItem(r.OrganisationId, r.Slug, r.Name, r.City, r.LegalForm,
            LegalForms.EligibilityOf(r.LegalForm), r.IsPublicBenefit, r.Status, r.Spheres, "/organizacje/" + r.Slug)).ToList();
        return Results.Json(new ApiOrganisationPage(items, page.Total, page.TotalIsExact, page.HasNext, page.Page, page.PageSize, page.SortedNewest), Json);
    }

    private static async Task<IResult> GetAsync(Guid id, OrganisationsDb db, CancellationToken ct)
    {
        var listing = await db.Listings.AsNoTracking().Where(l => l.OrganisationId == id && l.Visible)
            .Select(l => new { l.Status, l.WholeTenant, Districts = l.Districts.Select(d => d.DistrictId).ToList() }).FirstOrDefaultAsync(ct);
        if (listing is null) return Results.NotFound();
        var o = await db.Organisations.AsNoTracking().Include(x => x.Spheres).FirstAsync(x => x.Id == id, ct);
        var districtNames = listing.Districts.Count == 0 ? [] : await db.Districts.AsNoTracking().Where(d => listing.Districts.Contains(d.Id)).OrderBy(d => d.SortOrder).Select(d => d.Name).ToListAsync(ct);
        var groups = Enum.GetValues<BeneficiaryGroups>().Where(g => g != BeneficiaryGroups.None && o.BeneficiaryGroups.HasFlag(g)).Select(g => g.ToString()).ToList();
        return Results.Json(new ApiOrganisationDetail(o.Id, o.Slug, o.Name, o.ShortName, o.LegalForm, o.Eligibility,
            o.Krs, o.OtherRegisterName is null ? null : $"{o.OtherRegisterName} {o.OtherRegisterNumber}", o.Nip, o.Regon,
            o.IsPublicBenefit, o.InLiquidation, listing.Status,
            new ApiAddress(o.Street, o.Building, o.Unit, o.PostalCode, o.City, o.Commune, o.County, o.Voivodeship), o.CorrespondenceAddress,
            o.Latitude, o.Longitude, o.Email, o.Phone, o.Website, o.Description, o.FoundedOn,
            o.Spheres.Select(s => s.SphereCode).OrderBy(SphereSeed.IndexOf).ToList(), groups, listing.WholeTenant, districtNames,
            "/organizacje/" + o.Slug, o.UpdatedAt), Json);
    }

    private static async Task<IResult> MapAsync(HttpContext http, MapData map, TextLocator text, CancellationToken ct)
    {
        var (filter, problem) = ParseFilter(http, text);
        if (problem is not null) return problem;
        var buffer = new ArrayBufferWriter<byte>(256 * 1024);
        await map.WriteAsync(filter!, buffer, ct);
        return Results.Bytes(buffer.WrittenMemory, "application/json");
    }

    private static async Task<IResult> MapPointAsync(long listingId, OrganisationsDb db, CancellationToken ct)
    {
        var point = await db.Listings.AsNoTracking().Where(l => l.Id == listingId && l.Visible)
            .Select(l => new ApiMapPoint(l.Name, l.City, "/organizacje/" + l.Slug, l.Status == OrganisationStatus.Verified)).FirstOrDefaultAsync(ct);
        return point is null ? Results.NotFound() : Results.Json(point, Json);
    }

    private static async Task<IResult> DistrictsAsync(OrganisationsDb db, CancellationToken ct)
    {
        var districts = await db.Districts.AsNoTracking().OrderBy(d => d.SortOrder).ThenBy(d => d.Name)
            .Select(d => new { d.Id, d.Name, d.GeometryJson }).ToListAsync(ct);
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            foreach (var d in districts)
            {
                json.WriteStartObject();
                json.WriteString("type", "Feature");
                json.WriteStartObject("properties");
                json.WriteString("id", d.Id);
                json.WriteString("name", d.Name);
                json.WriteEndObject();
                json.WritePropertyName("geometry");
                json.WriteRawValue(d.GeometryJson, skipInputValidation: true);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Results.Bytes(buffer.WrittenMemory, "application/geo+json");
    }

    private static async Task ExportAsync(HttpContext http, DirectoryExport export, TextLocator text, DirectoryExport.Format format, CancellationToken ct)
    {
        var (filter, problem) = ParseFilter(http, text);
        if (problem is not null)
        {
            await problem.ExecuteAsync(http);
            return;
        }
        await export.WriteAsync(http, filter!, format, ct);
    }

    private static async Task<IResult> LogoAsync(string slug, OrganisationsDb db, IFileStore files, HttpContext http, CancellationToken ct)
    {
        if (!Slugs.LooksValid(slug)) return Results.NotFound();
        var logo = await db.Listings.AsNoTracking().Where(l => l.Slug == slug && l.Visible)
            .Join(db.Organisations, l => l.OrganisationId, o => o.Id, (l, o) => o.LogoFileId).FirstOrDefaultAsync(ct);
        if (logo is not { } fileId) return Results.NotFound();
        // Logos are global (uploaded on any JST's portal), so they are read here rather than through
        // /pliki/{id}, which serves each JST its own files.
        var stream = await files.OpenReadAsync(fileId, ct);
        if (stream is null) return Results.NotFound();
        var kind = FileTypeDetector.Detect(stream);
        if (!OrganisationFiles.Images.Contains(kind))
        {
            await stream.DisposeAsync();
            return Results.NotFound();
        }
        http.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.File(stream, FileTypeDetector.ContentType(kind));
    }

    internal static (DirectoryFilter? Filter, IResult? Problem) ParseFilter(HttpContext http, TextLocator text)
    {
        var q = http.Request.Query;
        var (filter, errors) = DirectoryFilter.Parse(q["q"], q["sphere"], q["district"], q["legalForm"], q["opp"], q["verified"], q["sort"]);
        return errors.Count == 0 ? (filter, null) : (null, Problem(Result.From(errors), text));
    }

    private static PageNumbers ParsePaging(HttpContext http, TextLocator text, out IResult? problem)
    {
        var q = http.Request.Query;
        var errors = new List<Error>();
        int? page = null, size = null;
        if (!string.IsNullOrEmpty(q["page"]))
        {
            if (int.TryParse(q["page"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var p) && p >= 1) page = p;
            else errors.Add(new Error("Directory.PageInvalid", "page"));
        }
        if (!string.IsNullOrEmpty(q["pageSize"]))
        {
            if (int.TryParse(q["pageSize"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var s) && s is >= 1 and <= PageNumbers.MaxPageSize) size = s;
            else errors.Add(new Error("Directory.PageSizeInvalid", "pageSize", PageNumbers.MaxPageSize));
        }
        problem = errors.Count > 0 ? Problem(Result.From(errors), text) : null;
        return PageNumbers.From(page, size);
    }

    private static IResult Problem(Result result, TextLocator text)
        => Results.ValidationProblem(result.Errors.GroupBy(e => e.Field ?? "").ToDictionary(g => g.Key, g => g.Select(e => text.Message(typeof(OrganisationsApi), e)).ToArray()));
}
