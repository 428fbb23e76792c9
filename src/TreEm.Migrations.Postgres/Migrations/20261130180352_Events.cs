using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TreEm.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Events : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "child_events",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Venue = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Theme = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ChildrenMale = table.Column<int>(type: "integer", nullable: false),
                    ChildrenFemale = table.Column<int>(type: "integer", nullable: false),
                    ChildrenEthnicMinority = table.Column<int>(type: "integer", nullable: false),
                    AdultsInCharge = table.Column<int>(type: "integer", nullable: false),
                    Volunteers = table.Column<int>(type: "integer", nullable: false),
                    Guests = table.Column<int>(type: "integer", nullable: false),
                    OtherAdults = table.Column<int>(type: "integer", nullable: false),
                    ParentalConsentCollected = table.Column<bool>(type: "boolean", nullable: false),
                    Results = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    IssuesRaised = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_child_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_child_events_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "event_attachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EventId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UploadedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_event_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_event_attachments_child_events_EventId",
                        column: x => x.EventId,
                        principalTable: "child_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_child_events_Kind_StartDate",
                table: "child_events",
                columns: new[] { "Kind", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_child_events_UnitId_StartDate",
                table: "child_events",
                columns: new[] { "UnitId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_event_attachments_EventId",
                table: "event_attachments",
                column: "EventId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "event_attachments");

            migrationBuilder.DropTable(
                name: "child_events");
        }
    }
}
