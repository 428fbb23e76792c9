using System.Net;
using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Children;
using TreEm.Domain.Importing;
using TreEm.Tests.Infrastructure;
using static TreEm.Tests.Pages.Children.ImportTestSupport;

namespace TreEm.Tests.Pages.Children;

/// <summary>A file with one bad row of each kind: every problem is listed with its row and column, only the
/// good rows are written.</summary>
public class ImportFindingsTests(ImportApp app) : IClassFixture<ImportApp>
{
    private static readonly ChildColumn[] Columns =
    [
        ChildColumn.FullName, ChildColumn.DateOfBirth, ChildColumn.BirthYear, ChildColumn.Sex, ChildColumn.Ethnicity,
        ChildColumn.IdentityNumber, ChildColumn.UnitCode, ChildColumn.Groups,
    ];

    private static string[] Row(string name, string dob, string sex = "Nam", string ethnicity = "10", string id = "", string unit = "23944-01", string groups = "", string year = "") =>
        [name, dob, year, sex, ethnicity, id, unit, groups];

    private static byte[] BadFile(string tag) => Utf8(Csv(Columns,
        Row($"Y Tốt Một {tag}", "01/02/2018"),                            // 2 good
        Row("", "01/02/2018"),                                            // 3 missing name
        Row("Rơ Sai Ngày", "31/02/2018"),                                 // 4 bad date
        Row("Rơ Sai Đơn Vị", "01/02/2018", unit: "99999"),                // 5 unknown unit
        Row("Rơ Ngoài Xã", "01/02/2018", unit: "23977-01"),               // 6 unit out of the user's scope
        Row("Rơ Sai Dân Tộc", "01/02/2018", ethnicity: "Sao Hỏa"),        // 7 unknown ethnicity
        Row("Rơ Trùng Số", "01/02/2018", id: "064216000777", unit: "23944-02"), // 8 same number as a child of Ia Ko
        Row("Lê Văn Trùng", "05/06/2017", unit: "23944"),                 // 9 same name and birth date as a child of Ia Ko
        Row($"Y Tốt Một {tag}", "01/02/2018", unit: "23944-03"),          // 10 the same child as row 2 (same commune)
        Row("Rơ Sai Nhóm", "01/02/2018", groups: "a, f"),                 // 11 no group "f"
        Row("Rơ Tương Lai", "01/01/2027"),                                // 12 born in the future
        Row("Rơ Lớn Tuổi", "01/01/2008"),                                 // 13 sixteen or older
        Row("Rơ Sai Giới", "01/02/2018", sex: "X"),                       // 14 bad sex
        Row($"Y Tốt Hai {tag}", "", year: "2020", sex: "Nữ", ethnicity: "Kinh"))); // 15 good

    private static readonly (int Row, ChildColumn Column)[] Expected =
    [
        (3, ChildColumn.FullName), (4, ChildColumn.DateOfBirth), (5, ChildColumn.UnitCode), (6, ChildColumn.UnitCode),
        (7, ChildColumn.Ethnicity), (8, ChildColumn.IdentityNumber), (9, ChildColumn.FullName), (10, ChildColumn.FullName),
        (11, ChildColumn.Groups), (12, ChildColumn.DateOfBirth), (13, ChildColumn.DateOfBirth), (14, ChildColumn.Sex),
    ];

    private async Task SeedIaKoAsync()
    {
        if (await app.WithDbAsync(db => db.Children.AnyAsync(c => c.IdentityNumber == "064216000777"))) return;
        await app.CreateChildAsync("23977-01", "Ksor Có Số", new DateOnly(2016, 3, 3), identityNumber: "064216000777");
        await app.CreateChildAsync("23977", "Lê Văn Trùng", new DateOnly(2017, 6, 5));
    }

    [Fact]
    public async Task DryRun_OneBadRowOfEachKind_ListsEachWithRowAndColumn()
    {
        await SeedIaKoAsync();
        var client = await app.SignInAsync("xa.iatiem");

        var (job, html) = await app.ImportAsync(client, "loi.csv", BadFile("Thử"), dryRun: true);

        Assert.Equal(ImportJobStatus.Completed, job.Status);
        Assert.Equal((14, 2, 12), (job.TotalRows, job.CreatedRows, job.ErrorRows));
        var findings = Findings(html);
        Assert.Equal(Expected.Select(e => (e.Row, Header(e.Column))), findings);
        var text = WebUtility.HtmlDecode(html);
        Assert.Contains("Vui lòng nhập họ và tên.", text, StringComparison.Ordinal);
        Assert.Contains("Ngày sinh «31/02/2018» không hợp lệ", text, StringComparison.Ordinal);
        Assert.Contains("Không có đơn vị mã «99999»", text, StringComparison.Ordinal);
        Assert.Contains("Đơn vị «23977-01» (Làng Ia Ko 1) nằm ngoài phạm vi bạn được nhập trẻ em.", text, StringComparison.Ordinal);
        Assert.Contains("Không có dân tộc «Sao Hỏa»", text, StringComparison.Ordinal);
        // The commune worker of Ia Tiêm does not see the register of Ia Ko: no name is given.
        Assert.Contains("Trùng số định danh với một hồ sơ đã có ở đơn vị ngoài phạm vi của bạn.", text, StringComparison.Ordinal);
        Assert.Contains("Trùng họ tên và ngày sinh với một hồ sơ đã có ở đơn vị ngoài phạm vi của bạn.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ksor Có Số", text, StringComparison.Ordinal);
        Assert.Contains("Trùng họ tên, ngày sinh và xã với dòng 2 của tệp.", text, StringComparison.Ordinal);
        Assert.Contains("Nhóm «f» không có trong 14 nhóm", text, StringComparison.Ordinal);
        Assert.Contains("Ngày sinh không được ở tương lai.", text, StringComparison.Ordinal);
        Assert.Contains("Trẻ đã đủ 16 tuổi", text, StringComparison.Ordinal);
        Assert.Contains("Giới tính «X» không hợp lệ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commit_OneBadRowOfEachKind_WritesOnlyTheGoodRows()
    {
        await SeedIaKoAsync();
        var client = await app.SignInAsync("xa.iatiem");
        var before = await app.WithDbAsync(db => db.Children.CountAsync());

        var (job, html) = await app.ImportAsync(client, "loi-ghi.csv", BadFile("Ghi"), dryRun: false);

        Assert.Equal((2, 12), (job.CreatedRows, job.ErrorRows));
        Assert.Equal(Expected.Select(e => (e.Row, Header(e.Column))), Findings(html));
        Assert.Equal(before + 2, await app.WithDbAsync(db => db.Children.CountAsync()));
        var written = await app.WithDbAsync(db => db.Children.Where(c => c.FullName.StartsWith("Y Tốt")).Select(c => c.FullName).ToListAsync());
        Assert.Equal(["Y Tốt Hai Ghi", "Y Tốt Một Ghi"], written.Order(StringComparer.Ordinal));
        Assert.False(await app.WithDbAsync(db => db.Children.AnyAsync(c => c.FullName.StartsWith("Rơ "))));
        Assert.Equal(1, await app.WithDbAsync(db => db.Children.CountAsync(c => c.IdentityNumber == "064216000777")));
    }

    [Fact]
    public async Task DryRun_DuplicateInAnotherCommuneTheUserSees_NamesTheRecord()
    {
        await SeedIaKoAsync();
        var other = await app.WithDbAsync(db => db.Children.SingleAsync(c => c.IdentityNumber == "064216000777"));
        var client = await app.SignInAsync("huyen.chuse");

        var (job, html) = await app.ImportAsync(client, "huyen.csv", Utf8(Csv(Columns,
            Row("Ksor Có Số", "03/03/2016", id: "064216000777", unit: "23944-02"))), dryRun: true);

        Assert.Equal(1, job.ErrorRows);
        Assert.Equal([(2, Header(ChildColumn.IdentityNumber))], Findings(html));
        Assert.Contains($"Trùng số định danh với trẻ «Ksor Có Số» (hồ sơ số {other.Id}, Làng Ia Ko 1) đã có trong sổ.", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commit_RowOfAVillageCollaboratorOutsideTheirVillage_IsRefused()
    {
        var client = await app.SignInAsync("ctv.iatiem");

        var (job, html) = await app.ImportAsync(client, "ctv.csv", Utf8(Csv(Columns,
            Row("Y Làng Một", "01/02/2019", unit: "23944-01"),
            Row("Y Làng Hai", "01/02/2019", unit: "23944-02"))), dryRun: false);

        Assert.Equal((1, 1), (job.CreatedRows, job.ErrorRows));
        Assert.Equal([(3, Header(ChildColumn.UnitCode))], Findings(html));
        Assert.True(await app.WithDbAsync(db => db.Children.AnyAsync(c => c.FullName == "Y Làng Một")));
        Assert.False(await app.WithDbAsync(db => db.Children.AnyAsync(c => c.FullName == "Y Làng Hai")));
    }
}
