using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace TreEm.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SupportAndFund : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "child_funds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_child_funds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_child_funds_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "support_forms",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_forms", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "fund_entries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FundId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    AmountVnd = table.Column<decimal>(type: "numeric(18,0)", precision: 18, scale: 0, nullable: false),
                    ReceiptType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Donor = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Earmark = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    DocumentNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ReversesEntryId = table.Column<int>(type: "integer", nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fund_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_fund_entries_child_funds_FundId",
                        column: x => x.FundId,
                        principalTable: "child_funds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_fund_entries_fund_entries_ReversesEntryId",
                        column: x => x.ReversesEntryId,
                        principalTable: "fund_entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "fund_targets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FundId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    AmountVnd = table.Column<decimal>(type: "numeric(18,0)", precision: 18, scale: 0, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fund_targets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_fund_targets_child_funds_FundId",
                        column: x => x.FundId,
                        principalTable: "child_funds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "support_campaigns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    FormCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    ValuePerChildVnd = table.Column<decimal>(type: "numeric(18,0)", precision: 18, scale: 0, nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DonorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Provider = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Level = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ChildCount = table.Column<int>(type: "integer", nullable: false),
                    FundEntryId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_campaigns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_support_campaigns_fund_entries_FundEntryId",
                        column: x => x.FundEntryId,
                        principalTable: "fund_entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_support_campaigns_support_forms_FormCode",
                        column: x => x.FormCode,
                        principalTable: "support_forms",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_support_campaigns_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "support_records",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    FormCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    ValueVnd = table.Column<decimal>(type: "numeric(18,0)", precision: 18, scale: 0, nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DonorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Provider = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Level = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CampaignId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_records", x => x.Id);
                    table.ForeignKey(
                        name: "FK_support_records_children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_support_records_support_campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "support_campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_support_records_support_forms_FormCode",
                        column: x => x.FormCode,
                        principalTable: "support_forms",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_support_records_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "support_forms",
                columns: new[] { "Code", "IsActive", "Name", "NameEn", "SortOrder" },
                values: new object[,]
                {
                    { "BHYT", true, "Thẻ bảo hiểm y tế", "Health insurance card", 6 },
                    { "DINHDUONG", true, "Sữa, dinh dưỡng", "Milk and nutrition", 7 },
                    { "DUNGCU", true, "Dụng cụ học tập", "Study equipment", 3 },
                    { "HOCBONG", true, "Học bổng", "Scholarship", 2 },
                    { "KHAC", true, "Hình thức khác", "Other", 12 },
                    { "KHAMCHUA", true, "Khám, chữa bệnh", "Medical treatment", 11 },
                    { "PHAPLY", true, "Trợ giúp pháp lý", "Legal aid", 9 },
                    { "QUA", true, "Quà tặng", "Gifts", 1 },
                    { "THAMHOI", true, "Thăm hỏi khi thiên tai, rủi ro đột xuất", "Visit after a disaster or sudden risk", 8 },
                    { "TIENMAT", true, "Tiền mặt", "Cash", 5 },
                    { "TUVAN", true, "Tư vấn, tham vấn", "Counselling", 10 },
                    { "XEDAP", true, "Xe đạp", "Bicycle", 4 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_child_funds_UnitId",
                table: "child_funds",
                column: "UnitId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_fund_entries_FundId_Date",
                table: "fund_entries",
                columns: new[] { "FundId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_fund_entries_ReversesEntryId",
                table: "fund_entries",
                column: "ReversesEntryId",
                unique: true,
                filter: "\"ReversesEntryId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_fund_targets_FundId_Year",
                table: "fund_targets",
                columns: new[] { "FundId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_support_campaigns_FormCode",
                table: "support_campaigns",
                column: "FormCode");

            migrationBuilder.CreateIndex(
                name: "IX_support_campaigns_FundEntryId",
                table: "support_campaigns",
                column: "FundEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_support_campaigns_UnitId",
                table: "support_campaigns",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_support_records_CampaignId",
                table: "support_records",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_support_records_ChildId_Date",
                table: "support_records",
                columns: new[] { "ChildId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_support_records_FormCode",
                table: "support_records",
                column: "FormCode");

            migrationBuilder.CreateIndex(
                name: "IX_support_records_UnitId_Date",
                table: "support_records",
                columns: new[] { "UnitId", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "fund_targets");

            migrationBuilder.DropTable(
                name: "support_records");

            migrationBuilder.DropTable(
                name: "support_campaigns");

            migrationBuilder.DropTable(
                name: "fund_entries");

            migrationBuilder.DropTable(
                name: "support_forms");

            migrationBuilder.DropTable(
                name: "child_funds");
        }
    }
}
