using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TreEm.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SupportFromFund : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FundEntryId",
                table: "support_records",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_support_records_FundEntryId",
                table: "support_records",
                column: "FundEntryId");

            migrationBuilder.AddForeignKey(
                name: "FK_support_records_fund_entries_FundEntryId",
                table: "support_records",
                column: "FundEntryId",
                principalTable: "fund_entries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_support_records_fund_entries_FundEntryId",
                table: "support_records");

            migrationBuilder.DropIndex(
                name: "IX_support_records_FundEntryId",
                table: "support_records");

            migrationBuilder.DropColumn(
                name: "FundEntryId",
                table: "support_records");
        }
    }
}
