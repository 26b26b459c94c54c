using Civitas.Organisations.Contracts;
using Npgsql;
using NpgsqlTypes;

namespace Civitas.Bench.Organisations;

/// <summary>Binary COPY into each table, then ANALYZE and the listing id sequence moved past the new ids.</summary>
internal sealed class PostgresWriter(string connectionString) : IWriter
{
    private async Task<NpgsqlConnection> OpenAsync()
    {
        var c = new NpgsqlConnection(connectionString);
        await c.OpenAsync();
        return c;
    }

    public async Task<Guid> TenantIdAsync(string slug)
    {
        await using var c = await OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT id FROM platform_tenant WHERE slug = @s", c);
        cmd.Parameters.AddWithValue("s", slug);
        return (Guid)(await cmd.ExecuteScalarAsync() ?? throw new InvalidOperationException("Tenant not found; start the app once with Demo:Enabled=true."));
    }

    public async Task<long> NextListingIdAsync()
    {
        await using var c = await OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT COALESCE(MAX(id), 0) + 1 FROM org_listing", c);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    public async Task<IReadOnlyList<string>> ExistingSlugsAsync()
    {
        await using var c = await OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT slug FROM org_organisation", c);
        var list = new List<string>();
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync()) list.Add(r.GetString(0));
        return list;
    }

    public async Task WriteAsync(Guid tenantId, IReadOnlyList<GeneratedOrganisation> organisations)
    {
        await using var c = await OpenAsync();
        await using var tx = await c.BeginTransactionAsync();
        await using (var org = await c.BeginBinaryImportAsync("COPY org_organisation (id, slug, name, legal_form, krs, other_register_name, other_register_number, nip, regon, is_public_benefit, in_liquidation, street, building, postal_code, city, voivodeship, latitude, longitude, email, website, description, founded_on, representation_body, beneficiary_groups, search_text, sort_name, created_at, updated_at, members_changed_at, version) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var o in organisations)
            {
                await org.StartRowAsync();
                await org.WriteAsync(o.Id, NpgsqlDbType.Uuid);
                await org.WriteAsync(o.Slug);
                await org.WriteAsync(o.Name);
                await org.WriteAsync((int)o.LegalForm);
                await WriteNullable(org, o.Krs);
                await WriteNullable(org, o.OtherRegisterName);
                await WriteNullable(org, o.OtherRegisterNumber);
                await WriteNullable(org, o.Nip);
                await WriteNullable(org, o.Regon);
                await org.WriteAsync(o.IsPublicBenefit);
                await org.WriteAsync(false);
                await WriteNullable(org, o.Street);
                await WriteNullable(org, o.Building);
                await org.WriteAsync(o.PostalCode);
                await org.WriteAsync(o.City);
                await org.WriteAsync("dolnośląskie");
                await WriteNullable(org, o.Latitude);
                await WriteNullable(org, o.Longitude);
                await WriteNullable(org, o.Email);
                await WriteNullable(org, o.Website);
                await org.WriteAsync(o.Description);
                await org.WriteAsync(o.FoundedOn, NpgsqlDbType.Date);
                await org.WriteAsync("ZARZĄD");
                await org.WriteAsync(o.BeneficiaryGroups);
                await org.WriteAsync(o.SearchText);
                await org.WriteAsync(o.SortName);
                await org.WriteAsync(o.CreatedAt, NpgsqlDbType.TimestampTz);
                await org.WriteAsync(o.CreatedAt, NpgsqlDbType.TimestampTz);
                await org.WriteAsync(o.CreatedAt, NpgsqlDbType.TimestampTz);
                await org.WriteAsync(0);
            }
            await org.CompleteAsync();
        }
        await using (var spheres = await c.BeginBinaryImportAsync("COPY org_organisation_sphere (organisation_id, sphere_code) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var o in organisations)
            {
                foreach (var s in o.Spheres)
                {
                    await spheres.StartRowAsync();
                    await spheres.WriteAsync(o.Id, NpgsqlDbType.Uuid);
                    await spheres.WriteAsync(s);
                }
            }
            await spheres.CompleteAsync();
        }
        await using (var listing = await c.BeginBinaryImportAsync("COPY org_listing (id, tenant_id, organisation_id, status, visible, status_reason, status_changed_at, verification_method, verified_at, source, listed_at, whole_tenant, version, slug, name, sort_name, search_text, search_document, city, legal_form, is_public_benefit, latitude, longitude, main_sphere, sphere_codes) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var o in organisations)
            {
                var verified = o.Status == OrganisationStatus.Verified;
                await listing.StartRowAsync();
                await listing.WriteAsync(o.ListingId);
                await listing.WriteAsync(tenantId, NpgsqlDbType.Uuid);
                await listing.WriteAsync(o.Id, NpgsqlDbType.Uuid);
                await listing.WriteAsync((int)o.Status);
                await listing.WriteAsync(o.Status is OrganisationStatus.Verified or OrganisationStatus.Unverified);
                await WriteNullable(listing, o.Status is OrganisationStatus.Suspended or OrganisationStatus.Rejected ? "Dane testowe" : null);
                if (verified) await listing.WriteAsync(o.ListedAt, NpgsqlDbType.TimestampTz); else await listing.WriteNullAsync();
                if (verified) await listing.WriteAsync(1); else await listing.WriteNullAsync();
                if (verified) await listing.WriteAsync(o.ListedAt, NpgsqlDbType.TimestampTz); else await listing.WriteNullAsync();
                await listing.WriteAsync(2);
                await listing.WriteAsync(o.ListedAt, NpgsqlDbType.TimestampTz);
                await listing.WriteAsync(true);
                await listing.WriteAsync(0);
                await listing.WriteAsync(o.Slug);
                await listing.WriteAsync(o.Name);
                await listing.WriteAsync(o.SortName);
                await listing.WriteAsync(o.SearchText);
                await listing.WriteAsync(o.SearchDocument);
                await listing.WriteAsync(o.City);
                await listing.WriteAsync((int)o.LegalForm);
                await listing.WriteAsync(o.IsPublicBenefit);
                await WriteNullable(listing, o.Latitude);
                await WriteNullable(listing, o.Longitude);
                await listing.WriteAsync(o.MainSphere);
                await listing.WriteAsync(o.SphereCodes);
            }
            await listing.CompleteAsync();
        }
        await using (var spheres = await c.BeginBinaryImportAsync("COPY org_listing_sphere (listing_id, sphere_code) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var o in organisations)
            {
                foreach (var s in o.Spheres)
                {
                    await spheres.StartRowAsync();
                    await spheres.WriteAsync(o.ListingId);
                    await spheres.WriteAsync(s);
                }
            }
            await spheres.CompleteAsync();
        }
        await using (var seq = new NpgsqlCommand("SELECT setval(pg_get_serial_sequence('org_listing', 'id'), (SELECT MAX(id) FROM org_listing))", c, tx))
        {
            await seq.ExecuteNonQueryAsync();
        }
        await tx.CommitAsync();
        // VACUUM refuses to run inside a transaction block, so one statement per command.
        foreach (var table in new[] { "org_organisation", "org_organisation_sphere", "org_listing", "org_listing_search", "org_listing_sphere" })
        {
            await using var analyze = new NpgsqlCommand($"VACUUM ANALYZE {table}", c);
            await analyze.ExecuteNonQueryAsync();
        }
    }

    private static Task WriteNullable<T>(NpgsqlBinaryImporter importer, T? value) where T : class
        => value is null ? importer.WriteNullAsync() : importer.WriteAsync(value);

    private static Task WriteNullable(NpgsqlBinaryImporter importer, double? value)
        => value is { } v ? importer.WriteAsync(v) : importer.WriteNullAsync();
}
