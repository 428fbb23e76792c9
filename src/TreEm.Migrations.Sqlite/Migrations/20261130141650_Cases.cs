using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace TreEm.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Cases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PartnerAgencyId",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "calendar_days",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsDayOff = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_calendar_days", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    HotlineReference = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Concern = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AbuseForms = table.Column<int>(type: "INTEGER", nullable: false),
                    ReporterAnonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReporterName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReporterPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ReporterAddress = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ChildCondition = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ActionsTaken = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AllegedPerpetrator = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    PerpetratorRelation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ReceiverName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cases_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "partner_agencies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partner_agencies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_partner_agencies_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_assessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    AssessedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AssessedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AssessorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    NeedsEmergency = table.Column<bool>(type: "INTEGER", nullable: false),
                    AbuseConfirmed = table.Column<bool>(type: "INTEGER", nullable: true),
                    MeetingAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MeetingParticipants = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    MeetingMinutes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Proposal = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_assessments_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_children",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: true),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EstimatedAge = table.Column<int>(type: "INTEGER", nullable: true),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    EthnicityCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    ClassificationDecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_children", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_children_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_case_children_children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "intervention_plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    DraftedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DraftedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    DrafterName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Objectives = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Activities = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    DeciderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ApprovalNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intervention_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_intervention_plans_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "separation_decisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    DeciderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    From = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Until = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CarePlace = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Carer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Measures = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ExtendsDecisionId = table.Column<int>(type: "INTEGER", nullable: true),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_separation_decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_separation_decisions_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_separation_decisions_separation_decisions_ExtendsDecisionId",
                        column: x => x.ExtendsDecisionId,
                        principalTable: "separation_decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_assessment_items",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssessmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Rating = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_assessment_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_assessment_items_case_assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "case_assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_tasks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AssigneeUserId = table.Column<string>(type: "TEXT", nullable: true),
                    AssigneeAgencyId = table.Column<int>(type: "INTEGER", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoneAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DoneByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_tasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_tasks_AspNetUsers_AssigneeUserId",
                        column: x => x.AssigneeUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plan_tasks_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plan_tasks_intervention_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "intervention_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_plan_tasks_partner_agencies_AssigneeAgencyId",
                        column: x => x.AssigneeAgencyId,
                        principalTable: "partner_agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_steps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CompletedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    EscalatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EscalatedToUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    SeparationDecisionId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_steps_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_case_steps_separation_decisions_SeparationDecisionId",
                        column: x => x.SeparationDecisionId,
                        principalTable: "separation_decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_case_steps_units_EscalatedToUnitId",
                        column: x => x.EscalatedToUnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanTaskId = table.Column<int>(type: "INTEGER", nullable: true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReferredByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ReferrerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Request = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ConsentGiven = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConsentBy = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ConsentNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OverrideReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_referrals_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_referrals_partner_agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "partner_agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_referrals_plan_tasks_PlanTaskId",
                        column: x => x.PlanTaskId,
                        principalTable: "plan_tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: true),
                    CaseStepId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ReadAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReadByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_notifications_case_steps_CaseStepId",
                        column: x => x.CaseStepId,
                        principalTable: "case_steps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_notifications_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_notifications_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "referral_actions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReferralId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referral_actions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_referral_actions_referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "calendar_days",
                columns: new[] { "Id", "Date", "IsDayOff", "Name" },
                values: new object[,]
                {
                    { 1, new DateOnly(2020, 1, 1), true, "Tết Dương lịch" },
                    { 2, new DateOnly(2020, 1, 23), true, "Tết Nguyên đán" },
                    { 3, new DateOnly(2020, 1, 24), true, "Tết Nguyên đán" },
                    { 4, new DateOnly(2020, 1, 25), true, "Tết Nguyên đán" },
                    { 5, new DateOnly(2020, 1, 26), true, "Tết Nguyên đán" },
                    { 6, new DateOnly(2020, 1, 27), true, "Tết Nguyên đán" },
                    { 7, new DateOnly(2020, 1, 28), true, "Tết Nguyên đán" },
                    { 8, new DateOnly(2020, 1, 29), true, "Tết Nguyên đán" },
                    { 9, new DateOnly(2020, 4, 2), true, "Giỗ Tổ Hùng Vương" },
                    { 10, new DateOnly(2020, 4, 30), true, "Ngày Chiến thắng 30/4" },
                    { 11, new DateOnly(2020, 5, 1), true, "Ngày Quốc tế lao động 1/5" },
                    { 12, new DateOnly(2020, 9, 2), true, "Quốc khánh 2/9" },
                    { 13, new DateOnly(2021, 1, 1), true, "Tết Dương lịch" },
                    { 14, new DateOnly(2021, 2, 10), true, "Tết Nguyên đán" },
                    { 15, new DateOnly(2021, 2, 11), true, "Tết Nguyên đán" },
                    { 16, new DateOnly(2021, 2, 12), true, "Tết Nguyên đán" },
                    { 17, new DateOnly(2021, 2, 13), true, "Tết Nguyên đán" },
                    { 18, new DateOnly(2021, 2, 14), true, "Tết Nguyên đán" },
                    { 19, new DateOnly(2021, 2, 15), true, "Tết Nguyên đán" },
                    { 20, new DateOnly(2021, 2, 16), true, "Tết Nguyên đán" },
                    { 21, new DateOnly(2021, 4, 21), true, "Giỗ Tổ Hùng Vương" },
                    { 22, new DateOnly(2021, 4, 30), true, "Ngày Chiến thắng 30/4" },
                    { 23, new DateOnly(2021, 5, 1), true, "Ngày Quốc tế lao động 1/5" },
                    { 24, new DateOnly(2021, 5, 3), true, "Nghỉ bù ngày 1/5" },
                    { 25, new DateOnly(2021, 9, 2), true, "Quốc khánh 2/9" },
                    { 26, new DateOnly(2021, 9, 3), true, "Quốc khánh 2/9" },
                    { 27, new DateOnly(2022, 1, 1), true, "Tết Dương lịch" },
                    { 28, new DateOnly(2022, 1, 3), true, "Nghỉ bù Tết Dương lịch" },
                    { 29, new DateOnly(2022, 1, 29), true, "Tết Nguyên đán" },
                    { 30, new DateOnly(2022, 1, 30), true, "Tết Nguyên đán" },
                    { 31, new DateOnly(2022, 1, 31), true, "Tết Nguyên đán" },
                    { 32, new DateOnly(2022, 2, 1), true, "Tết Nguyên đán" },
                    { 33, new DateOnly(2022, 2, 2), true, "Tết Nguyên đán" },
                    { 34, new DateOnly(2022, 2, 3), true, "Tết Nguyên đán" },
                    { 35, new DateOnly(2022, 2, 4), true, "Tết Nguyên đán" },
                    { 36, new DateOnly(2022, 2, 5), true, "Tết Nguyên đán" },
                    { 37, new DateOnly(2022, 2, 6), true, "Tết Nguyên đán" },
                    { 38, new DateOnly(2022, 4, 10), true, "Giỗ Tổ Hùng Vương" },
                    { 39, new DateOnly(2022, 4, 11), true, "Nghỉ bù Giỗ Tổ Hùng Vương" },
                    { 40, new DateOnly(2022, 4, 30), true, "Ngày Chiến thắng 30/4" },
                    { 41, new DateOnly(2022, 5, 1), true, "Ngày Quốc tế lao động 1/5" },
                    { 42, new DateOnly(2022, 5, 2), true, "Nghỉ bù ngày 30/4" },
                    { 43, new DateOnly(2022, 5, 3), true, "Nghỉ bù ngày 1/5" },
                    { 44, new DateOnly(2022, 9, 1), true, "Quốc khánh 2/9" },
                    { 45, new DateOnly(2022, 9, 2), true, "Quốc khánh 2/9" },
                    { 46, new DateOnly(2023, 1, 1), true, "Tết Dương lịch" },
                    { 47, new DateOnly(2023, 1, 2), true, "Nghỉ bù Tết Dương lịch" },
                    { 48, new DateOnly(2023, 1, 20), true, "Tết Nguyên đán" },
                    { 49, new DateOnly(2023, 1, 21), true, "Tết Nguyên đán" },
                    { 50, new DateOnly(2023, 1, 22), true, "Tết Nguyên đán" },
                    { 51, new DateOnly(2023, 1, 23), true, "Tết Nguyên đán" },
                    { 52, new DateOnly(2023, 1, 24), true, "Tết Nguyên đán" },
                    { 53, new DateOnly(2023, 1, 25), true, "Tết Nguyên đán" },
                    { 54, new DateOnly(2023, 1, 26), true, "Tết Nguyên đán" },
                    { 55, new DateOnly(2023, 4, 29), true, "Giỗ Tổ Hùng Vương" },
                    { 56, new DateOnly(2023, 4, 30), true, "Ngày Chiến thắng 30/4" },
                    { 57, new DateOnly(2023, 5, 1), true, "Ngày Quốc tế lao động 1/5" },
                    { 58, new DateOnly(2023, 5, 2), true, "Nghỉ bù Giỗ Tổ Hùng Vương" },
                    { 59, new DateOnly(2023, 5, 3), true, "Nghỉ bù ngày 30/4" },
                    { 60, new DateOnly(2023, 9, 1), true, "Quốc khánh 2/9" },
                    { 61, new DateOnly(2023, 9, 2), true, "Quốc khánh 2/9" },
                    { 62, new DateOnly(2023, 9, 4), true, "Nghỉ bù Quốc khánh" },
                    { 63, new DateOnly(2024, 1, 1), true, "Tết Dương lịch" },
                    { 64, new DateOnly(2024, 2, 8), true, "Tết Nguyên đán" },
                    { 65, new DateOnly(2024, 2, 9), true, "Tết Nguyên đán" },
                    { 66, new DateOnly(2024, 2, 10), true, "Tết Nguyên đán" },
                    { 67, new DateOnly(2024, 2, 11), true, "Tết Nguyên đán" },
                    { 68, new DateOnly(2024, 2, 12), true, "Tết Nguyên đán" },
                    { 69, new DateOnly(2024, 2, 13), true, "Tết Nguyên đán" },
                    { 70, new DateOnly(2024, 2, 14), true, "Tết Nguyên đán" },
                    { 71, new DateOnly(2024, 4, 18), true, "Giỗ Tổ Hùng Vương" },
                    { 72, new DateOnly(2024, 4, 29), true, "Nghỉ hoán đổi (làm bù thứ Bảy 04/5)" },
                    { 73, new DateOnly(2024, 4, 30), true, "Ngày Chiến thắng 30/4" },
                    { 74, new DateOnly(2024, 5, 1), true, "Ngày Quốc tế lao động 1/5" },
                    { 75, new DateOnly(2024, 5, 4), false, "Làm bù cho ngày 29/4" },
                    { 76, new DateOnly(2024, 9, 2), true, "Quốc khánh 2/9" },
                    { 77, new DateOnly(2024, 9, 3), true, "Quốc khánh 2/9" },
                    { 78, new DateOnly(2025, 1, 1), true, "Tết Dương lịch" },
                    { 79, new DateOnly(2025, 1, 25), true, "Tết Nguyên đán" },
                    { 80, new DateOnly(2025, 1, 26), true, "Tết Nguyên đán" },
                    { 81, new DateOnly(2025, 1, 27), true, "Tết Nguyên đán" },
                    { 82, new DateOnly(2025, 1, 28), true, "Tết Nguyên đán" },
                    { 83, new DateOnly(2025, 1, 29), true, "Tết Nguyên đán" },
                    { 84, new DateOnly(2025, 1, 30), true, "Tết Nguyên đán" },
                    { 85, new DateOnly(2025, 1, 31), true, "Tết Nguyên đán" },
                    { 86, new DateOnly(2025, 2, 1), true, "Tết Nguyên đán" },
                    { 87, new DateOnly(2025, 2, 2), true, "Tết Nguyên đán" },
                    { 88, new DateOnly(2025, 4, 7), true, "Giỗ Tổ Hùng Vương" },
                    { 89, new DateOnly(2025, 4, 26), false, "Làm bù cho ngày 02/5" },
                    { 90, new DateOnly(2025, 4, 30), true, "Ngày Chiến thắng 30/4" },
                    { 91, new DateOnly(2025, 5, 1), true, "Ngày Quốc tế lao động 1/5" },
                    { 92, new DateOnly(2025, 5, 2), true, "Nghỉ hoán đổi (làm bù thứ Bảy 26/4)" },
                    { 93, new DateOnly(2025, 9, 1), true, "Quốc khánh 2/9" },
                    { 94, new DateOnly(2025, 9, 2), true, "Quốc khánh 2/9" },
                    { 95, new DateOnly(2026, 1, 1), true, "Tết Dương lịch" },
                    { 96, new DateOnly(2026, 1, 2), true, "Nghỉ hoán đổi (làm bù thứ Bảy 10/01)" },
                    { 97, new DateOnly(2026, 1, 10), false, "Làm bù cho ngày 02/01" },
                    { 98, new DateOnly(2026, 2, 14), true, "Tết Nguyên đán" },
                    { 99, new DateOnly(2026, 2, 15), true, "Tết Nguyên đán" },
                    { 100, new DateOnly(2026, 2, 16), true, "Tết Nguyên đán" },
                    { 101, new DateOnly(2026, 2, 17), true, "Tết Nguyên đán" },
                    { 102, new DateOnly(2026, 2, 18), true, "Tết Nguyên đán" },
                    { 103, new DateOnly(2026, 2, 19), true, "Tết Nguyên đán" },
                    { 104, new DateOnly(2026, 2, 20), true, "Tết Nguyên đán" },
                    { 105, new DateOnly(2026, 2, 21), true, "Tết Nguyên đán" },
                    { 106, new DateOnly(2026, 2, 22), true, "Tết Nguyên đán" },
                    { 107, new DateOnly(2026, 4, 26), true, "Giỗ Tổ Hùng Vương" },
                    { 108, new DateOnly(2026, 4, 27), true, "Nghỉ bù Giỗ Tổ Hùng Vương" },
                    { 109, new DateOnly(2026, 4, 30), true, "Ngày Chiến thắng 30/4" },
                    { 110, new DateOnly(2026, 5, 1), true, "Ngày Quốc tế lao động 1/5" },
                    { 111, new DateOnly(2026, 9, 1), true, "Quốc khánh 2/9" },
                    { 112, new DateOnly(2026, 9, 2), true, "Quốc khánh 2/9" },
                    { 113, new DateOnly(2027, 1, 1), true, "Tết Dương lịch (dự kiến)" },
                    { 114, new DateOnly(2027, 2, 5), true, "Tết Nguyên đán (dự kiến)" },
                    { 115, new DateOnly(2027, 2, 6), true, "Tết Nguyên đán (dự kiến)" },
                    { 116, new DateOnly(2027, 2, 7), true, "Tết Nguyên đán (dự kiến)" },
                    { 117, new DateOnly(2027, 2, 8), true, "Tết Nguyên đán (dự kiến)" },
                    { 118, new DateOnly(2027, 2, 9), true, "Tết Nguyên đán (dự kiến)" },
                    { 119, new DateOnly(2027, 2, 10), true, "Tết Nguyên đán (dự kiến)" },
                    { 120, new DateOnly(2027, 2, 11), true, "Tết Nguyên đán (dự kiến)" },
                    { 121, new DateOnly(2027, 4, 16), true, "Giỗ Tổ Hùng Vương (dự kiến)" },
                    { 122, new DateOnly(2027, 4, 30), true, "Ngày Chiến thắng 30/4 (dự kiến)" },
                    { 123, new DateOnly(2027, 5, 1), true, "Ngày Quốc tế lao động 1/5 (dự kiến)" },
                    { 124, new DateOnly(2027, 5, 3), true, "Nghỉ bù ngày 1/5 (dự kiến)" },
                    { 125, new DateOnly(2027, 9, 2), true, "Quốc khánh 2/9 (dự kiến)" },
                    { 126, new DateOnly(2027, 9, 3), true, "Quốc khánh 2/9 (dự kiến)" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_PartnerAgencyId",
                table: "AspNetUsers",
                column: "PartnerAgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_calendar_days_Date",
                table: "calendar_days",
                column: "Date",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_case_assessment_items_AssessmentId",
                table: "case_assessment_items",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_case_assessments_CaseId",
                table: "case_assessments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_case_children_CaseId",
                table: "case_children",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_case_children_ChildId",
                table: "case_children",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_case_steps_CaseId",
                table: "case_steps",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_case_steps_CompletedAt_DueAt",
                table: "case_steps",
                columns: new[] { "CompletedAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_case_steps_EscalatedToUnitId",
                table: "case_steps",
                column: "EscalatedToUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_case_steps_SeparationDecisionId",
                table: "case_steps",
                column: "SeparationDecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_CreatedByUserId",
                table: "cases",
                column: "CreatedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_HotlineReference",
                table: "cases",
                column: "HotlineReference");

            migrationBuilder.CreateIndex(
                name: "IX_cases_ReceivedAt",
                table: "cases",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_cases_UnitId_Status",
                table: "cases",
                columns: new[] { "UnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_intervention_plans_CaseId",
                table: "intervention_plans",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_CaseId",
                table: "notifications",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_CaseStepId",
                table: "notifications",
                column: "CaseStepId",
                unique: true,
                filter: "\"CaseStepId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_UnitId_ReadAt",
                table: "notifications",
                columns: new[] { "UnitId", "ReadAt" });

            migrationBuilder.CreateIndex(
                name: "IX_partner_agencies_UnitId",
                table: "partner_agencies",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_plan_tasks_AssigneeAgencyId",
                table: "plan_tasks",
                column: "AssigneeAgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_plan_tasks_AssigneeUserId",
                table: "plan_tasks",
                column: "AssigneeUserId");

            migrationBuilder.CreateIndex(
                name: "IX_plan_tasks_CaseId",
                table: "plan_tasks",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_plan_tasks_DoneAt_DueOn",
                table: "plan_tasks",
                columns: new[] { "DoneAt", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_plan_tasks_PlanId",
                table: "plan_tasks",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_referral_actions_ReferralId",
                table: "referral_actions",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_AgencyId",
                table: "referrals",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_CaseId",
                table: "referrals",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_PlanTaskId",
                table: "referrals",
                column: "PlanTaskId");

            migrationBuilder.CreateIndex(
                name: "IX_separation_decisions_CaseId",
                table: "separation_decisions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_separation_decisions_ExtendsDecisionId",
                table: "separation_decisions",
                column: "ExtendsDecisionId");

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUsers_partner_agencies_PartnerAgencyId",
                table: "AspNetUsers",
                column: "PartnerAgencyId",
                principalTable: "partner_agencies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUsers_partner_agencies_PartnerAgencyId",
                table: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "calendar_days");

            migrationBuilder.DropTable(
                name: "case_assessment_items");

            migrationBuilder.DropTable(
                name: "case_children");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "referral_actions");

            migrationBuilder.DropTable(
                name: "case_assessments");

            migrationBuilder.DropTable(
                name: "case_steps");

            migrationBuilder.DropTable(
                name: "referrals");

            migrationBuilder.DropTable(
                name: "separation_decisions");

            migrationBuilder.DropTable(
                name: "plan_tasks");

            migrationBuilder.DropTable(
                name: "intervention_plans");

            migrationBuilder.DropTable(
                name: "partner_agencies");

            migrationBuilder.DropTable(
                name: "cases");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_PartnerAgencyId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "PartnerAgencyId",
                table: "AspNetUsers");
        }
    }
}
