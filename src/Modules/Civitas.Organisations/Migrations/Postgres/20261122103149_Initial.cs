using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Civitas.Organisations.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "org_district",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    geometry_json = table.Column<string>(type: "text", nullable: false),
                    min_latitude = table.Column<double>(type: "double precision", nullable: false),
                    max_latitude = table.Column<double>(type: "double precision", nullable: false),
                    min_longitude = table.Column<double>(type: "double precision", nullable: false),
                    max_longitude = table.Column<double>(type: "double precision", nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_org_district", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "org_import_session",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    encoding_name = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    delimiter = table.Column<char>(type: "character(1)", maxLength: 1, nullable: false),
                    headers_json = table.Column<string>(type: "text", nullable: false),
                    mapping_json = table.Column<string>(type: "text", nullable: true),
                    summary_json = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_org_import_session", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "org_organisation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    slug = table.Column<string>(type: "character varying(90)", maxLength: 90, nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    short_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    legal_form = table.Column<int>(type: "integer", nullable: false),
                    krs = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    other_register_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    other_register_number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    nip = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    regon = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: true),
                    is_public_benefit = table.Column<bool>(type: "boolean", nullable: false),
                    in_liquidation = table.Column<bool>(type: "boolean", nullable: false),
                    street = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    building = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    postal_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    commune = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    county = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    voivodeship = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    correspondence_address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    latitude = table.Column<double>(type: "double precision", nullable: true),
                    longitude = table.Column<double>(type: "double precision", nullable: true),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    website = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    description = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    logo_file_id = table.Column<Guid>(type: "uuid", nullable: true),
                    founded_on = table.Column<DateOnly>(type: "date", nullable: true),
                    representation_body = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    representation_rule = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    beneficiary_groups = table.Column<int>(type: "integer", nullable: false),
                    search_text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    sort_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    members_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    krs_checked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_org_organisation", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "org_sphere",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    name_pl = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    name_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    law_text_confirmed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_org_sphere", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "org_claim",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    document_file_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<Guid>(type: "uuid", nullable: true),
                    decision_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_org_claim", x => x.id);
                    table.ForeignKey(
                        name: "fk_org_claim_org_organisation_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "org_organisation",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "org_invitation",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    role = table.Column<int>(type: "integer", nullable: false),
                    token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    invited_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    accepted_by = table.Column<Guid>(type: "uuid", nullable: true),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_org_invitation", x => x.id);
                    table.ForeignKey(
                        name: "fk_org_invitation_org_organisation_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "org_organisation",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "org_listing",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    visible = table.Column<bool>(type: "boolean", nullable: false),
                    status_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    status_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    status_changed_by = table.Column<Guid>(type: "uuid", nullable: true),
                    verification_requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    verification_method = table.Column<int>(type: "integer", nullable: true),
                    verification_file_id = table.Column<Guid>(type: "uuid", nullable: true),
                    verified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    source = table.Column<int>(type: "integer", nullable: false),
                    listed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    whole_tenant = table.Column<bool>(type: "boolean", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    slug = table.Column<string>(type: "character varying(90)", maxLength: 90, nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    sort_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    search_text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    search_document = table.Column<string>(type: "text", nullable: false),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    legal_form = table.Column<int>(type: "integer", nullable: false),
                    is_public_benefit = table.Column<bool>(type: "boolean", nullable: false),
                    latitude = table.Column<double>(type: "double precision", nullable: true),
                    longitude = table.Column<double>(type: "double precision", nullable: true),
                    main_sphere = table.Column<int>(type: "integer", nullable: false),
                    sphere_codes = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_org_listing", x => x.id);
                    table.ForeignKey(
                        name: "fk_org_listing_org_organisation_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "org_organisation",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "org_membership",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<int>(type: "integer", nullable: false),
                    joined_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_org_membership", x => x.id);
                    table.ForeignKey(
                        name: "fk_org_membership_org_organisation_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "org_organisation",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "org_office_note",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    author_id = table.Column<Guid>(type: "uuid", nullable: false),
                    author_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_org_office_note", x => x.id);
                    table.ForeignKey(
                        name: "fk_org_office_note_org_organisation_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "org_organisation",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "org_organisation_sphere",
                columns: table => new
                {
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sphere_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_org_organisation_sphere", x => new { x.organisation_id, x.sphere_code });
                    table.ForeignKey(
                        name: "fk_org_organisation_sphere_org_organisation_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "org_organisation",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_org_organisation_sphere_org_sphere_sphere_code",
                        column: x => x.sphere_code,
                        principalTable: "org_sphere",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "org_listing_district",
                columns: table => new
                {
                    listing_id = table.Column<long>(type: "bigint", nullable: false),
                    district_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_org_listing_district", x => new { x.listing_id, x.district_id });
                    table.ForeignKey(
                        name: "fk_org_listing_district_org_district_district_id",
                        column: x => x.district_id,
                        principalTable: "org_district",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_org_listing_district_org_listing_listing_id",
                        column: x => x.listing_id,
                        principalTable: "org_listing",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "org_listing_sphere",
                columns: table => new
                {
                    listing_id = table.Column<long>(type: "bigint", nullable: false),
                    sphere_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_org_listing_sphere", x => new { x.listing_id, x.sphere_code });
                    table.ForeignKey(
                        name: "fk_org_listing_sphere_org_listing_listing_id",
                        column: x => x.listing_id,
                        principalTable: "org_listing",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "org_sphere",
                columns: new[] { "code", "law_text_confirmed", "name_en", "name_pl", "sort_order", "valid_from", "valid_to" },
                values: new object[,]
                {
                    { "1", false, "social assistance, including help for families and people in a difficult situation", "pomoc społeczna, w tym pomoc rodzinom i osobom w trudnej sytuacji życiowej oraz wyrównywanie szans tych rodzin i osób", 0, new DateOnly(2003, 6, 29), null },
                    { "10", false, "people of retirement age", "działalność na rzecz osób w wieku emerytalnym", 12, new DateOnly(2003, 6, 29), null },
                    { "11", false, "economic development and entrepreneurship", "działalność wspomagająca rozwój gospodarczy, w tym rozwój przedsiębiorczości", 13, new DateOnly(2003, 6, 29), null },
                    { "12", false, "technology, invention and innovation", "działalność wspomagająca rozwój techniki, wynalazczości i innowacyjności oraz rozpowszechnianie i wdrażanie nowych rozwiązań technicznych w praktyce gospodarczej", 14, new DateOnly(2003, 6, 29), null },
                    { "13", true, "local communities", "działalność wspomagająca rozwój wspólnot i społeczności lokalnych", 15, new DateOnly(2003, 6, 29), null },
                    { "14", false, "science, higher education, education and upbringing", "nauka, szkolnictwo wyższe, edukacja, oświata i wychowanie", 16, new DateOnly(2003, 6, 29), null },
                    { "15", false, "children and youth, including their recreation", "działalność na rzecz dzieci i młodzieży, w tym wypoczynku dzieci i młodzieży", 17, new DateOnly(2003, 6, 29), null },
                    { "16", true, "culture, arts, cultural goods and national heritage", "kultura, sztuka, ochrona dóbr kultury i dziedzictwa narodowego", 18, new DateOnly(2003, 6, 29), null },
                    { "17", false, "physical culture and sport", "wspieranie i upowszechnianie kultury fizycznej", 19, new DateOnly(2003, 6, 29), null },
                    { "18", false, "ecology, animal protection and natural heritage", "ekologia i ochrona zwierząt oraz ochrona dziedzictwa przyrodniczego", 20, new DateOnly(2003, 6, 29), null },
                    { "19", false, "tourism and sightseeing", "turystyka i krajoznawstwo", 21, new DateOnly(2003, 6, 29), null },
                    { "1a", false, "support for families and foster care", "wspieranie rodziny i systemu pieczy zastępczej", 1, new DateOnly(2003, 6, 29), null },
                    { "1b", false, "free legal aid and legal awareness", "udzielanie nieodpłatnej pomocy prawnej oraz zwiększanie świadomości prawnej społeczeństwa", 2, new DateOnly(2003, 6, 29), null },
                    { "2", false, "social and vocational (re)integration of people at risk of exclusion", "działalność na rzecz integracji i reintegracji zawodowej i społecznej osób zagrożonych wykluczeniem społecznym", 3, new DateOnly(2003, 6, 29), null },
                    { "20", false, "public order and safety", "porządek i bezpieczeństwo publiczne", 22, new DateOnly(2003, 6, 29), null },
                    { "21", false, "national defence and the armed forces", "obronność państwa i działalność Sił Zbrojnych Rzeczypospolitej Polskiej", 23, new DateOnly(2003, 6, 29), null },
                    { "22", false, "human rights, civil liberties and democracy", "upowszechnianie i ochrona wolności i praw człowieka oraz swobód obywatelskich, a także działania wspomagające rozwój demokracji", 24, new DateOnly(2003, 6, 29), null },
                    { "22a", false, "free civic counselling", "udzielanie nieodpłatnego poradnictwa obywatelskiego", 25, new DateOnly(2003, 6, 29), null },
                    { "23", false, "rescue and civil protection", "ratownictwo i ochrona ludności", 26, new DateOnly(2003, 6, 29), null },
                    { "24", false, "help for victims of disasters, armed conflicts and wars", "pomoc ofiarom katastrof, klęsk żywiołowych, konfliktów zbrojnych i wojen w kraju i za granicą", 27, new DateOnly(2003, 6, 29), null },
                    { "25", false, "consumer rights", "upowszechnianie i ochrona praw konsumentów", 28, new DateOnly(2003, 6, 29), null },
                    { "26", false, "European integration and cooperation between societies", "działalność na rzecz integracji europejskiej oraz rozwijania kontaktów i współpracy między społeczeństwami", 29, new DateOnly(2003, 6, 29), null },
                    { "27", true, "volunteering", "promocja i organizacja wolontariatu", 30, new DateOnly(2003, 6, 29), null },
                    { "28", false, "Polish diaspora and Poles abroad", "pomoc Polonii i Polakom za granicą", 31, new DateOnly(2003, 6, 29), null },
                    { "29", false, "veterans of the Second World War and repressed persons", "działalność na rzecz kombatantów i osób represjonowanych", 32, new DateOnly(2003, 6, 29), null },
                    { "29a", false, "veterans of missions abroad", "działalność na rzecz weteranów i weteranów poszkodowanych", 33, new DateOnly(2003, 6, 29), null },
                    { "3", true, "charity", "działalność charytatywna", 4, new DateOnly(2003, 6, 29), null },
                    { "30", false, "promotion of Poland abroad", "promocja Rzeczypospolitej Polskiej za granicą", 34, new DateOnly(2003, 6, 29), null },
                    { "31", false, "family, parenthood and children's rights", "działalność na rzecz rodziny, macierzyństwa, rodzicielstwa, upowszechniania i ochrony praw dziecka", 35, new DateOnly(2003, 6, 29), null },
                    { "32", false, "prevention of addictions and social pathologies", "przeciwdziałanie uzależnieniom i patologiom społecznym", 36, new DateOnly(2003, 6, 29), null },
                    { "32a", false, "urban regeneration", "rewitalizacja", 37, new DateOnly(2003, 6, 29), null },
                    { "33", false, "support for NGOs and art. 3 ust. 3 bodies", "działalność na rzecz organizacji pozarządowych oraz podmiotów wymienionych w art. 3 ust. 3, w zakresie określonym w pkt 1–32a", 38, new DateOnly(2003, 6, 29), null },
                    { "4", true, "national tradition, civic and cultural awareness", "podtrzymywanie i upowszechnianie tradycji narodowej, pielęgnowanie polskości oraz rozwój świadomości narodowej, obywatelskiej i kulturowej", 5, new DateOnly(2003, 6, 29), null },
                    { "5", true, "national and ethnic minorities, regional language", "działalność na rzecz mniejszości narodowych i etnicznych oraz języka regionalnego", 6, new DateOnly(2003, 6, 29), null },
                    { "5a", false, "integration of foreigners", "działalność na rzecz integracji cudzoziemców", 7, new DateOnly(2003, 6, 29), null },
                    { "6", false, "health protection and promotion", "ochrona i promocja zdrowia, w tym działalność lecznicza", 8, new DateOnly(2003, 6, 29), null },
                    { "7", false, "persons with disabilities", "działalność na rzecz osób niepełnosprawnych", 9, new DateOnly(2003, 6, 29), null },
                    { "8", false, "employment promotion and activation of the unemployed", "promocja zatrudnienia i aktywizacja zawodowa osób pozostających bez pracy i zagrożonych zwolnieniem z pracy", 10, new DateOnly(2003, 6, 29), null },
                    { "9", false, "equal rights of women and men", "działalność na rzecz równych praw kobiet i mężczyzn", 11, new DateOnly(2003, 6, 29), null }
                });

            migrationBuilder.CreateIndex(
                name: "ix_org_claim_organisation_id_user_id",
                table: "org_claim",
                columns: new[] { "organisation_id", "user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_org_claim_tenant_id_status_created_at",
                table: "org_claim",
                columns: new[] { "tenant_id", "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_org_district_tenant_id_sort_order",
                table: "org_district",
                columns: new[] { "tenant_id", "sort_order" });

            migrationBuilder.CreateIndex(
                name: "ix_org_import_session_tenant_id_created_at",
                table: "org_import_session",
                columns: new[] { "tenant_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_org_invitation_email",
                table: "org_invitation",
                column: "email");

            migrationBuilder.CreateIndex(
                name: "ix_org_invitation_organisation_id_email",
                table: "org_invitation",
                columns: new[] { "organisation_id", "email" });

            migrationBuilder.CreateIndex(
                name: "ix_org_invitation_token_hash",
                table: "org_invitation",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_org_listing_organisation_id",
                table: "org_listing",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_org_listing_tenant_id_organisation_id",
                table: "org_listing",
                columns: new[] { "tenant_id", "organisation_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_org_listing_tenant_id_status_sort_name",
                table: "org_listing",
                columns: new[] { "tenant_id", "status", "sort_name" });

            migrationBuilder.CreateIndex(
                name: "ix_org_listing_tenant_id_verification_requested_at",
                table: "org_listing",
                columns: new[] { "tenant_id", "verification_requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_org_listing_tenant_id_visible_id",
                table: "org_listing",
                columns: new[] { "tenant_id", "visible", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_org_listing_tenant_id_visible_is_public_benefit_sort_name",
                table: "org_listing",
                columns: new[] { "tenant_id", "visible", "is_public_benefit", "sort_name" });

            migrationBuilder.CreateIndex(
                name: "ix_org_listing_tenant_id_visible_latitude_longitude_main_sphere",
                table: "org_listing",
                columns: new[] { "tenant_id", "visible", "latitude", "longitude", "main_sphere" });

            migrationBuilder.CreateIndex(
                name: "ix_org_listing_tenant_id_visible_legal_form_sort_name",
                table: "org_listing",
                columns: new[] { "tenant_id", "visible", "legal_form", "sort_name" });

            migrationBuilder.CreateIndex(
                name: "ix_org_listing_tenant_id_visible_sort_name",
                table: "org_listing",
                columns: new[] { "tenant_id", "visible", "sort_name" });

            migrationBuilder.CreateIndex(
                name: "ix_org_listing_district_district_id_listing_id",
                table: "org_listing_district",
                columns: new[] { "district_id", "listing_id" });

            migrationBuilder.CreateIndex(
                name: "ix_org_listing_sphere_sphere_code_listing_id",
                table: "org_listing_sphere",
                columns: new[] { "sphere_code", "listing_id" });

            migrationBuilder.CreateIndex(
                name: "ix_org_membership_organisation_id_user_id",
                table: "org_membership",
                columns: new[] { "organisation_id", "user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_org_membership_user_id",
                table: "org_membership",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_org_office_note_organisation_id",
                table: "org_office_note",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_org_office_note_tenant_id_organisation_id_created_at",
                table: "org_office_note",
                columns: new[] { "tenant_id", "organisation_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_org_organisation_krs",
                table: "org_organisation",
                column: "krs",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_org_organisation_nip",
                table: "org_organisation",
                column: "nip",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_org_organisation_regon",
                table: "org_organisation",
                column: "regon");

            migrationBuilder.CreateIndex(
                name: "ix_org_organisation_slug",
                table: "org_organisation",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_org_organisation_sphere_sphere_code",
                table: "org_organisation_sphere",
                column: "sphere_code");


            // Full text of the directory (docs/adr/0005-organisation-search.md): a stored tsvector of
            // org_listing.search_document (folded text and filter tokens; 'simple' configuration: no
            // stemming) and a GIN index over it. The column is not in the EF model: only the search's SQL
            // reads it, and PostgreSQL keeps it up to date on every write.
            migrationBuilder.Sql("ALTER TABLE org_listing ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_document)) STORED;");
            migrationBuilder.Sql("CREATE INDEX ix_org_listing_search ON org_listing USING gin (search_vector);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_org_listing_search;");
            migrationBuilder.Sql("ALTER TABLE org_listing DROP COLUMN IF EXISTS search_vector;");

            migrationBuilder.DropTable(
                name: "org_claim");

            migrationBuilder.DropTable(
                name: "org_import_session");

            migrationBuilder.DropTable(
                name: "org_invitation");

            migrationBuilder.DropTable(
                name: "org_listing_district");

            migrationBuilder.DropTable(
                name: "org_listing_sphere");

            migrationBuilder.DropTable(
                name: "org_membership");

            migrationBuilder.DropTable(
                name: "org_office_note");

            migrationBuilder.DropTable(
                name: "org_organisation_sphere");

            migrationBuilder.DropTable(
                name: "org_district");

            migrationBuilder.DropTable(
                name: "org_listing");

            migrationBuilder.DropTable(
                name: "org_sphere");

            migrationBuilder.DropTable(
                name: "org_organisation");
        }
    }
}
