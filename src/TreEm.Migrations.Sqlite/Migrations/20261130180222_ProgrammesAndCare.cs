using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TreEm.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProgrammesAndCare : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "care_givers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameSearch = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Kinship = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Relation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AdultCapacity = table.Column<bool>(type: "INTEGER", nullable: false),
                    AdultCapacityOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Health = table.Column<bool>(type: "INTEGER", nullable: false),
                    HealthOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EconomyHousing = table.Column<bool>(type: "INTEGER", nullable: false),
                    EconomyHousingOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NoAbuseRecord = table.Column<bool>(type: "INTEGER", nullable: false),
                    NoAbuseRecordOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VerifiedByCommune = table.Column<bool>(type: "INTEGER", nullable: false),
                    VerifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_givers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_givers_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "care_needs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    IdentifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_needs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_needs_children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_care_needs_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "screening_programmes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Partner = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_screening_programmes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_screening_programmes_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "care_placements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    CareGiverId = table.Column<int>(type: "INTEGER", nullable: false),
                    NeedId = table.Column<int>(type: "INTEGER", nullable: true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_placements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_placements_care_givers_CareGiverId",
                        column: x => x.CareGiverId,
                        principalTable: "care_givers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_care_placements_care_needs_NeedId",
                        column: x => x.NeedId,
                        principalTable: "care_needs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_care_placements_children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_care_placements_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "programme_children",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    ScreenedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Result = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ResultText = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReferredTo = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SurgeryDone = table.Column<bool>(type: "INTEGER", nullable: false),
                    SurgeryDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Hospital = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programme_children", x => x.Id);
                    table.ForeignKey(
                        name: "FK_programme_children_children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_programme_children_screening_programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "screening_programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_programme_children_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "care_visits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlacementId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ChildCondition = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Concerns = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_visits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_visits_care_placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "care_placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_care_givers_NameSearch",
                table: "care_givers",
                column: "NameSearch");

            migrationBuilder.CreateIndex(
                name: "IX_care_givers_UnitId",
                table: "care_givers",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_care_needs_ChildId_Status",
                table: "care_needs",
                columns: new[] { "ChildId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_care_needs_UnitId_IdentifiedOn",
                table: "care_needs",
                columns: new[] { "UnitId", "IdentifiedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_care_placements_CareGiverId",
                table: "care_placements",
                column: "CareGiverId");

            migrationBuilder.CreateIndex(
                name: "IX_care_placements_ChildId",
                table: "care_placements",
                column: "ChildId",
                unique: true,
                filter: "\"EndDate\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_care_placements_NeedId",
                table: "care_placements",
                column: "NeedId");

            migrationBuilder.CreateIndex(
                name: "IX_care_placements_UnitId",
                table: "care_placements",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_care_visits_PlacementId_Date",
                table: "care_visits",
                columns: new[] { "PlacementId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_programme_children_ChildId",
                table: "programme_children",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_programme_children_ProgrammeId_ChildId",
                table: "programme_children",
                columns: new[] { "ProgrammeId", "ChildId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_programme_children_UnitId",
                table: "programme_children",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_screening_programmes_UnitId_Year",
                table: "screening_programmes",
                columns: new[] { "UnitId", "Year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "care_visits");

            migrationBuilder.DropTable(
                name: "programme_children");

            migrationBuilder.DropTable(
                name: "care_placements");

            migrationBuilder.DropTable(
                name: "screening_programmes");

            migrationBuilder.DropTable(
                name: "care_givers");

            migrationBuilder.DropTable(
                name: "care_needs");
        }
    }
}
