using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Civitas.Bench.Organisations;

/// <summary>One transaction of prepared INSERTs, values stored the way EF Core's SQLite provider stores
/// them (upper-case GUID text, DateTimeOffset as its binary long, DateOnly as ISO text). The FTS5
/// triggers index each listing as it is inserted, as they would in the app.</summary>
internal sealed class SqliteWriter(string connectionString) : IWriter
{
    private static readonly DateTimeOffsetToBinaryConverter Instant = new();

    private async Task<SqliteConnection> OpenAsync()
    {
        var c = new SqliteConnection(connectionString);
        await c.OpenAsync();
        return c;
    }

    public async Task<Guid> TenantIdAsync(string slug)
    {
        await using var c = await OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT id FROM platform_tenant WHERE slug = $s";
        cmd.Parameters.AddWithValue("$s", slug);
        return Guid.Parse((string)(await cmd.ExecuteScalarAsync() ?? throw new InvalidOperationException("Tenant not found; start the app once with Demo:Enabled=true.")));
    }

    public async Task<long> NextListingIdAsync()
    {
        await using var c = await OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT COALESCE(MAX(id), 0) + 1 FROM org_listing";
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    public async Task<IReadOnlyList<string>> ExistingSlugsAsync()
    {
        await using var c = await OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT slug FROM org_organisation";
        var list = new List<string>();
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync()) list.Add(r.GetString(0));
        return list;
    }

    public async Task WriteAsync(Guid tenantId, IReadOnlyList<GeneratedOrganisation> organisations)
    {
        await using var c = await OpenAsync();
        await using var tx = (SqliteTransaction)await c.BeginTransactionAsync();
        var org = Command(c, tx, "org_organisation", ["id", "slug", "name", "short_name", "legal_form", "krs", "other_register_name", "other_register_number", "nip", "regon",
            "is_public_benefit", "in_liquidation", "street", "building", "unit", "postal_code", "city", "commune", "county", "voivodeship", "correspondence_address",
            "latitude", "longitude", "email", "phone", "website", "description", "logo_file_id", "founded_on", "representation_body", "representation_rule",
            "beneficiary_groups", "search_text", "sort_name", "created_at", "updated_at", "members_changed_at", "krs_checked_at", "version"]);
        var orgSphere = Command(c, tx, "org_organisation_sphere", ["organisation_id", "sphere_code"]);
        var listing = Command(c, tx, "org_listing", ["id", "tenant_id", "organisation_id", "status", "visible", "status_reason", "status_changed_at", "status_changed_by",
            "verification_requested_at", "verification_method", "verification_file_id", "verified_at", "source", "listed_at", "whole_tenant", "version", "slug", "name",
            "sort_name", "search_text", "search_document", "city", "legal_form", "is_public_benefit", "latitude", "longitude", "main_sphere", "sphere_codes"]);
        var listingSphere = Command(c, tx, "org_listing_sphere", ["listing_id", "sphere_code"]);
        var tenant = tenantId.ToString().ToUpperInvariant();
        foreach (var o in organisations)
        {
            var id = o.Id.ToString().ToUpperInvariant();
            var created = Instant.ConvertToProvider(o.CreatedAt);
            var listed = Instant.ConvertToProvider(o.ListedAt);
            Run(org, id, o.Slug, o.Name, null, (int)o.LegalForm, o.Krs, o.OtherRegisterName, o.OtherRegisterNumber, o.Nip, o.Regon,
                o.IsPublicBenefit ? 1 : 0, 0, o.Street, o.Building, null, o.PostalCode, o.City, null, null, "dolnośląskie", null,
                o.Latitude, o.Longitude, o.Email, null, o.Website, o.Description, null, o.FoundedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "ZARZĄD", null,
                o.BeneficiaryGroups, o.SearchText, o.SortName, created, created, created, null, 0);
            foreach (var s in o.Spheres) Run(orgSphere, id, s);
            var verified = o.Status == Civitas.Organisations.Contracts.OrganisationStatus.Verified;
            Run(listing, o.ListingId, tenant, id, (int)o.Status, o.Status is Civitas.Organisations.Contracts.OrganisationStatus.Verified or Civitas.Organisations.Contracts.OrganisationStatus.Unverified ? 1 : 0,
                o.Status is Civitas.Organisations.Contracts.OrganisationStatus.Suspended or Civitas.Organisations.Contracts.OrganisationStatus.Rejected ? "Dane testowe" : null,
                verified ? listed : null, null, null, verified ? 1 : null, null, verified ? listed : null, 2, listed, 1, 0, o.Slug, o.Name,
                o.SortName, o.SearchText, o.SearchDocument, o.City, (int)o.LegalForm, o.IsPublicBenefit ? 1 : 0, o.Latitude, o.Longitude, o.MainSphere, o.SphereCodes);
            foreach (var s in o.Spheres) Run(listingSphere, o.ListingId, s);
        }
        await tx.CommitAsync();
        await using var analyze = c.CreateCommand();
        analyze.CommandText = "ANALYZE; INSERT INTO org_listing_fts(org_listing_fts) VALUES('optimize');";
        await analyze.ExecuteNonQueryAsync();
    }

    private static SqliteCommand Command(SqliteConnection c, SqliteTransaction tx, string table, string[] columns)
    {
        var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        for (var i = 0; i < columns.Length; i++) cmd.Parameters.Add(new SqliteParameter("$p" + i, null));
        cmd.Prepare();
        return cmd;
    }

    private static void Run(SqliteCommand cmd, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        cmd.ExecuteNonQuery();
    }
}
