using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Civitas.Grants.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SmallGrants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "grants_small_grant_offer",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    sphere_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    place = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    start_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    end_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    expected_results = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    contact_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    contact_phone = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    contact_email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    total_cost = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    grant_amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    own_financial = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    non_financial = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    within_public_benefit_activity = table.Column<bool>(type: "INTEGER", nullable: false),
                    fees_only_in_paid_activity = table.Column<bool>(type: "INTEGER", nullable: false),
                    has_tax_arrears = table.Column<bool>(type: "INTEGER", nullable: true),
                    has_social_security_arrears = table.Column<bool>(type: "INTEGER", nullable: true),
                    data_match_register = table.Column<bool>(type: "INTEGER", nullable: false),
                    information_true = table.Column<bool>(type: "INTEGER", nullable: false),
                    data_subjects_informed = table.Column<bool>(type: "INTEGER", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    created_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    offeror_name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    offeror_legal_form = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    offeror_krs = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    offeror_other_register = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    offeror_registered_address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    offeror_correspondence_address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    offeror_email = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    offeror_phone = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    offeror_website = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    submitted_at = table.Column<long>(type: "INTEGER", nullable: true),
                    submitted_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    received_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    publish_by = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    published_at = table.Column<long>(type: "INTEGER", nullable: true),
                    visible_to = table.Column<long>(type: "INTEGER", nullable: true),
                    comments_until = table.Column<long>(type: "INTEGER", nullable: true),
                    published_by_name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    published_description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    published_results = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    contact_redacted = table.Column<bool>(type: "INTEGER", nullable: false),
                    redactions_json = table.Column<string>(type: "TEXT", nullable: true),
                    decided_at = table.Column<long>(type: "INTEGER", nullable: true),
                    decided_by_name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    granted_amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    decision_reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grants_small_grant_offer", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "grants_small_grant_plan",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    planned_total = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_by_name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    last_use_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grants_small_grant_plan", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "grants_small_grant_comment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    offer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    author_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    author_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    submitted_at = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    moderated_at = table.Column<long>(type: "INTEGER", nullable: true),
                    moderated_by_name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grants_small_grant_comment", x => x.id);
                    table.ForeignKey(
                        name: "fk_grants_small_grant_comment_grants_small_grant_offer_offer_id",
                        column: x => x.offer_id,
                        principalTable: "grants_small_grant_offer",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "grants_small_grant_cost_line",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    offer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    quantity = table.Column<decimal>(type: "TEXT", precision: 14, scale: 4, nullable: false),
                    unit_cost = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    total = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grants_small_grant_cost_line", x => x.id);
                    table.ForeignKey(
                        name: "fk_grants_small_grant_cost_line_grants_small_grant_offer_offer_",
                        column: x => x.offer_id,
                        principalTable: "grants_small_grant_offer",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_grants_small_grant_comment_offer_id_status_submitted_at",
                table: "grants_small_grant_comment",
                columns: new[] { "offer_id", "status", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_grants_small_grant_cost_line_offer_id",
                table: "grants_small_grant_cost_line",
                column: "offer_id");

            migrationBuilder.CreateIndex(
                name: "ix_grants_small_grant_offer_tenant_id_organisation_id_year",
                table: "grants_small_grant_offer",
                columns: new[] { "tenant_id", "organisation_id", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_grants_small_grant_offer_tenant_id_status_year",
                table: "grants_small_grant_offer",
                columns: new[] { "tenant_id", "status", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_grants_small_grant_offer_tenant_id_visible_to",
                table: "grants_small_grant_offer",
                columns: new[] { "tenant_id", "visible_to" });

            migrationBuilder.CreateIndex(
                name: "ix_grants_small_grant_plan_tenant_id_year",
                table: "grants_small_grant_plan",
                columns: new[] { "tenant_id", "year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "grants_small_grant_comment");

            migrationBuilder.DropTable(
                name: "grants_small_grant_cost_line");

            migrationBuilder.DropTable(
                name: "grants_small_grant_plan");

            migrationBuilder.DropTable(
                name: "grants_small_grant_offer");
        }
    }
}
