using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Civitas.Grants.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CommitteeAndResults : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "grants_committee_meeting",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    competition_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    held_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    present_ids = table.Column<string>(type: "TEXT", nullable: false),
                    votes_for = table.Column<int>(type: "INTEGER", nullable: false),
                    votes_against = table.Column<int>(type: "INTEGER", nullable: false),
                    votes_abstaining = table.Column<int>(type: "INTEGER", nullable: false),
                    remarks = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    closed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    closed_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grants_committee_meeting", x => x.id);
                    table.ForeignKey(
                        name: "fk_grants_committee_meeting_grants_competition_competition_id",
                        column: x => x.competition_id,
                        principalTable: "grants_competition",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "grants_committee_member",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    competition_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    nominating_organisation_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    nominating_organisation_name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    is_chair = table.Column<bool>(type: "INTEGER", nullable: false),
                    added_at = table.Column<long>(type: "INTEGER", nullable: false),
                    declaration_signed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    conflict_ids = table.Column<string>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grants_committee_member", x => x.id);
                    table.ForeignKey(
                        name: "fk_grants_committee_member_grants_competition_competition_id",
                        column: x => x.competition_id,
                        principalTable: "grants_competition",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "grants_competition_decision",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    competition_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    signatory_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    signatory_function = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    recorded_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    recorded_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    published_at = table.Column<long>(type: "INTEGER", nullable: true),
                    published_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    published_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grants_competition_decision", x => x.id);
                    table.ForeignKey(
                        name: "fk_grants_competition_decision_grants_competition_competition_i",
                        column: x => x.competition_id,
                        principalTable: "grants_competition",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "grants_justification_request",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    competition_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    offer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    requested_at = table.Column<long>(type: "INTEGER", nullable: false),
                    requested_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    requested_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    answer = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    answered_at = table.Column<long>(type: "INTEGER", nullable: true),
                    answered_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    answered_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grants_justification_request", x => x.id);
                    table.ForeignKey(
                        name: "fk_grants_justification_request_grants_competition_competition_",
                        column: x => x.competition_id,
                        principalTable: "grants_competition",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_grants_justification_request_grants_offer_offer_id",
                        column: x => x.offer_id,
                        principalTable: "grants_offer",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "grants_proposed_amount",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    competition_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    offer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    proposed_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    proposed_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grants_proposed_amount", x => x.id);
                    table.ForeignKey(
                        name: "fk_grants_proposed_amount_grants_competition_competition_id",
                        column: x => x.competition_id,
                        principalTable: "grants_competition",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_grants_proposed_amount_grants_offer_offer_id",
                        column: x => x.offer_id,
                        principalTable: "grants_offer",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "grants_committee_score",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    competition_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    offer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    member_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    criterion_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    points = table.Column<decimal>(type: "TEXT", precision: 6, scale: 1, nullable: false),
                    justification = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    scored_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grants_committee_score", x => x.id);
                    table.ForeignKey(
                        name: "fk_grants_committee_score_grants_committee_member_member_id",
                        column: x => x.member_id,
                        principalTable: "grants_committee_member",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_grants_committee_score_grants_competition_competition_id",
                        column: x => x.competition_id,
                        principalTable: "grants_competition",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_grants_committee_score_grants_offer_offer_id",
                        column: x => x.offer_id,
                        principalTable: "grants_offer",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "grants_decision_line",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    decision_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    order = table.Column<int>(type: "INTEGER", nullable: false),
                    offer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    task_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    revision = table.Column<int>(type: "INTEGER", nullable: false),
                    confirmation_number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    offer_title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    offerors_json = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    requested_grant = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    funded = table.Column<bool>(type: "INTEGER", nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    formally_rejected = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grants_decision_line", x => x.id);
                    table.ForeignKey(
                        name: "fk_grants_decision_line_grants_competition_decision_decision_id",
                        column: x => x.decision_id,
                        principalTable: "grants_competition_decision",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_grants_decision_line_grants_offer_offer_id",
                        column: x => x.offer_id,
                        principalTable: "grants_offer",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_grants_committee_meeting_competition_id",
                table: "grants_committee_meeting",
                column: "competition_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_grants_committee_member_competition_id_user_id",
                table: "grants_committee_member",
                columns: new[] { "competition_id", "user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_grants_committee_member_user_id",
                table: "grants_committee_member",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_grants_committee_score_competition_id_offer_id",
                table: "grants_committee_score",
                columns: new[] { "competition_id", "offer_id" });

            migrationBuilder.CreateIndex(
                name: "ix_grants_committee_score_member_id_offer_id_criterion_id",
                table: "grants_committee_score",
                columns: new[] { "member_id", "offer_id", "criterion_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_grants_committee_score_offer_id",
                table: "grants_committee_score",
                column: "offer_id");

            migrationBuilder.CreateIndex(
                name: "ix_grants_competition_decision_competition_id",
                table: "grants_competition_decision",
                column: "competition_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_grants_decision_line_decision_id_order",
                table: "grants_decision_line",
                columns: new[] { "decision_id", "order" });

            migrationBuilder.CreateIndex(
                name: "ix_grants_decision_line_offer_id",
                table: "grants_decision_line",
                column: "offer_id");

            migrationBuilder.CreateIndex(
                name: "ix_grants_justification_request_competition_id",
                table: "grants_justification_request",
                column: "competition_id");

            migrationBuilder.CreateIndex(
                name: "ix_grants_justification_request_offer_id",
                table: "grants_justification_request",
                column: "offer_id");

            migrationBuilder.CreateIndex(
                name: "ix_grants_proposed_amount_competition_id",
                table: "grants_proposed_amount",
                column: "competition_id");

            migrationBuilder.CreateIndex(
                name: "ix_grants_proposed_amount_offer_id",
                table: "grants_proposed_amount",
                column: "offer_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "grants_committee_meeting");

            migrationBuilder.DropTable(
                name: "grants_committee_score");

            migrationBuilder.DropTable(
                name: "grants_decision_line");

            migrationBuilder.DropTable(
                name: "grants_justification_request");

            migrationBuilder.DropTable(
                name: "grants_proposed_amount");

            migrationBuilder.DropTable(
                name: "grants_committee_member");

            migrationBuilder.DropTable(
                name: "grants_competition_decision");
        }
    }
}
