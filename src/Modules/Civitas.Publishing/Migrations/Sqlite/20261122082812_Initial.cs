using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Civitas.Publishing.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "pub_publication",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    source_module = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    source_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    current_version_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version_count = table.Column<int>(type: "INTEGER", nullable: false),
                    current_source_occurred_at = table.Column<long>(type: "INTEGER", nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    title_english = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    search_text = table.Column<string>(type: "TEXT", maxLength: 1001, nullable: false),
                    first_published_at = table.Column<long>(type: "INTEGER", nullable: false),
                    published_year = table.Column<int>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    visible_from = table.Column<long>(type: "INTEGER", nullable: false),
                    visible_to = table.Column<long>(type: "INTEGER", nullable: true),
                    withdrawn_at = table.Column<long>(type: "INTEGER", nullable: true),
                    withdrawal_reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    withdrawn_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    withdrawn_by_function = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    withdrawn_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pub_publication", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pub_publication_version",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    publication_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    message_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    source_occurred_at = table.Column<long>(type: "INTEGER", nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    title_english = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    body = table.Column<string>(type: "TEXT", nullable: false),
                    source_url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    responsible_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    responsible_function = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    published_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    published_by_function = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    produced_at = table.Column<long>(type: "INTEGER", nullable: false),
                    published_at = table.Column<long>(type: "INTEGER", nullable: false),
                    visible_from = table.Column<long>(type: "INTEGER", nullable: false),
                    visible_to = table.Column<long>(type: "INTEGER", nullable: true),
                    change_reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pub_publication_version", x => x.id);
                    table.ForeignKey(
                        name: "fk_pub_publication_version_pub_publication_publication_id",
                        column: x => x.publication_id,
                        principalTable: "pub_publication",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pub_version_attachment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    file_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    length = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pub_version_attachment", x => x.id);
                    table.ForeignKey(
                        name: "fk_pub_version_attachment_pub_publication_version_version_id",
                        column: x => x.version_id,
                        principalTable: "pub_publication_version",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pub_version_redaction",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    scope = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    legal_basis = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    protected_interest = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pub_version_redaction", x => x.id);
                    table.ForeignKey(
                        name: "fk_pub_version_redaction_pub_publication_version_version_id",
                        column: x => x.version_id,
                        principalTable: "pub_publication_version",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_pub_publication_tenant_id_first_published_at",
                table: "pub_publication",
                columns: new[] { "tenant_id", "first_published_at" });

            migrationBuilder.CreateIndex(
                name: "ix_pub_publication_tenant_id_source_module_source_key",
                table: "pub_publication",
                columns: new[] { "tenant_id", "source_module", "source_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_pub_publication_tenant_id_updated_at",
                table: "pub_publication",
                columns: new[] { "tenant_id", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "ix_pub_publication_tenant_id_visible_to",
                table: "pub_publication",
                columns: new[] { "tenant_id", "visible_to" });

            migrationBuilder.CreateIndex(
                name: "ix_pub_publication_visible_from",
                table: "pub_publication",
                column: "visible_from");

            migrationBuilder.CreateIndex(
                name: "ix_pub_publication_version_message_id",
                table: "pub_publication_version",
                column: "message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_pub_publication_version_publication_id_number",
                table: "pub_publication_version",
                columns: new[] { "publication_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_pub_version_attachment_version_id_position",
                table: "pub_version_attachment",
                columns: new[] { "version_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_pub_version_redaction_version_id_position",
                table: "pub_version_redaction",
                columns: new[] { "version_id", "position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pub_version_attachment");

            migrationBuilder.DropTable(
                name: "pub_version_redaction");

            migrationBuilder.DropTable(
                name: "pub_publication_version");

            migrationBuilder.DropTable(
                name: "pub_publication");
        }
    }
}
