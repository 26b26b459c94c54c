using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Civitas.Grants.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Competitions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "grants_competition",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    department_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    grant_rules = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    implementation_conditions = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    implementation_from = table.Column<DateOnly>(type: "date", nullable: true),
                    implementation_to = table.Column<DateOnly>(type: "date", nullable: true),
                    offer_deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    selection_procedure = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    selection_date = table.Column<DateOnly>(type: "date", nullable: true),
                    min_own_contribution_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    own_contribution_kind = table.Column<int>(type: "integer", nullable: false),
                    max_admin_cost_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    max_grant_per_offer = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    eligible_costs_from = table.Column<DateOnly>(type: "date", nullable: true),
                    eligible_costs_to = table.Column<DateOnly>(type: "date", nullable: true),
                    joint_offers_allowed = table.Column<bool>(type: "boolean", nullable: false),
                    eligible_legal_form_codes = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    bip_published_on = table.Column<DateOnly>(type: "date", nullable: true),
                    notice_board_published_on = table.Column<DateOnly>(type: "date", nullable: true),
                    website_published_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    announced_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancellation_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    cancelled_by = table.Column<Guid>(type: "uuid", nullable: true),
                    cancelled_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    announcement_version_number = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grants_competition", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "grants_announcement_version",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    competition_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    changed_fields = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    snapshot_json = table.Column<string>(type: "text", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_by = table.Column<Guid>(type: "uuid", nullable: false),
                    published_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grants_announcement_version", x => x.id);
                    table.ForeignKey(
                        name: "fk_grants_announcement_version_grants_competition_competition_~",
                        column: x => x.competition_id,
                        principalTable: "grants_competition",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "grants_checklist_item",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    competition_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grants_checklist_item", x => x.id);
                    table.ForeignKey(
                        name: "fk_grants_checklist_item_grants_competition_competition_id",
                        column: x => x.competition_id,
                        principalTable: "grants_competition",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "grants_competition_criterion",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    competition_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    statutory = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    max_points = table.Column<int>(type: "integer", nullable: false),
                    min_points = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grants_competition_criterion", x => x.id);
                    table.ForeignKey(
                        name: "fk_grants_competition_criterion_grants_competition_competition~",
                        column: x => x.competition_id,
                        principalTable: "grants_competition",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "grants_competition_task",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    competition_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    sphere_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    funds = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    form = table.Column<int>(type: "integer", nullable: false),
                    description = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grants_competition_task", x => x.id);
                    table.ForeignKey(
                        name: "fk_grants_competition_task_grants_competition_competition_id",
                        column: x => x.competition_id,
                        principalTable: "grants_competition",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "grants_prior_task",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    competition_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    total_cost = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    grants_to_organisations = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grants_prior_task", x => x.id);
                    table.ForeignKey(
                        name: "fk_grants_prior_task_grants_competition_competition_id",
                        column: x => x.competition_id,
                        principalTable: "grants_competition",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "grants_required_attachment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    competition_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grants_required_attachment", x => x.id);
                    table.ForeignKey(
                        name: "fk_grants_required_attachment_grants_competition_competition_id",
                        column: x => x.competition_id,
                        principalTable: "grants_competition",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_grants_announcement_version_competition_id_number",
                table: "grants_announcement_version",
                columns: new[] { "competition_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_grants_checklist_item_competition_id_order",
                table: "grants_checklist_item",
                columns: new[] { "competition_id", "order" });

            migrationBuilder.CreateIndex(
                name: "ix_grants_competition_tenant_id_department_id_year_sequence",
                table: "grants_competition",
                columns: new[] { "tenant_id", "department_id", "year", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_grants_competition_tenant_id_number",
                table: "grants_competition",
                columns: new[] { "tenant_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_grants_competition_tenant_id_status_offer_deadline",
                table: "grants_competition",
                columns: new[] { "tenant_id", "status", "offer_deadline" });

            migrationBuilder.CreateIndex(
                name: "ix_grants_competition_criterion_competition_id_order",
                table: "grants_competition_criterion",
                columns: new[] { "competition_id", "order" });

            migrationBuilder.CreateIndex(
                name: "ix_grants_competition_task_competition_id_order",
                table: "grants_competition_task",
                columns: new[] { "competition_id", "order" });

            migrationBuilder.CreateIndex(
                name: "ix_grants_prior_task_competition_id_order",
                table: "grants_prior_task",
                columns: new[] { "competition_id", "order" });

            migrationBuilder.CreateIndex(
                name: "ix_grants_required_attachment_competition_id_order",
                table: "grants_required_attachment",
                columns: new[] { "competition_id", "order" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "grants_announcement_version");

            migrationBuilder.DropTable(
                name: "grants_checklist_item");

            migrationBuilder.DropTable(
                name: "grants_competition_criterion");

            migrationBuilder.DropTable(
                name: "grants_competition_task");

            migrationBuilder.DropTable(
                name: "grants_prior_task");

            migrationBuilder.DropTable(
                name: "grants_required_attachment");

            migrationBuilder.DropTable(
                name: "grants_competition");
        }
    }
}
