using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TreEm.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CommunicationInspectionsInjuries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "communication_activities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Reach = table.Column<int>(type: "INTEGER", nullable: false),
                    ChildrenReached = table.Column<int>(type: "INTEGER", nullable: false),
                    Copies = table.Column<int>(type: "INTEGER", nullable: true),
                    RemoteArea = table.Column<bool>(type: "INTEGER", nullable: false),
                    EthnicMinorityArea = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_communication_activities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_communication_activities_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "injury_records",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: true),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Age = table.Column<int>(type: "INTEGER", nullable: true),
                    EthnicityCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_injury_records", x => x.Id);
                    table.ForeignKey(
                        name: "FK_injury_records_children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_injury_records_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inspection_visits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    InspectorUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Members = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Recommendations = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    FollowUpDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FollowUpDoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FollowUpNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_visits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inspection_visits_units_InspectorUnitId",
                        column: x => x.InspectorUnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_inspection_visits_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_communication_activities_UnitId_Date",
                table: "communication_activities",
                columns: new[] { "UnitId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_injury_records_ChildId",
                table: "injury_records",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_injury_records_UnitId_Date",
                table: "injury_records",
                columns: new[] { "UnitId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_inspection_visits_InspectorUnitId",
                table: "inspection_visits",
                column: "InspectorUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_inspection_visits_UnitId_Date",
                table: "inspection_visits",
                columns: new[] { "UnitId", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "communication_activities");

            migrationBuilder.DropTable(
                name: "injury_records");

            migrationBuilder.DropTable(
                name: "inspection_visits");
        }
    }
}
