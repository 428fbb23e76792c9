using TreEm.Domain.Children;
using TreEm.Domain.Importing;

namespace TreEm.Tests.Domain.Importing;

public class ChildRowMapperTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);
    private static readonly ChildRowMapper Mapper = new(ChildImportCatalogues.Standard);

    private static MappedChildRow Map(params (ChildColumn Column, string Value)[] cells)
    {
        var all = new Dictionary<ChildColumn, string>
        {
            [ChildColumn.FullName] = "Nguyễn Văn An",
            [ChildColumn.DateOfBirth] = "17/05/2016",
            [ChildColumn.Sex] = "Nam",
            [ChildColumn.Ethnicity] = "01",
            [ChildColumn.UnitCode] = "23944-01",
        };
        foreach (var (c, v) in cells) all[c] = v;
        var m = Mapper.Map(7, all);
        m.AddValidation(m.ToDraft(), Today, ChildImportCatalogues.Standard.EthnicityCodes.Contains);
        return m;
    }

    private static string Header(ChildColumn c) => ChildImportTemplate.Header(c);

    [Fact]
    public void Map_ValidRow_FillsTheDraft()
    {
        var m = Map((ChildColumn.FatherName, "Nguyễn Văn Bình"), (ChildColumn.FatherBirthYear, "1988"),
            (ChildColumn.MotherName, "Trần Thị Cúc"), (ChildColumn.CaregiverPhone, "912345678"),
            (ChildColumn.IdentityNumber, "64216000123"), (ChildColumn.Poverty, "Cận nghèo"), (ChildColumn.Groups, "a.3, D; đ"),
            (ChildColumn.AtRisk, "nc01"), (ChildColumn.Disability, "vận động"));

        Assert.Empty(m.Errors);
        var d = m.ToDraft();
        Assert.Equal(new DateOnly(2016, 5, 17), d.DateOfBirth);
        Assert.Equal(Sex.Nam, d.Sex);
        Assert.Equal("01", d.EthnicityCode);
        // Excel dropped the leading zeros of the number and of the phone.
        Assert.Equal("064216000123", d.IdentityNumber);
        Assert.Equal(PovertyStatus.CanNgheo, d.Poverty);
        Assert.Equal(DisabilityType.VanDong, d.DisabilityType);
        Assert.Equal([("a", "a.3"), ("d", null), ("đ", null)], m.Groups);
        Assert.Equal(["NC01"], m.AtRisk);
        var mother = d.Caregivers.Single(g => g.Relation == CaregiverRelation.Me);
        Assert.True(mother.IsMainCaregiver);
        Assert.Equal("0912345678", mother.Phone);
        Assert.Equal(1988, d.Caregivers.Single(g => g.Relation == CaregiverRelation.Cha).BirthYear);
    }

    [Theory]
    [InlineData("Gia-rai", "10")]
    [InlineData("gia rai", "10")]
    [InlineData("Jrai", "10")]
    [InlineData("Ba Na", "13")]
    [InlineData("Bahnar", "13")]
    [InlineData("KINH", "01")]
    [InlineData("1", "01")]
    [InlineData("54", "54")]
    public void Map_Ethnicity_ByCodeOrName(string cell, string code) =>
        Assert.Equal(code, Map((ChildColumn.Ethnicity, cell)).EthnicityCode);

    [Theory]
    [InlineData("42507")]
    [InlineData("2016-05-17")]
    [InlineData("17-05-2016")]
    [InlineData("17.5.2016")]
    public void Map_DateOfBirth_InTheUsualForms(string cell) =>
        Assert.Equal(new DateOnly(2016, 5, 17), Map((ChildColumn.DateOfBirth, cell)).DateOfBirth);

    [Theory]
    [InlineData(ChildColumn.DateOfBirth, "31/02/2016", "Ngày sinh «31/02/2016» không hợp lệ")]
    [InlineData(ChildColumn.DateOfBirth, "2016", "Nếu chỉ biết năm sinh")]
    [InlineData(ChildColumn.DateOfBirth, "01/01/2027", "Ngày sinh không được ở tương lai.")]
    [InlineData(ChildColumn.DateOfBirth, "30/11/2010", "Trẻ đã đủ 16 tuổi")]
    [InlineData(ChildColumn.Sex, "X", "Giới tính «X» không hợp lệ")]
    [InlineData(ChildColumn.Sex, "", "Vui lòng chọn giới tính.")]
    [InlineData(ChildColumn.Ethnicity, "Kinh Mới", "Không có dân tộc «Kinh Mới»")]
    [InlineData(ChildColumn.FullName, "", "Vui lòng nhập họ và tên.")]
    [InlineData(ChildColumn.UnitCode, "", "Vui lòng chọn thôn hoặc xã")]
    [InlineData(ChildColumn.IdentityNumber, "12345", "Số định danh phải gồm 12 chữ số")]
    [InlineData(ChildColumn.Groups, "a, f", "Nhóm «f» không có trong 14 nhóm")]
    [InlineData(ChildColumn.AtRisk, "NC99", "Không có mã nguy cơ «NC99»")]
    [InlineData(ChildColumn.Poverty, "giàu", "«giàu» không hợp lệ")]
    [InlineData(ChildColumn.Disability, "hơi", "«hơi» không hợp lệ")]
    [InlineData(ChildColumn.FatherBirthYear, "19x8", "Năm sinh «19x8» không hợp lệ")]
    public void Map_BadCell_IsReportedOnItsColumn(ChildColumn column, string cell, string message)
    {
        var m = Map((column, cell), (ChildColumn.FatherName, "Nguyễn Văn Bình"));

        var error = Assert.Single(m.Errors);
        Assert.Equal(7, error.Row);
        Assert.Equal(Header(column), error.Column);
        Assert.Contains(message, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_NoDateAndNoYear_AsksForOneOnTheDateColumn()
    {
        var m = Map((ChildColumn.DateOfBirth, ""));
        Assert.Equal((Header(ChildColumn.DateOfBirth), "Cần nhập ngày sinh hoặc năm sinh ước tính."), (Assert.Single(m.Errors).Column, m.Errors[0].Reason));
    }

    [Fact]
    public void Map_YearThatDisagreesWithTheDate_IsReported()
    {
        var m = Map((ChildColumn.BirthYear, "2015"));
        Assert.Equal(Header(ChildColumn.BirthYear), Assert.Single(m.Errors).Column);
    }

    [Fact]
    public void OverlayOn_EmptyCellsKeepTheRegistersValues()
    {
        var existing = new ChildDraft
        {
            FullName = "Nguyễn Văn An", DateOfBirth = new DateOnly(2016, 5, 17), Sex = Sex.Nam, EthnicityCode = "01",
            IdentityNumber = "064216000123", UnitCode = "23944-01", Address = "Làng Tiêm", Poverty = PovertyStatus.Ngheo,
            Schooling = SchoolingStatus.TieuHoc, HasHealthInsurance = true, Notes = "Cũ",
            Caregivers = [new CaregiverDraft { Relation = CaregiverRelation.Me, FullName = "Trần Thị Cúc", Phone = "0911111111", IsMainCaregiver = true }],
        };
        var m = Map((ChildColumn.MotherName, "Trần Thị Cúc"), (ChildColumn.MotherBirthYear, "1990"), (ChildColumn.UnitCode, "23944-02"));

        var d = m.OverlayOn(existing);

        Assert.Equal(("064216000123", "Làng Tiêm", PovertyStatus.Ngheo, "Cũ", "23944-02"), (d.IdentityNumber, d.Address, d.Poverty, d.Notes, d.UnitCode));
        Assert.Equal((SchoolingStatus.TieuHoc, true), (d.Schooling, d.HasHealthInsurance));
        var mother = Assert.Single(d.Caregivers);
        Assert.Equal((1990, "0911111111", true), (mother.BirthYear, mother.Phone, mother.IsMainCaregiver));
    }

    [Theory]
    [InlineData("Họ và tên", ChildColumn.FullName)]
    [InlineData("HO VA TEN", ChildColumn.FullName)]
    [InlineData("  họ tên trẻ ", ChildColumn.FullName)]
    [InlineData("Ngày sinh", ChildColumn.DateOfBirth)]
    [InlineData("Giới tính", ChildColumn.Sex)]
    [InlineData("Dân tộc", ChildColumn.Ethnicity)]
    [InlineData("Mã đơn vị", ChildColumn.UnitCode)]
    [InlineData("SĐT", ChildColumn.CaregiverPhone)]
    [InlineData("Hä vµ tªn", ChildColumn.FullName)]
    [InlineData("Hoï vaø teân", ChildColumn.FullName)]
    [InlineData("Giíi tÝnh (Nam/N÷)", ChildColumn.Sex)]
    public void Template_RecognisesHeaders(string header, ChildColumn column) =>
        Assert.Equal(column, ChildImportTemplate.Match(header));

    [Fact]
    public void Template_MissingHeaders_NamesTheRequiredOnes()
    {
        Assert.Empty(ChildImportTemplate.MissingHeaders([ChildColumn.FullName, ChildColumn.BirthYear, ChildColumn.Sex, ChildColumn.Ethnicity, ChildColumn.UnitCode]));
        Assert.Equal(["Họ và tên", "Ngày sinh (dd/mm/yyyy) hoặc Năm sinh (nếu không rõ ngày)", "Mã đơn vị (thôn hoặc xã)"],
            ChildImportTemplate.MissingHeaders([ChildColumn.Sex, ChildColumn.Ethnicity]));
    }
}
