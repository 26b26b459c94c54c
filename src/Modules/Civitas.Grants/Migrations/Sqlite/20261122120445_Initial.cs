using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Civitas.Grants.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "grants_competition",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    department_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    grant_rules = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    implementation_conditions = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    implementation_from = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    implementation_to = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    offer_deadline = table.Column<long>(type: "INTEGER", nullable: true),
                    selection_procedure = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    selection_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    min_own_contribution_percent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    own_contribution_kind = table.Column<int>(type: "INTEGER", nullable: false),
                    max_admin_cost_percent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    max_grant_per_offer = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    eligible_costs_from = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    eligible_costs_to = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    joint_offers_allowed = table.Column<bool>(type: "INTEGER", nullable: false),
                    eligible_legal_form_codes = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    bip_published_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    notice_board_published_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    website_published_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    created_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    announced_at = table.Column<long>(type: "INTEGER", nullable: true),
                    cancelled_at = table.Column<long>(type: "INTEGER", nullable: true),
                    cancellation_reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    cancelled_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    cancelled_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    announcement_version_number = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grants_competition", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "grants_offer",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    competition_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    task_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    lead_organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    latest_revision = table.Column<int>(type: "INTEGER", nullable: false),
                    submitted_at = table.Column<long>(type: "INTEGER", nullable: true),
                    withdrawn_at = table.Column<long>(type: "INTEGER", nullable: true),
                    withdrawn_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    created_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grants_offer", x => x.id);
                });

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
                name: "grants_announcement_version",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    competition_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    changed_fields = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    snapshot_json = table.Column<string>(type: "TEXT", nullable: false),
                    published_at = table.Column<long>(type: "INTEGER", nullable: false),
                    published_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    published_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grants_announcement_version", x => x.id);
                    table.ForeignKey(
                        name: "fk_grants_announcement_version_grants_competition_competition_i",
                        column: x => x.competition_id,
                        principalTable: "grants_competition",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "grants_checklist_item",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    competition_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order = table.Column<int>(type: "INTEGER", nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
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
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    competition_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order = table.Column<int>(type: "INTEGER", nullable: false),
                    statutory = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    max_points = table.Column<int>(type: "INTEGER", nullable: false),
                    min_points = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grants_competition_criterion", x => x.id);
                    table.ForeignKey(
                        name: "fk_grants_competition_criterion_grants_competition_competition_",
                        column: x => x.competition_id,
                        principalTable: "grants_competition",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "grants_competition_task",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    competition_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order = table.Column<int>(type: "INTEGER", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    sphere_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    funds = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    form = table.Column<int>(type: "INTEGER", nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true)
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
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    competition_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order = table.Column<int>(type: "INTEGER", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    total_cost = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    grants_to_organisations = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false)
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
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    competition_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
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

            migrationBuilder.CreateTable(
                name: "grants_offer_section",
                columns: table => new
                {
                    offer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    json = table.Column<string>(type: "TEXT", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grants_offer_section", x => new { x.offer_id, x.key });
                    table.ForeignKey(
                        name: "fk_grants_offer_section_grants_offer_offer_id",
                        column: x => x.offer_id,
                        principalTable: "grants_offer",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "grants_offer_submission",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    offer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    revision = table.Column<int>(type: "INTEGER", nullable: false),
                    snapshot_json = table.Column<string>(type: "TEXT", nullable: false),
                    checksum = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    confirmation_number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    submitted_at = table.Column<long>(type: "INTEGER", nullable: false),
                    submitted_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    submitted_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    total_cost = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    requested_grant = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grants_offer_submission", x => x.id);
                    table.ForeignKey(
                        name: "fk_grants_offer_submission_grants_offer_offer_id",
                        column: x => x.offer_id,
                        principalTable: "grants_offer",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "ix_grants_offer_tenant_id_competition_id_status",
                table: "grants_offer",
                columns: new[] { "tenant_id", "competition_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_grants_offer_tenant_id_competition_id_task_id_lead_organisat",
                table: "grants_offer",
                columns: new[] { "tenant_id", "competition_id", "task_id", "lead_organisation_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_grants_offer_tenant_id_lead_organisation_id",
                table: "grants_offer",
                columns: new[] { "tenant_id", "lead_organisation_id" });

            migrationBuilder.CreateIndex(
                name: "ix_grants_offer_submission_confirmation_number",
                table: "grants_offer_submission",
                column: "confirmation_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_grants_offer_submission_offer_id_revision",
                table: "grants_offer_submission",
                columns: new[] { "offer_id", "revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_grants_prior_task_competition_id_order",
                table: "grants_prior_task",
                columns: new[] { "competition_id", "order" });

            migrationBuilder.CreateIndex(
                name: "ix_grants_required_attachment_competition_id_order",
                table: "grants_required_attachment",
                columns: new[] { "competition_id", "order" });

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
                name: "grants_announcement_version");

            migrationBuilder.DropTable(
                name: "grants_checklist_item");

            migrationBuilder.DropTable(
                name: "grants_competition_criterion");

            migrationBuilder.DropTable(
                name: "grants_competition_task");

            migrationBuilder.DropTable(
                name: "grants_offer_section");

            migrationBuilder.DropTable(
                name: "grants_offer_submission");

            migrationBuilder.DropTable(
                name: "grants_prior_task");

            migrationBuilder.DropTable(
                name: "grants_required_attachment");

            migrationBuilder.DropTable(
                name: "grants_small_grant_comment");

            migrationBuilder.DropTable(
                name: "grants_small_grant_cost_line");

            migrationBuilder.DropTable(
                name: "grants_small_grant_plan");

            migrationBuilder.DropTable(
                name: "grants_offer");

            migrationBuilder.DropTable(
                name: "grants_competition");

            migrationBuilder.DropTable(
                name: "grants_small_grant_offer");
        }
    }
}
