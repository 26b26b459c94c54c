using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Civitas.Grants.Migrations.Postgres
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    competition_id = table.Column<Guid>(type: "uuid", nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: true),
                    place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    present_ids = table.Column<string>(type: "text", nullable: false),
                    votes_for = table.Column<int>(type: "integer", nullable: false),
                    votes_against = table.Column<int>(type: "integer", nullable: false),
                    votes_abstaining = table.Column<int>(type: "integer", nullable: false),
                    remarks = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_by = table.Column<Guid>(type: "uuid", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    competition_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    nominating_organisation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    nominating_organisation_name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    is_chair = table.Column<bool>(type: "boolean", nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    declaration_signed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    conflict_ids = table.Column<string>(type: "text", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    competition_id = table.Column<Guid>(type: "uuid", nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: false),
                    signatory_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    signatory_function = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    published_by = table.Column<Guid>(type: "uuid", nullable: true),
                    published_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grants_competition_decision", x => x.id);
                    table.ForeignKey(
                        name: "fk_grants_competition_decision_grants_competition_competition_~",
                        column: x => x.competition_id,
                        principalTable: "grants_competition",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "grants_justification_request",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    competition_id = table.Column<Guid>(type: "uuid", nullable: false),
                    offer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    requested_by = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    answer = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    answered_by = table.Column<Guid>(type: "uuid", nullable: true),
                    answered_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grants_justification_request", x => x.id);
                    table.ForeignKey(
                        name: "fk_grants_justification_request_grants_competition_competition~",
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    competition_id = table.Column<Guid>(type: "uuid", nullable: false),
                    offer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    proposed_by = table.Column<Guid>(type: "uuid", nullable: false),
                    proposed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    competition_id = table.Column<Guid>(type: "uuid", nullable: false),
                    offer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    criterion_id = table.Column<Guid>(type: "uuid", nullable: false),
                    points = table.Column<decimal>(type: "numeric(6,1)", precision: 6, scale: 1, nullable: false),
                    justification = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    scored_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    decision_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    offer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    task_id = table.Column<Guid>(type: "uuid", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    confirmation_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    offer_title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    offerors_json = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    requested_grant = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    funded = table.Column<bool>(type: "boolean", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    formally_rejected = table.Column<bool>(type: "boolean", nullable: false)
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
