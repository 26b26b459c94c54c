using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Civitas.Platform.Migrations.Sqlite
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
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    occurred_at = table.Column<long>(type: "INTEGER", nullable: false),
                    actor_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    actor_name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    module = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    entity_type = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    entity_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    changes = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_audit_entry", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "platform_data_protection_key",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    friendly_name = table.Column<string>(type: "TEXT", nullable: true),
                    xml = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_data_protection_key", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "platform_department",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    short_name = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    email = table.Column<string>(type: "TEXT", nullable: true),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_department", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "platform_legal_parameter",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    unit = table.Column<int>(type: "INTEGER", nullable: false),
                    day_type = table.Column<int>(type: "INTEGER", nullable: false),
                    legal_basis = table.Column<string>(type: "TEXT", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    unverified = table.Column<bool>(type: "INTEGER", nullable: false),
                    change_reason = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_legal_parameter", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "platform_outbox_message",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    type = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    occurred_at = table.Column<long>(type: "INTEGER", nullable: false),
                    available_at = table.Column<long>(type: "INTEGER", nullable: false),
                    processed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    last_error = table.Column<string>(type: "TEXT", nullable: true),
                    locked_until = table.Column<long>(type: "INTEGER", nullable: true),
                    locked_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_outbox_message", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "platform_role_assignment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    role = table.Column<int>(type: "INTEGER", nullable: false),
                    department_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    assigned_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_role_assignment", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "platform_scheduled_job_state",
                columns: table => new
                {
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    next_run_at = table.Column<long>(type: "INTEGER", nullable: false),
                    last_run_at = table.Column<long>(type: "INTEGER", nullable: true),
                    last_error = table.Column<string>(type: "TEXT", nullable: true),
                    locked_until = table.Column<long>(type: "INTEGER", nullable: true),
                    locked_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_scheduled_job_state", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "platform_stored_file",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    owner_kind = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    owner_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    length = table.Column<long>(type: "INTEGER", nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    storage_key = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    is_public = table.Column<bool>(type: "INTEGER", nullable: false),
                    uploaded_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    uploaded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_stored_file", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "platform_tenant",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    slug = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    municipality_type = table.Column<int>(type: "INTEGER", nullable: true),
                    teryt_code = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    bip_url = table.Column<string>(type: "TEXT", nullable: true),
                    website_url = table.Column<string>(type: "TEXT", nullable: true),
                    street = table.Column<string>(type: "TEXT", nullable: true),
                    postal_code = table.Column<string>(type: "TEXT", nullable: true),
                    city = table.Column<string>(type: "TEXT", nullable: true),
                    email = table.Column<string>(type: "TEXT", nullable: true),
                    phone = table.Column<string>(type: "TEXT", nullable: true),
                    logo_file_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    primary_color = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    accent_color = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false),
                    move_deadlines_off_non_working_days = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    website_published_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    website_updated_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    accessibility_status = table.Column<int>(type: "INTEGER", nullable: false),
                    non_accessible_content = table.Column<string>(type: "TEXT", nullable: true),
                    accessibility_exemptions = table.Column<string>(type: "TEXT", nullable: true),
                    statement_prepared_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    statement_reviewed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    statement_by_external_audit = table.Column<bool>(type: "INTEGER", nullable: false),
                    accessibility_auditor = table.Column<string>(type: "TEXT", nullable: true),
                    accessibility_contact_name = table.Column<string>(type: "TEXT", nullable: true),
                    accessibility_contact_email = table.Column<string>(type: "TEXT", nullable: true),
                    accessibility_contact_phone = table.Column<string>(type: "TEXT", nullable: true),
                    architectural_accessibility = table.Column<string>(type: "TEXT", nullable: true),
                    mobile_apps = table.Column<string>(type: "TEXT", nullable: true),
                    data_protection_officer_email = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_tenant", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "platform_user",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    display_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    is_platform_admin = table.Column<bool>(type: "INTEGER", nullable: false),
                    preferred_culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    registered_in_tenant_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    privacy_notice_accepted_at = table.Column<long>(type: "INTEGER", nullable: true),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    password_hash = table.Column<string>(type: "TEXT", nullable: true),
                    security_stamp = table.Column<string>(type: "TEXT", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "TEXT", nullable: true),
                    phone_number = table.Column<string>(type: "TEXT", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    lockout_end = table.Column<long>(type: "INTEGER", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    access_failed_count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_platform_user", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "platform_tenant_host",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    host_name = table.Column<string>(type: "TEXT", maxLength: 253, nullable: false)
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
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    claim_type = table.Column<string>(type: "TEXT", nullable: true),
                    claim_value = table.Column<string>(type: "TEXT", nullable: true)
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
                    login_provider = table.Column<string>(type: "TEXT", nullable: false),
                    provider_key = table.Column<string>(type: "TEXT", nullable: false),
                    provider_display_name = table.Column<string>(type: "TEXT", nullable: true),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    login_provider = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    value = table.Column<string>(type: "TEXT", nullable: true)
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
                name: "ix_platform_role_assignment_tenant_id_user_id_role_department_i",
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
            migrationBuilder.Sql("CREATE TRIGGER platform_audit_entry_no_update BEFORE UPDATE ON platform_audit_entry BEGIN SELECT RAISE(ABORT, 'platform_audit_entry is append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER platform_audit_entry_no_delete BEFORE DELETE ON platform_audit_entry BEGIN SELECT RAISE(ABORT, 'platform_audit_entry is append-only'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS platform_audit_entry_no_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS platform_audit_entry_no_delete;");

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
