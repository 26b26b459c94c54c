using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Civitas.Grants.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Offers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "grants_offer_section");

            migrationBuilder.DropTable(
                name: "grants_offer_submission");

            migrationBuilder.DropTable(
                name: "grants_offer");
        }
    }
}
