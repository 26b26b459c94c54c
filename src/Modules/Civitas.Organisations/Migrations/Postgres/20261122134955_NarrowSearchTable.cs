using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Civitas.Organisations.Migrations.Postgres
{
    /// <summary>
    /// Moves the directory's full text out of org_listing into a narrow table of its own
    /// (docs/adr/0007-postgres-narrow-search-table.md): counting the matches of a broad search (up to the cap of
    /// 1 001) tested the tsvector of thousands of wide rows, deforming every column before it; in a table of just
    /// (id, tenant_id, visible, search_vector) the same count costs about half, and the scope is tested on columns
    /// instead of ANDing the JST's and visibility tokens (present in every row) in the GIN index. A trigger keeps
    /// it in step with org_listing, as the FTS5 triggers do on SQLite; rows go with their listing (cascade).
    /// Not in the EF model: only ListingSearch's SQL reads it.
    /// </summary>
    public partial class NarrowSearchTable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE org_listing_search (
                    id bigint PRIMARY KEY REFERENCES org_listing (id) ON DELETE CASCADE,
                    tenant_id uuid NOT NULL,
                    visible boolean NOT NULL,
                    search_vector tsvector NOT NULL);
                INSERT INTO org_listing_search (id, tenant_id, visible, search_vector)
                    SELECT id, tenant_id, visible, to_tsvector('simple', search_document) FROM org_listing;
                CREATE INDEX ix_org_listing_search_vector ON org_listing_search USING gin (search_vector);
                CREATE FUNCTION org_listing_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO org_listing_search (id, tenant_id, visible, search_vector)
                    VALUES (NEW.id, NEW.tenant_id, NEW.visible, to_tsvector('simple', NEW.search_document))
                    ON CONFLICT (id) DO UPDATE SET tenant_id = EXCLUDED.tenant_id, visible = EXCLUDED.visible, search_vector = EXCLUDED.search_vector;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER org_listing_search_sync AFTER INSERT OR UPDATE OF search_document, tenant_id, visible ON org_listing
                    FOR EACH ROW EXECUTE FUNCTION org_listing_search_sync();
                DROP INDEX IF EXISTS ix_org_listing_search;
                ALTER TABLE org_listing DROP COLUMN IF EXISTS search_vector;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE org_listing ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_document)) STORED;
                CREATE INDEX ix_org_listing_search ON org_listing USING gin (search_vector);
                DROP TRIGGER IF EXISTS org_listing_search_sync ON org_listing;
                DROP FUNCTION IF EXISTS org_listing_search_sync();
                DROP TABLE IF EXISTS org_listing_search;
                """);
        }
    }
}
