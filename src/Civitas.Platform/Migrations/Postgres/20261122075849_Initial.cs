using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Civitas.Platform.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "platform_audit_entry",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    actor_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    module = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    action = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    entity_type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    entity_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    changes = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_audit_entry", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "platform_data_protection_key",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendly_name = table.Column<string>(type: "text", nullable: true),
                    xml = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_data_protection_key", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "platform_department",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    short_name = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    email = table.Column<string>(type: "text", nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_department", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "platform_legal_parameter",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    unit = table.Column<int>(type: "integer", nullable: false),
                    day_type = table.Column<int>(type: "integer", nullable: false),
                    legal_basis = table.Column<string>(type: "text", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    unverified = table.Column<bool>(type: "boolean", nullable: false),
                    change_reason = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_legal_parameter", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "platform_outbox_message",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    payload = table.Column<string>(type: "text", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    available_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "text", nullable: true),
                    locked_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    locked_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_outbox_message", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "platform_role_assignment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<int>(type: "integer", nullable: false),
                    department_id = table.Column<Guid>(type: "uuid", nullable: true),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_role_assignment", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "platform_scheduled_job_state",
                columns: table => new
                {
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    next_run_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_run_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "text", nullable: true),
                    locked_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    locked_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_scheduled_job_state", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "platform_stored_file",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    owner_kind = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: true),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    content_type = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    length = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    storage_key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    is_public = table.Column<bool>(type: "boolean", nullable: false),
                    uploaded_by = table.Column<Guid>(type: "uuid", nullable: true),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_stored_file", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "platform_tenant",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    slug = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    municipality_type = table.Column<int>(type: "integer", nullable: true),
                    teryt_code = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    bip_url = table.Column<string>(type: "text", nullable: true),
                    website_url = table.Column<string>(type: "text", nullable: true),
                    street = table.Column<string>(type: "text", nullable: true),
                    postal_code = table.Column<string>(type: "text", nullable: true),
                    city = table.Column<string>(type: "text", nullable: true),
                    email = table.Column<string>(type: "text", nullable: true),
                    phone = table.Column<string>(type: "text", nullable: true),
                    logo_file_id = table.Column<Guid>(type: "uuid", nullable: true),
                    primary_color = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    accent_color = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    move_deadlines_off_non_working_days = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    website_published_on = table.Column<DateOnly>(type: "date", nullable: true),
                    website_updated_on = table.Column<DateOnly>(type: "date", nullable: true),
                    accessibility_status = table.Column<int>(type: "integer", nullable: false),
                    non_accessible_content = table.Column<string>(type: "text", nullable: true),
                    accessibility_exemptions = table.Column<string>(type: "text", nullable: true),
                    statement_prepared_on = table.Column<DateOnly>(type: "date", nullable: true),
                    statement_reviewed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    statement_by_external_audit = table.Column<bool>(type: "boolean", nullable: false),
                    accessibility_auditor = table.Column<string>(type: "text", nullable: true),
                    accessibility_contact_name = table.Column<string>(type: "text", nullable: true),
                    accessibility_contact_email = table.Column<string>(type: "text", nullable: true),
                    accessibility_contact_phone = table.Column<string>(type: "text", nullable: true),
                    architectural_accessibility = table.Column<string>(type: "text", nullable: true),
                    mobile_apps = table.Column<string>(type: "text", nullable: true),
                    data_protection_officer_email = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_tenant", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "platform_user",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    display_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    is_platform_admin = table.Column<bool>(type: "boolean", nullable: false),
                    preferred_culture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    registered_in_tenant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    privacy_notice_accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    password_hash = table.Column<string>(type: "text", nullable: true),
                    security_stamp = table.Column<string>(type: "text", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true),
                    phone_number = table.Column<string>(type: "text", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    access_failed_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_user", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "platform_tenant_host",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    host_name = table.Column<string>(type: "character varying(253)", maxLength: 253, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_tenant_host", x => x.id);
                    table.ForeignKey(
                        name: "fk_platform_tenant_host_platform_tenant_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "platform_tenant",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_claim",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_user_claim", x => x.id);
                    table.ForeignKey(
                        name: "fk_platform_user_claim_platform_user_user_id",
                        column: x => x.user_id,
                        principalTable: "platform_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_login",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    provider_key = table.Column<string>(type: "text", nullable: false),
                    provider_display_name = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_user_login", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "fk_platform_user_login_platform_user_user_id",
                        column: x => x.user_id,
                        principalTable: "platform_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platform_user_token",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_user_token", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "fk_platform_user_token_platform_user_user_id",
                        column: x => x.user_id,
                        principalTable: "platform_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_platform_audit_entry_entity_type_entity_id",
                table: "platform_audit_entry",
                columns: new[] { "entity_type", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_platform_audit_entry_tenant_id_occurred_at",
                table: "platform_audit_entry",
                columns: new[] { "tenant_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_platform_department_tenant_id_name",
                table: "platform_department",
                columns: new[] { "tenant_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_platform_legal_parameter_tenant_id_key_valid_from",
                table: "platform_legal_parameter",
                columns: new[] { "tenant_id", "key", "valid_from" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_platform_outbox_message_processed_at_available_at",
                table: "platform_outbox_message",
                columns: new[] { "processed_at", "available_at" });

            migrationBuilder.CreateIndex(
                name: "ix_platform_role_assignment_tenant_id_user_id_role_department_~",
                table: "platform_role_assignment",
                columns: new[] { "tenant_id", "user_id", "role", "department_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_platform_role_assignment_user_id",
                table: "platform_role_assignment",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_platform_stored_file_owner_kind_owner_id",
                table: "platform_stored_file",
                columns: new[] { "owner_kind", "owner_id" });

            migrationBuilder.CreateIndex(
                name: "ix_platform_tenant_slug",
                table: "platform_tenant",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_platform_tenant_host_host_name",
                table: "platform_tenant_host",
                column: "host_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_platform_tenant_host_tenant_id",
                table: "platform_tenant_host",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "email_index",
                table: "platform_user",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "user_name_index",
                table: "platform_user",
                column: "normalized_user_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_platform_user_claim_user_id",
                table: "platform_user_claim",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_platform_user_login_user_id",
                table: "platform_user_login",
                column: "user_id");

            // The audit log is append-only (ARCHITECTURE.md §5): the database itself refuses changes.
            migrationBuilder.Sql("""
                CREATE FUNCTION platform_audit_entry_append_only() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION 'platform_audit_entry is append-only'; END; $$ LANGUAGE plpgsql;
                CREATE TRIGGER platform_audit_entry_append_only BEFORE UPDATE OR DELETE ON platform_audit_entry
                FOR EACH ROW EXECUTE FUNCTION platform_audit_entry_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS platform_audit_entry_append_only ON platform_audit_entry; DROP FUNCTION IF EXISTS platform_audit_entry_append_only();");

            migrationBuilder.DropTable(
                name: "platform_audit_entry");

            migrationBuilder.DropTable(
                name: "platform_data_protection_key");

            migrationBuilder.DropTable(
                name: "platform_department");

            migrationBuilder.DropTable(
                name: "platform_legal_parameter");

            migrationBuilder.DropTable(
                name: "platform_outbox_message");

            migrationBuilder.DropTable(
                name: "platform_role_assignment");

            migrationBuilder.DropTable(
                name: "platform_scheduled_job_state");

            migrationBuilder.DropTable(
                name: "platform_stored_file");

            migrationBuilder.DropTable(
                name: "platform_tenant_host");

            migrationBuilder.DropTable(
                name: "platform_user_claim");

            migrationBuilder.DropTable(
                name: "platform_user_login");

            migrationBuilder.DropTable(
                name: "platform_user_token");

            migrationBuilder.DropTable(
                name: "platform_tenant");

            migrationBuilder.DropTable(
                name: "platform_user");
        }
    }
}
