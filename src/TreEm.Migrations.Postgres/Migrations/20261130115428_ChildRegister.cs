using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace TreEm.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ChildRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "at_risk_situations",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_at_risk_situations", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "ethnicities",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    NameSearch = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ethnicities", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "import_jobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    StoredFile = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    DryRun = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    TotalRows = table.Column<int>(type: "integer", nullable: false),
                    ProcessedRows = table.Column<int>(type: "integer", nullable: false),
                    CreatedRows = table.Column<int>(type: "integer", nullable: false),
                    UpdatedRows = table.Column<int>(type: "integer", nullable: false),
                    UnchangedRows = table.Column<int>(type: "integer", nullable: false),
                    ErrorRows = table.Column<int>(type: "integer", nullable: false),
                    ConvertedFrom = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ResultJson = table.Column<string>(type: "text", nullable: true),
                    Message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_import_jobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "special_circumstance_groups",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_special_circumstance_groups", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "children",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameSearch = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: true),
                    BirthYear = table.Column<int>(type: "integer", nullable: false),
                    IsBirthYearEstimated = table.Column<bool>(type: "boolean", nullable: false),
                    Sex = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    EthnicityCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    IdentityNumber = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Poverty = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Schooling = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    HasHealthInsurance = table.Column<bool>(type: "boolean", nullable: false),
                    DisabilityType = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    DisabilitySeverity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    HasCongenitalHeartDisease = table.Column<bool>(type: "boolean", nullable: false),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StatusDate = table.Column<DateOnly>(type: "date", nullable: true),
                    MergedIntoId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_children", x => x.Id);
                    table.ForeignKey(
                        name: "FK_children_children_MergedIntoId",
                        column: x => x.MergedIntoId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_children_ethnicities_EthnicityCode",
                        column: x => x.EthnicityCode,
                        principalTable: "ethnicities",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_children_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "special_circumstance_subgroups",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    GroupCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_special_circumstance_subgroups", x => x.Code);
                    table.ForeignKey(
                        name: "FK_special_circumstance_subgroups_special_circumstance_groups_~",
                        column: x => x.GroupCode,
                        principalTable: "special_circumstance_groups",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "caregivers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    Relation = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameSearch = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BirthYear = table.Column<int>(type: "integer", nullable: true),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    RelationshipText = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    IsMainCaregiver = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_caregivers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_caregivers_children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "child_merges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SurvivorId = table.Column<int>(type: "integer", nullable: false),
                    MergedId = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    MovedRecords = table.Column<string>(type: "text", nullable: false),
                    UndoneAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UndoneBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_child_merges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_child_merges_children_MergedId",
                        column: x => x.MergedId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_child_merges_children_SurvivorId",
                        column: x => x.SurvivorId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "child_status_changes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    FromUnitId = table.Column<int>(type: "integer", nullable: false),
                    ToUnitId = table.Column<int>(type: "integer", nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_child_status_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_child_status_changes_children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_child_status_changes_units_FromUnitId",
                        column: x => x.FromUnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_child_status_changes_units_ToUnitId",
                        column: x => x.ToUnitId,
                        principalTable: "units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "child_classifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    GroupCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    SubgroupCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    AtRiskCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_child_classifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_child_classifications_at_risk_situations_AtRiskCode",
                        column: x => x.AtRiskCode,
                        principalTable: "at_risk_situations",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_child_classifications_children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_child_classifications_special_circumstance_groups_GroupCode",
                        column: x => x.GroupCode,
                        principalTable: "special_circumstance_groups",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_child_classifications_special_circumstance_subgroups_Subgro~",
                        column: x => x.SubgroupCode,
                        principalTable: "special_circumstance_subgroups",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "at_risk_situations",
                columns: new[] { "Code", "IsActive", "Name", "NameEn", "SortOrder" },
                values: new object[,]
                {
                    { "NC01", true, "Trẻ em thuộc hộ nghèo, hộ cận nghèo", "Child of a poor or near-poor household", 1 },
                    { "NC02", true, "Trẻ em mồ côi cha hoặc mẹ", "Orphaned of one parent", 2 },
                    { "NC03", true, "Trẻ em có cha mẹ ly hôn, ly thân", "Parents divorced or separated", 3 },
                    { "NC04", true, "Trẻ em có cha hoặc mẹ đang chấp hành án phạt tù", "Parent in prison", 4 },
                    { "NC05", true, "Trẻ em có cha mẹ đi làm ăn xa, sống với người thân", "Left behind by migrant parents", 5 },
                    { "NC06", true, "Trẻ em sống trong gia đình có bạo lực gia đình", "Living with domestic violence", 6 },
                    { "NC07", true, "Trẻ em sống trong gia đình có người nghiện ma túy, nhiễm HIV/AIDS", "Household member with drug addiction or HIV/AIDS", 7 },
                    { "NC08", true, "Trẻ em có nguy cơ bỏ học", "At risk of dropping out", 8 },
                    { "NC09", true, "Trẻ em lao động sớm", "Working early", 9 },
                    { "NC10", true, "Trẻ em từng bị tai nạn, thương tích", "Had an accident or injury", 10 },
                    { "NC11", true, "Trẻ em tảo hôn hoặc có nguy cơ tảo hôn", "Child marriage or at risk of it", 11 }
                });

            migrationBuilder.InsertData(
                table: "ethnicities",
                columns: new[] { "Code", "Name", "NameSearch", "SortOrder" },
                values: new object[,]
                {
                    { "01", "Kinh", "kinh", 1 },
                    { "02", "Tày", "tay", 2 },
                    { "03", "Thái", "thai", 3 },
                    { "04", "Hoa", "hoa", 4 },
                    { "05", "Khơ-me", "kho-me", 5 },
                    { "06", "Mường", "muong", 6 },
                    { "07", "Nùng", "nung", 7 },
                    { "08", "Mông", "mong", 8 },
                    { "09", "Dao", "dao", 9 },
                    { "10", "Gia-rai", "gia-rai", 10 },
                    { "11", "Ngái", "ngai", 11 },
                    { "12", "Ê-đê", "e-de", 12 },
                    { "13", "Ba-na", "ba-na", 13 },
                    { "14", "Xơ-đăng", "xo-dang", 14 },
                    { "15", "Sán Chay", "san chay", 15 },
                    { "16", "Cơ-ho", "co-ho", 16 },
                    { "17", "Chăm", "cham", 17 },
                    { "18", "Sán Dìu", "san diu", 18 },
                    { "19", "Hrê", "hre", 19 },
                    { "20", "Mnông", "mnong", 20 },
                    { "21", "Ra-glai", "ra-glai", 21 },
                    { "22", "Xtiêng", "xtieng", 22 },
                    { "23", "Bru-Vân Kiều", "bru-van kieu", 23 },
                    { "24", "Thổ", "tho", 24 },
                    { "25", "Giáy", "giay", 25 },
                    { "26", "Cơ-tu", "co-tu", 26 },
                    { "27", "Gié-Triêng", "gie-trieng", 27 },
                    { "28", "Mạ", "ma", 28 },
                    { "29", "Khơ-mú", "kho-mu", 29 },
                    { "30", "Co", "co", 30 },
                    { "31", "Tà-ôi", "ta-oi", 31 },
                    { "32", "Chơ-ro", "cho-ro", 32 },
                    { "33", "Kháng", "khang", 33 },
                    { "34", "Xinh-mun", "xinh-mun", 34 },
                    { "35", "Hà Nhì", "ha nhi", 35 },
                    { "36", "Chu-ru", "chu-ru", 36 },
                    { "37", "Lào", "lao", 37 },
                    { "38", "La Chí", "la chi", 38 },
                    { "39", "La Ha", "la ha", 39 },
                    { "40", "Phù Lá", "phu la", 40 },
                    { "41", "La Hủ", "la hu", 41 },
                    { "42", "Lự", "lu", 42 },
                    { "43", "Lô Lô", "lo lo", 43 },
                    { "44", "Chứt", "chut", 44 },
                    { "45", "Mảng", "mang", 45 },
                    { "46", "Pà Thẻn", "pa then", 46 },
                    { "47", "Cờ Lao", "co lao", 47 },
                    { "48", "Cống", "cong", 48 },
                    { "49", "Bố Y", "bo y", 49 },
                    { "50", "Si La", "si la", 50 },
                    { "51", "Pu Péo", "pu peo", 51 },
                    { "52", "Brâu", "brau", 52 },
                    { "53", "Ơ-đu", "o-du", 53 },
                    { "54", "Rơ-măm", "ro-mam", 54 }
                });

            migrationBuilder.InsertData(
                table: "special_circumstance_groups",
                columns: new[] { "Code", "LegalBasis", "Name", "NameEn", "SortOrder", "ValidFrom", "ValidTo" },
                values: new object[,]
                {
                    { "a", "Luật Trẻ em 2016, Điều 10, khoản 1, điểm a", "Trẻ em mồ côi cả cha và mẹ", "Orphaned of both parents", 1, new DateOnly(2017, 6, 1), null },
                    { "b", "Luật Trẻ em 2016, Điều 10, khoản 1, điểm b", "Trẻ em bị bỏ rơi", "Abandoned", 2, new DateOnly(2017, 6, 1), null },
                    { "c", "Luật Trẻ em 2016, Điều 10, khoản 1, điểm c", "Trẻ em không nơi nương tựa", "Without anyone to rely on", 3, new DateOnly(2017, 6, 1), null },
                    { "d", "Luật Trẻ em 2016, Điều 10, khoản 1, điểm d", "Trẻ em khuyết tật", "With disabilities", 4, new DateOnly(2017, 6, 1), null },
                    { "đ", "Luật Trẻ em 2016, Điều 10, khoản 1, điểm đ", "Trẻ em nhiễm HIV/AIDS", "Living with HIV/AIDS", 5, new DateOnly(2017, 6, 1), null },
                    { "e", "Luật Trẻ em 2016, Điều 10, khoản 1, điểm e", "Trẻ em vi phạm pháp luật", "In conflict with the law", 6, new DateOnly(2017, 6, 1), null },
                    { "g", "Luật Trẻ em 2016, Điều 10, khoản 1, điểm g", "Trẻ em nghiện ma túy", "Drug-addicted", 7, new DateOnly(2017, 6, 1), null },
                    { "h", "Luật Trẻ em 2016, Điều 10, khoản 1, điểm h", "Trẻ em phải bỏ học kiếm sống chưa hoàn thành phổ cập giáo dục trung học cơ sở", "Dropped out of school to earn a living", 8, new DateOnly(2017, 6, 1), null },
                    { "i", "Luật Trẻ em 2016, Điều 10, khoản 1, điểm i", "Trẻ em bị tổn hại nghiêm trọng về thể chất và tinh thần do bị bạo lực", "Seriously harmed by violence", 9, new DateOnly(2017, 6, 1), null },
                    { "k", "Luật Trẻ em 2016, Điều 10, khoản 1, điểm k", "Trẻ em bị bóc lột", "Exploited", 10, new DateOnly(2017, 6, 1), null },
                    { "l", "Luật Trẻ em 2016, Điều 10, khoản 1, điểm l", "Trẻ em bị xâm hại tình dục", "Sexually abused", 11, new DateOnly(2017, 6, 1), null },
                    { "m", "Luật Trẻ em 2016, Điều 10, khoản 1, điểm m", "Trẻ em bị mua bán", "Trafficked", 12, new DateOnly(2017, 6, 1), null },
                    { "n", "Luật Trẻ em 2016, Điều 10, khoản 1, điểm n", "Trẻ em mắc bệnh hiểm nghèo hoặc bệnh phải điều trị dài ngày thuộc hộ nghèo hoặc hộ cận nghèo", "With a serious or long-treatment illness in a poor or near-poor household", 13, new DateOnly(2017, 6, 1), null },
                    { "o", "Luật Trẻ em 2016, Điều 10, khoản 1, điểm o", "Trẻ em di cư, trẻ em lánh nạn, tị nạn chưa xác định được cha mẹ hoặc không có người chăm sóc", "Migrant or refugee without known parents or caregiver", 14, new DateOnly(2017, 6, 1), null }
                });

            migrationBuilder.InsertData(
                table: "special_circumstance_subgroups",
                columns: new[] { "Code", "GroupCode", "LegalBasis", "Name", "SortOrder", "ValidFrom", "ValidTo" },
                values: new object[,]
                {
                    { "a.1", "a", "Nghị định 56/2017/NĐ-CP, Điều 3, khoản 1", "Mồ côi cả cha và mẹ, không có người chăm sóc", 1, new DateOnly(2017, 6, 1), null },
                    { "a.2", "a", "Nghị định 56/2017/NĐ-CP, Điều 3, khoản 2", "Mồ côi cả cha và mẹ, được nuôi dưỡng trong cơ sở cung cấp dịch vụ bảo vệ trẻ em hoặc cơ sở trợ giúp xã hội", 2, new DateOnly(2017, 6, 1), null },
                    { "a.3", "a", "Nghị định 56/2017/NĐ-CP, Điều 3, khoản 3", "Mồ côi cả cha và mẹ, sống với người thân thích", 3, new DateOnly(2017, 6, 1), null },
                    { "a.4", "a", "Nghị định 56/2017/NĐ-CP, Điều 3, khoản 4", "Mồ côi cả cha và mẹ, được nhận chăm sóc thay thế bởi cá nhân, gia đình không phải người thân thích", 4, new DateOnly(2017, 6, 1), null },
                    { "b.1", "b", "Nghị định 56/2017/NĐ-CP, Điều 4", "Bị bỏ rơi, chưa được chăm sóc thay thế", 5, new DateOnly(2017, 6, 1), null },
                    { "b.2", "b", "Nghị định 56/2017/NĐ-CP, Điều 4", "Bị bỏ rơi, đã được chăm sóc thay thế", 6, new DateOnly(2017, 6, 1), null },
                    { "l.1", "l", "Nghị định 56/2017/NĐ-CP, Điều 13", "Bị hiếp dâm", 7, new DateOnly(2017, 6, 1), null },
                    { "l.2", "l", "Nghị định 56/2017/NĐ-CP, Điều 13", "Bị cưỡng dâm", 8, new DateOnly(2017, 6, 1), null },
                    { "l.3", "l", "Nghị định 56/2017/NĐ-CP, Điều 13", "Bị giao cấu", 9, new DateOnly(2017, 6, 1), null },
                    { "l.4", "l", "Nghị định 56/2017/NĐ-CP, Điều 13", "Bị dâm ô", 10, new DateOnly(2017, 6, 1), null },
                    { "l.5", "l", "Nghị định 56/2017/NĐ-CP, Điều 13", "Bị sử dụng vào mục đích mại dâm, khiêu dâm dưới mọi hình thức", 11, new DateOnly(2017, 6, 1), null }
                });

            migrationBuilder.CreateIndex(
                name: "IX_caregivers_ChildId",
                table: "caregivers",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_caregivers_NameSearch",
                table: "caregivers",
                column: "NameSearch");

            migrationBuilder.CreateIndex(
                name: "IX_child_classifications_AtRiskCode",
                table: "child_classifications",
                column: "AtRiskCode");

            migrationBuilder.CreateIndex(
                name: "IX_child_classifications_ChildId",
                table: "child_classifications",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_child_classifications_GroupCode",
                table: "child_classifications",
                column: "GroupCode");

            migrationBuilder.CreateIndex(
                name: "IX_child_classifications_Kind_GroupCode",
                table: "child_classifications",
                columns: new[] { "Kind", "GroupCode" });

            migrationBuilder.CreateIndex(
                name: "IX_child_classifications_SubgroupCode",
                table: "child_classifications",
                column: "SubgroupCode");

            migrationBuilder.CreateIndex(
                name: "IX_child_merges_MergedId",
                table: "child_merges",
                column: "MergedId");

            migrationBuilder.CreateIndex(
                name: "IX_child_merges_SurvivorId",
                table: "child_merges",
                column: "SurvivorId");

            migrationBuilder.CreateIndex(
                name: "IX_child_status_changes_ChildId",
                table: "child_status_changes",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_child_status_changes_FromUnitId",
                table: "child_status_changes",
                column: "FromUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_child_status_changes_ToUnitId",
                table: "child_status_changes",
                column: "ToUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_children_BirthYear",
                table: "children",
                column: "BirthYear");

            migrationBuilder.CreateIndex(
                name: "IX_children_EthnicityCode",
                table: "children",
                column: "EthnicityCode");

            migrationBuilder.CreateIndex(
                name: "IX_children_IdentityNumber",
                table: "children",
                column: "IdentityNumber",
                unique: true,
                filter: "\"IdentityNumber\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_children_MergedIntoId",
                table: "children",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_children_NameSearch",
                table: "children",
                column: "NameSearch");

            migrationBuilder.CreateIndex(
                name: "IX_children_NameSearch_BirthYear",
                table: "children",
                columns: new[] { "NameSearch", "BirthYear" });

            migrationBuilder.CreateIndex(
                name: "IX_children_UnitId_Status",
                table: "children",
                columns: new[] { "UnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_import_jobs_Status_CreatedAt",
                table: "import_jobs",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_special_circumstance_subgroups_GroupCode",
                table: "special_circumstance_subgroups",
                column: "GroupCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "caregivers");

            migrationBuilder.DropTable(
                name: "child_classifications");

            migrationBuilder.DropTable(
                name: "child_merges");

            migrationBuilder.DropTable(
                name: "child_status_changes");

            migrationBuilder.DropTable(
                name: "import_jobs");

            migrationBuilder.DropTable(
                name: "at_risk_situations");

            migrationBuilder.DropTable(
                name: "special_circumstance_subgroups");

            migrationBuilder.DropTable(
                name: "children");

            migrationBuilder.DropTable(
                name: "special_circumstance_groups");

            migrationBuilder.DropTable(
                name: "ethnicities");
        }
    }
}
