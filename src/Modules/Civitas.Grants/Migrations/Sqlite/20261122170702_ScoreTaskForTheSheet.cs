using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Civitas.Grants.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ScoreTaskForTheSheet : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_grants_committee_score_competition_id_offer_id",
                table: "grants_committee_score");

            migrationBuilder.AddColumn<Guid>(
                name: "task_id",
                table: "grants_committee_score",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // Scores written before the column existed take their offer's task (an offer keeps its task once submitted).
            migrationBuilder.Sql("UPDATE grants_committee_score SET task_id = (SELECT o.task_id FROM grants_offer o WHERE o.id = grants_committee_score.offer_id);");

            migrationBuilder.CreateIndex(
                name: "ix_grants_committee_score_sheet",
                table: "grants_committee_score",
                columns: new[] { "competition_id", "task_id", "offer_id", "criterion_id", "member_id", "points", "tenant_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_grants_committee_score_sheet",
                table: "grants_committee_score");

            migrationBuilder.DropColumn(
                name: "task_id",
                table: "grants_committee_score");

            migrationBuilder.CreateIndex(
                name: "ix_grants_committee_score_competition_id_offer_id",
                table: "grants_committee_score",
                columns: new[] { "competition_id", "offer_id" });
        }
    }
}
