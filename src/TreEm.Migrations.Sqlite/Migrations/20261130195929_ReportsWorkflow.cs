using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TreEm.Migrations.Sqlite.Migrations
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
                type: "INTEGER",
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
