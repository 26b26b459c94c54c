using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Civitas.Grants.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Committee : Migration
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
                name: "grants_proposed_amount");

            migrationBuilder.DropTable(
                name: "grants_committee_member");
        }
    }
}
