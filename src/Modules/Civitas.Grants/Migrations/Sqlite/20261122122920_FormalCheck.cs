using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Civitas.Grants.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FormalCheck : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "is_correction",
                table: "grants_offer_submission",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "grants_formal_review",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    competition_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    offer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    revision = table.Column<int>(type: "INTEGER", nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    item_results_json = table.Column<string>(type: "TEXT", nullable: false),
                    reasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    section_codes = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    correction_last_day = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    correction_ends_before = table.Column<long>(type: "INTEGER", nullable: true),
                    correction_basis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    correction_deadline_moved = table.Column<bool>(type: "INTEGER", nullable: false),
                    reviewed_at = table.Column<long>(type: "INTEGER", nullable: false),
                    reviewed_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    reviewed_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grants_formal_review", x => x.id);
                    table.ForeignKey(
                        name: "fk_grants_formal_review_grants_competition_competition_id",
                        column: x => x.competition_id,
                        principalTable: "grants_competition",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_grants_formal_review_grants_offer_offer_id",
                        column: x => x.offer_id,
                        principalTable: "grants_offer",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_grants_formal_review_competition_id",
                table: "grants_formal_review",
                column: "competition_id");

            migrationBuilder.CreateIndex(
                name: "ix_grants_formal_review_offer_id_revision",
                table: "grants_formal_review",
                columns: new[] { "offer_id", "revision" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "grants_formal_review");

            migrationBuilder.DropColumn(
                name: "is_correction",
                table: "grants_offer_submission");
        }
    }
}
