using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Civitas.Publishing.Migrations.Postgres
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    source_module = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    source_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    current_version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version_count = table.Column<int>(type: "integer", nullable: false),
                    current_source_occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    title_english = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    search_text = table.Column<string>(type: "character varying(1001)", maxLength: 1001, nullable: false),
                    first_published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_year = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    visible_from = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    visible_to = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    withdrawal_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    withdrawn_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    withdrawn_by_function = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    withdrawn_by_user_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pub_publication", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pub_publication_version",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    publication_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    source_occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    title_english = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    body = table.Column<string>(type: "text", nullable: false),
                    source_url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    responsible_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    responsible_function = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    published_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    published_by_function = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    produced_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    visible_from = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    visible_to = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    change_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    file_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    length = table.Column<long>(type: "bigint", nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    scope = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    legal_basis = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    decided_by = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    protected_interest = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
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
