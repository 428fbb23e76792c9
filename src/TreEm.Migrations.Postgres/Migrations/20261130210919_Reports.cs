using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace TreEm.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Reports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "appendix_layouts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    RowsJson = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appendix_layouts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    LegalBases = table.Column<string>(type: "text", nullable: false),
                    Tasks = table.Column<string>(type: "text", nullable: false),
                    ParentPlanId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_plans_ParentPlanId",
                        column: x => x.ParentPlanId,
                        principalTable: "plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plans_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "report_periods",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    CutOff = table.Column<DateOnly>(type: "date", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    CommuneDeadline = table.Column<DateOnly>(type: "date", nullable: true),
                    ReminderDays = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_periods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plan_targets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    IndicatorCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Comparator = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_targets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plan_targets_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    PeriodId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    SignerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SignerTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FirstSubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AcceptedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SnapshotAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    IsConsolidated = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reports_report_periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "report_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_reports_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "report_figures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReportId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(20,2)", precision: 20, scale: 2, nullable: true),
                    Numerator = table.Column<decimal>(type: "numeric(20,2)", precision: 20, scale: 2, nullable: true),
                    Denominator = table.Column<decimal>(type: "numeric(20,2)", precision: 20, scale: 2, nullable: true),
                    PreviousValue = table.Column<decimal>(type: "numeric(20,2)", precision: 20, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_figures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_report_figures_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "report_sections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReportId = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_sections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_report_sections_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "report_transitions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReportId = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    To = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UserUnitId = table.Column<int>(type: "integer", nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_transitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_report_transitions_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "appendix_layouts",
                columns: new[] { "Id", "Number", "RowsJson", "Title", "UpdatedAt", "UpdatedBy", "Version" },
                values: new object[,]
                {
                    { 1, 1, "[{\"level\":0,\"label\":\"Tổng số trẻ em dưới 16 tuổi\",\"code\":\"TE_SO_TRE\",\"key\":\"\"},{\"level\":1,\"label\":\"Trẻ em nam\",\"code\":\"TE_SO_TRE\",\"key\":\"sex:Nam\"},{\"level\":1,\"label\":\"Trẻ em nữ\",\"code\":\"TE_SO_TRE\",\"key\":\"sex:Nu\"},{\"level\":0,\"label\":\"Trẻ em người dân tộc thiểu số\",\"code\":\"TE_DTTS\",\"key\":\"\"},{\"level\":0,\"label\":\"Trẻ em có hoàn cảnh đặc biệt\",\"code\":\"HCDB_SO_TRE\",\"key\":\"\"},{\"level\":1,\"label\":\"Trẻ em nữ\",\"code\":\"HCDB_SO_TRE\",\"key\":\"sex:Nu\"},{\"level\":1,\"label\":\"a) Trẻ em mồ côi cả cha và mẹ\",\"code\":\"HCDB_SO_TRE\",\"key\":\"group:a\"},{\"level\":1,\"label\":\"b) Trẻ em bị bỏ rơi\",\"code\":\"HCDB_SO_TRE\",\"key\":\"group:b\"},{\"level\":1,\"label\":\"c) Trẻ em không nơi nương tựa\",\"code\":\"HCDB_SO_TRE\",\"key\":\"group:c\"},{\"level\":1,\"label\":\"d) Trẻ em khuyết tật\",\"code\":\"HCDB_SO_TRE\",\"key\":\"group:d\"},{\"level\":1,\"label\":\"đ) Trẻ em nhiễm HIV/AIDS\",\"code\":\"HCDB_SO_TRE\",\"key\":\"group:đ\"},{\"level\":1,\"label\":\"e) Trẻ em vi phạm pháp luật\",\"code\":\"HCDB_SO_TRE\",\"key\":\"group:e\"},{\"level\":1,\"label\":\"g) Trẻ em nghiện ma túy\",\"code\":\"HCDB_SO_TRE\",\"key\":\"group:g\"},{\"level\":1,\"label\":\"h) Trẻ em phải bỏ học kiếm sống chưa hoàn thành phổ cập giáo dục trung học cơ sở\",\"code\":\"HCDB_SO_TRE\",\"key\":\"group:h\"},{\"level\":1,\"label\":\"i) Trẻ em bị tổn hại nghiêm trọng về thể chất và tinh thần do bị bạo lực\",\"code\":\"HCDB_SO_TRE\",\"key\":\"group:i\"},{\"level\":1,\"label\":\"k) Trẻ em bị bóc lột\",\"code\":\"HCDB_SO_TRE\",\"key\":\"group:k\"},{\"level\":1,\"label\":\"l) Trẻ em bị xâm hại tình dục\",\"code\":\"HCDB_SO_TRE\",\"key\":\"group:l\"},{\"level\":1,\"label\":\"m) Trẻ em bị mua bán\",\"code\":\"HCDB_SO_TRE\",\"key\":\"group:m\"},{\"level\":1,\"label\":\"n) Trẻ em mắc bệnh hiểm nghèo hoặc bệnh phải điều trị dài ngày thuộc hộ nghèo hoặc hộ cận nghèo\",\"code\":\"HCDB_SO_TRE\",\"key\":\"group:n\"},{\"level\":1,\"label\":\"o) Trẻ em di cư, trẻ em lánh nạn, tị nạn chưa xác định được cha mẹ hoặc không có người chăm sóc\",\"code\":\"HCDB_SO_TRE\",\"key\":\"group:o\"},{\"level\":0,\"label\":\"Trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt\",\"code\":\"NGUY_CO_SO_TRE\",\"key\":\"\"},{\"level\":0,\"label\":\"Trẻ em khuyết tật\",\"code\":\"TE_KHUYET_TAT\",\"key\":\"\"}]", "Trẻ em và trẻ em có hoàn cảnh đặc biệt", new DateTime(2021, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "", 1 },
                    { 2, 2, "[{\"level\":0,\"label\":\"Số vụ việc xâm hại trẻ em\",\"code\":\"VU_VIEC_SO\",\"key\":\"\"},{\"level\":0,\"label\":\"Số trẻ em bị xâm hại\",\"code\":\"TE_BI_XAM_HAI\",\"key\":\"\"},{\"level\":1,\"label\":\"Trẻ em nam\",\"code\":\"TE_BI_XAM_HAI\",\"key\":\"sex:Nam\"},{\"level\":1,\"label\":\"Trẻ em nữ\",\"code\":\"TE_BI_XAM_HAI\",\"key\":\"sex:Nu\"},{\"level\":1,\"label\":\"Bạo lực\",\"code\":\"TE_BI_XAM_HAI\",\"key\":\"form:BaoLuc\"},{\"level\":1,\"label\":\"Bóc lột\",\"code\":\"TE_BI_XAM_HAI\",\"key\":\"form:BocLot\"},{\"level\":1,\"label\":\"Xâm hại tình dục\",\"code\":\"TE_BI_XAM_HAI\",\"key\":\"form:XamHaiTinhDuc\"},{\"level\":1,\"label\":\"Mua bán\",\"code\":\"TE_BI_XAM_HAI\",\"key\":\"form:MuaBan\"},{\"level\":1,\"label\":\"Bỏ rơi\",\"code\":\"TE_BI_XAM_HAI\",\"key\":\"form:BoRoi\"},{\"level\":1,\"label\":\"Bỏ mặc\",\"code\":\"TE_BI_XAM_HAI\",\"key\":\"form:BoMac\"},{\"level\":1,\"label\":\"Hình thức khác\",\"code\":\"TE_BI_XAM_HAI\",\"key\":\"form:Khac\"},{\"level\":0,\"label\":\"Tỷ lệ trẻ em bị xâm hại được hỗ trợ, can thiệp kịp thời\",\"code\":\"XAM_HAI_KIP_THOI_PT\",\"key\":\"\"},{\"level\":0,\"label\":\"Số trẻ em bị tai nạn, thương tích\",\"code\":\"TNTT_SO\",\"key\":\"\"},{\"level\":1,\"label\":\"Đuối nước\",\"code\":\"TNTT_SO\",\"key\":\"kind:DuoiNuoc\"},{\"level\":1,\"label\":\"Tai nạn giao thông\",\"code\":\"TNTT_SO\",\"key\":\"kind:GiaoThong\"},{\"level\":1,\"label\":\"Bỏng\",\"code\":\"TNTT_SO\",\"key\":\"kind:Bong\"},{\"level\":1,\"label\":\"Ngã\",\"code\":\"TNTT_SO\",\"key\":\"kind:NgaTeNga\"},{\"level\":1,\"label\":\"Điện giật\",\"code\":\"TNTT_SO\",\"key\":\"kind:DienGiat\"},{\"level\":1,\"label\":\"Ngộ độc\",\"code\":\"TNTT_SO\",\"key\":\"kind:NgoDoc\"},{\"level\":1,\"label\":\"Động vật cắn\",\"code\":\"TNTT_SO\",\"key\":\"kind:VatNuoiCan\"},{\"level\":1,\"label\":\"Nguyên nhân khác\",\"code\":\"TNTT_SO\",\"key\":\"kind:Khac\"},{\"level\":0,\"label\":\"Số trẻ em tử vong do tai nạn, thương tích\",\"code\":\"TNTT_TU_VONG\",\"key\":\"\"},{\"level\":1,\"label\":\"Đuối nước\",\"code\":\"TNTT_TU_VONG\",\"key\":\"kind:DuoiNuoc\"},{\"level\":1,\"label\":\"Tai nạn giao thông\",\"code\":\"TNTT_TU_VONG\",\"key\":\"kind:GiaoThong\"},{\"level\":1,\"label\":\"Bỏng\",\"code\":\"TNTT_TU_VONG\",\"key\":\"kind:Bong\"},{\"level\":1,\"label\":\"Ngã\",\"code\":\"TNTT_TU_VONG\",\"key\":\"kind:NgaTeNga\"},{\"level\":1,\"label\":\"Điện giật\",\"code\":\"TNTT_TU_VONG\",\"key\":\"kind:DienGiat\"},{\"level\":1,\"label\":\"Ngộ độc\",\"code\":\"TNTT_TU_VONG\",\"key\":\"kind:NgoDoc\"},{\"level\":1,\"label\":\"Động vật cắn\",\"code\":\"TNTT_TU_VONG\",\"key\":\"kind:VatNuoiCan\"},{\"level\":1,\"label\":\"Nguyên nhân khác\",\"code\":\"TNTT_TU_VONG\",\"key\":\"kind:Khac\"}]", "Công tác bảo vệ trẻ em", new DateTime(2021, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "", 1 },
                    { 3, 3, "[{\"level\":0,\"label\":\"Số lượt trẻ em được trợ giúp\",\"code\":\"TRO_GIUP_LUOT\",\"key\":\"\"},{\"level\":1,\"label\":\"Quà tặng\",\"code\":\"TRO_GIUP_LUOT\",\"key\":\"form:QUA\"},{\"level\":1,\"label\":\"Học bổng\",\"code\":\"TRO_GIUP_LUOT\",\"key\":\"form:HOCBONG\"},{\"level\":1,\"label\":\"Dụng cụ học tập\",\"code\":\"TRO_GIUP_LUOT\",\"key\":\"form:DUNGCU\"},{\"level\":1,\"label\":\"Xe đạp\",\"code\":\"TRO_GIUP_LUOT\",\"key\":\"form:XEDAP\"},{\"level\":1,\"label\":\"Tiền mặt\",\"code\":\"TRO_GIUP_LUOT\",\"key\":\"form:TIENMAT\"},{\"level\":1,\"label\":\"Thẻ bảo hiểm y tế\",\"code\":\"TRO_GIUP_LUOT\",\"key\":\"form:BHYT\"},{\"level\":1,\"label\":\"Sữa, dinh dưỡng\",\"code\":\"TRO_GIUP_LUOT\",\"key\":\"form:DINHDUONG\"},{\"level\":1,\"label\":\"Thăm hỏi khi thiên tai, rủi ro đột xuất\",\"code\":\"TRO_GIUP_LUOT\",\"key\":\"form:THAMHOI\"},{\"level\":1,\"label\":\"Trợ giúp pháp lý\",\"code\":\"TRO_GIUP_LUOT\",\"key\":\"form:PHAPLY\"},{\"level\":1,\"label\":\"Tư vấn, tham vấn\",\"code\":\"TRO_GIUP_LUOT\",\"key\":\"form:TUVAN\"},{\"level\":1,\"label\":\"Khám, chữa bệnh\",\"code\":\"TRO_GIUP_LUOT\",\"key\":\"form:KHAMCHUA\"},{\"level\":1,\"label\":\"Hình thức khác\",\"code\":\"TRO_GIUP_LUOT\",\"key\":\"form:KHAC\"},{\"level\":0,\"label\":\"Giá trị trợ giúp\",\"code\":\"TRO_GIUP_GIA_TRI\",\"key\":\"\"},{\"level\":0,\"label\":\"Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp\",\"code\":\"HCDB_TRO_GIUP_PT\",\"key\":\"\"},{\"level\":0,\"label\":\"Tỷ lệ trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt được trợ giúp\",\"code\":\"NGUY_CO_TRO_GIUP_PT\",\"key\":\"\"},{\"level\":0,\"label\":\"Tỷ lệ huyện tổ chức đủ các hoạt động, sự kiện\",\"code\":\"SU_KIEN_HUYEN_PT\",\"key\":\"\"},{\"level\":1,\"label\":\"Tháng hành động vì trẻ em\",\"code\":\"SU_KIEN_HUYEN_PT\",\"key\":\"event:ThangHanhDong\"},{\"level\":1,\"label\":\"Diễn đàn trẻ em\",\"code\":\"SU_KIEN_HUYEN_PT\",\"key\":\"event:DienDan\"},{\"level\":1,\"label\":\"Tết Trung thu\",\"code\":\"SU_KIEN_HUYEN_PT\",\"key\":\"event:TrungThu\"},{\"level\":0,\"label\":\"Số hoạt động truyền thông\",\"code\":\"TRUYEN_THONG_SO\",\"key\":\"\"},{\"level\":0,\"label\":\"Số lượt người được truyền thông\",\"code\":\"TRUYEN_THONG_LUOT\",\"key\":\"\"},{\"level\":0,\"label\":\"Tỷ lệ cán bộ làm công tác trẻ em được tập huấn\",\"code\":\"CAN_BO_TAP_HUAN_PT\",\"key\":\"\"},{\"level\":0,\"label\":\"Số trẻ em được khám sàng lọc\",\"code\":\"KHAM_SANG_LOC_SO\",\"key\":\"\"},{\"level\":0,\"label\":\"Số trẻ em được phẫu thuật\",\"code\":\"PHAU_THUAT_SO\",\"key\":\"\"},{\"level\":0,\"label\":\"Số trẻ em được chăm sóc thay thế\",\"code\":\"CHAM_SOC_THAY_THE_SO\",\"key\":\"\"}]", "Công tác chăm sóc, giáo dục và thực hiện quyền tham gia của trẻ em", new DateTime(2021, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "", 1 },
                    { 4, 4, "[{\"level\":0,\"label\":\"Kinh phí vận động cho Quỹ Bảo trợ trẻ em\",\"code\":\"QUY_VAN_DONG\",\"key\":\"\"},{\"level\":1,\"label\":\"Tiền mặt\",\"code\":\"QUY_VAN_DONG\",\"key\":\"kind:TienMat\"},{\"level\":1,\"label\":\"Hiện vật (quy đổi)\",\"code\":\"QUY_VAN_DONG\",\"key\":\"kind:HienVat\"},{\"level\":1,\"label\":\"Chương trình hỗ trợ\",\"code\":\"QUY_VAN_DONG\",\"key\":\"kind:ChuongTrinh\"},{\"level\":0,\"label\":\"Kinh phí Quỹ Bảo trợ trẻ em đã chi\",\"code\":\"QUY_CHI\",\"key\":\"\"},{\"level\":0,\"label\":\"Tổng kinh phí trợ giúp trẻ em\",\"code\":\"KINH_PHI_TRE_EM\",\"key\":\"\"},{\"level\":1,\"label\":\"Ngân sách trung ương\",\"code\":\"KINH_PHI_TRE_EM\",\"key\":\"source:NganSachTrungUong\"},{\"level\":1,\"label\":\"Ngân sách tỉnh\",\"code\":\"KINH_PHI_TRE_EM\",\"key\":\"source:NganSachTinh\"},{\"level\":1,\"label\":\"Ngân sách huyện\",\"code\":\"KINH_PHI_TRE_EM\",\"key\":\"source:NganSachHuyen\"},{\"level\":1,\"label\":\"Ngân sách xã\",\"code\":\"KINH_PHI_TRE_EM\",\"key\":\"source:NganSachXa\"},{\"level\":1,\"label\":\"Quỹ Bảo trợ trẻ em\",\"code\":\"KINH_PHI_TRE_EM\",\"key\":\"source:QuyBaoTro\"},{\"level\":1,\"label\":\"Nhà tài trợ\",\"code\":\"KINH_PHI_TRE_EM\",\"key\":\"source:NhaTaiTro\"},{\"level\":1,\"label\":\"Nguồn khác\",\"code\":\"KINH_PHI_TRE_EM\",\"key\":\"source:Khac\"}]", "Nguồn lực cho công tác trẻ em", new DateTime(2021, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "", 1 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_appendix_layouts_Number",
                table: "appendix_layouts",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plan_targets_PlanId",
                table: "plan_targets",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_ParentPlanId",
                table: "plans",
                column: "ParentPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_UnitId_Year",
                table: "plans",
                columns: new[] { "UnitId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_report_figures_ReportId_Code_Key",
                table: "report_figures",
                columns: new[] { "ReportId", "Code", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_report_periods_Year_Kind",
                table: "report_periods",
                columns: new[] { "Year", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_report_sections_ReportId_Key",
                table: "report_sections",
                columns: new[] { "ReportId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_report_transitions_ReportId",
                table: "report_transitions",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_reports_PeriodId_UnitId",
                table: "reports",
                columns: new[] { "PeriodId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reports_UnitId_Status",
                table: "reports",
                columns: new[] { "UnitId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "appendix_layouts");

            migrationBuilder.DropTable(
                name: "plan_targets");

            migrationBuilder.DropTable(
                name: "report_figures");

            migrationBuilder.DropTable(
                name: "report_sections");

            migrationBuilder.DropTable(
                name: "report_transitions");

            migrationBuilder.DropTable(
                name: "plans");

            migrationBuilder.DropTable(
                name: "reports");

            migrationBuilder.DropTable(
                name: "report_periods");
        }
    }
}
