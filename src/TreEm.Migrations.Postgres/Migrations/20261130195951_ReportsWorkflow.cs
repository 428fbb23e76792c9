using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TreEm.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReportsWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsConsolidated",
                table: "reports",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IsConsolidated",
                table: "reports");
        }
    }
}
