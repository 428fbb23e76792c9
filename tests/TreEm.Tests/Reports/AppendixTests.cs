using System.Net;
using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Domain.Reports;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Reports;

public class AppendixTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static AppendixLayout Layout(params AppendixRow[] rows) =>
        new() { Number = 9, Title = "Thử", RowsJson = AppendixRows.Serialize(rows) };

    private static ReportFigure F(string code, decimal? value, decimal? previous, string key = "", decimal? numerator = null) =>
        new() { Code = code, Key = key, Value = value, PreviousValue = previous, Numerator = numerator };

    // ---- Build and format ----------------------------------------------------------------------------------------

    [Fact]
    public void Build_FillsRowsFromFigures_MissingFigureShowsDash()
    {
        var table = AppendixTable.Build(Layout(
                new(0, "Tổng số trẻ em", "TE_SO_TRE", ""),
                new(1, "Trẻ em nữ", "TE_SO_TRE", "sex:Nu"),
                new(0, "Số trẻ em khuyết tật", "TE_KHUYET_TAT", "")),
            [F("TE_SO_TRE", 1234, 1200), F("TE_SO_TRE", 600, null, "sex:Nu")]);
        var lines = table.Lines();
        Assert.Equal(["1", "Tổng số trẻ em", "trẻ em", "1.234", "1.200", "+34"], lines[0].Texts);
        Assert.Equal(["-", "Trẻ em nữ", "trẻ em", "600", "-", "-"], lines[1].Texts);
        Assert.Equal(["2", "Số trẻ em khuyết tật", "trẻ em", "-", "-", "-"], lines[2].Texts);
        Assert.Null(table.Rows[2].Value);
    }

    [Fact]
    public void Build_PercentOneDecimalAndAmountThousands_InVietnameseFormat()
    {
        var table = AppendixTable.Build(Layout(
                new(0, "Tỷ lệ", "HCDB_TRO_GIUP_PT", ""),
                new(0, "Vận động", "QUY_VAN_DONG", "")),
            [F("HCDB_TRO_GIUP_PT", 97.24m, 98.5m), F("QUY_VAN_DONG", 3_500_000_000m, 4_000_000_000m)]);
        var lines = table.Lines();
        Assert.Equal(["1", "Tỷ lệ", "%", "97,2", "98,5", "-1,3"], lines[0].Texts);
        Assert.Equal(["2", "Vận động", "đồng", "3.500.000.000", "4.000.000.000", "-500.000.000"], lines[1].Texts);
    }

    [Fact]
    public void Lines_PublicVersion_HidesCountsFromOneToFourOnly()
    {
        var table = AppendixTable.Build(Layout(
                new(0, "Ba", "TE_BI_XAM_HAI", ""),
                new(0, "Bảy", "HCDB_SO_TRE", ""),
                new(0, "Không", "VU_VIEC_SO", ""),
                new(0, "Tỷ lệ ít", "XAM_HAI_KIP_THOI_PT", ""),
                new(0, "Tiền", "QUY_CHI", "")),
            [
                F("TE_BI_XAM_HAI", 3, 9), F("HCDB_SO_TRE", 7, 2), F("VU_VIEC_SO", 0, 0),
                F("XAM_HAI_KIP_THOI_PT", 75m, 50m, numerator: 3), F("QUY_CHI", 4, 1),
            ]);
        var lines = table.Lines(publicVersion: true);
        Assert.Equal(["<5", "9", "*"], lines[0].Texts.Skip(3));
        Assert.Equal(["7", "<5", "*"], lines[1].Texts.Skip(3));
        Assert.Equal(["0", "0", "0"], lines[2].Texts.Skip(3));
        Assert.Equal(["*", "50,0", "*"], lines[3].Texts.Skip(3));
        Assert.Equal(["4", "1", "+3"], lines[4].Texts.Skip(3));
        // The full version shows everything.
        Assert.Equal(["3", "9", "-6"], table.Lines()[0].Texts.Skip(3));
    }

    [Fact]
    public void Build_HeadingRow_HasNoFigure()
    {
        var table = AppendixTable.Build(Layout(new(0, "A. TRẺ EM", null, ""), new(0, "Tổng số", "TE_SO_TRE", "")), [F("TE_SO_TRE", 5, 4)]);
        Assert.True(table.Rows[0].IsHeading);
        Assert.Equal(["1", "A. TRẺ EM", "", "", "", ""], table.Lines()[0].Texts);
        Assert.Equal("5", table.Lines()[1].Value);
    }

    // ---- Rows as text --------------------------------------------------------------------------------------------

    [Fact]
    public void ParseText_ValidLines_ReadsLevelsCodesAndKeys()
    {
        var (rows, errors) = AppendixRows.ParseText("0 | TRẺ EM\n\n0 | Tổng số | te_so_tre\r\n1 | Nữ | TE_SO_TRE | sex:Nu\n");
        Assert.Empty(errors);
        Assert.Equal(
            [new AppendixRow(0, "TRẺ EM", null, ""), new AppendixRow(0, "Tổng số", "TE_SO_TRE", ""), new AppendixRow(1, "Nữ", "TE_SO_TRE", "sex:Nu")],
            rows);
    }

    [Theory]
    [InlineData("0 | Tổng số | KHONG_CO", 1, "KHONG_CO")]
    [InlineData("0 | Tổng số | TE_SO_TRE\nmột dòng sai", 2, "cần dạng")]
    [InlineData("0 | Tổng số | TE_SO_TRE\n\n5 | Sâu quá | TE_SO_TRE", 3, "cấp")]
    [InlineData("1 | Nữ | TE_SO_TRE | form:QUA", 1, "không chia theo")]
    [InlineData("1 | Nữ | TE_SO_TRE | Nu", 1, "chiều:giá trị")]
    [InlineData("1 |  | TE_SO_TRE", 1, "thiếu tên")]
    public void ParseText_BadLine_IsRefusedWithItsNumber(string text, int line, string fragment)
    {
        var (_, errors) = AppendixRows.ParseText(text);
        var error = Assert.Single(errors);
        Assert.Equal(line, error.Line);
        Assert.StartsWith($"Dòng {line}:", error.Message, StringComparison.Ordinal);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextAndJson_RoundTrip()
    {
        var rows = AppendixRows.Defaults[1].Rows;
        var (again, errors) = AppendixRows.ParseText(AppendixRows.ToText(rows));
        Assert.Empty(errors);
        Assert.Equal(rows, again);
        Assert.Equal(rows, AppendixRows.Parse(AppendixRows.Serialize(rows)));
    }

    [Fact]
    public void Defaults_FourLayouts_EveryRowValid_EveryAppendixIndicatorUsed()
    {
        Assert.Equal([1, 2, 3, 4], AppendixRows.Defaults.Select(d => d.Number));
        Assert.All(AppendixRows.Defaults.SelectMany(d => d.Rows), r => Assert.Null(AppendixRows.Check(r)));
        var used = AppendixRows.Defaults.SelectMany(d => d.Rows).Select(r => r.Code).ToHashSet();
        Assert.All(TreEm.Data.Indicators.IndicatorCatalogue.All.Where(d => d.Appendix > 0), d => Assert.Contains(d.Code, used));
        // Appendix 2 breaks abused children down by the case's abuse forms, and appendix 1 has the 14 groups.
        Assert.Contains(AppendixRows.Defaults[1].Rows, r => r is { Code: "TE_BI_XAM_HAI", Key: "form:XamHaiTinhDuc" });
        Assert.Equal(14, AppendixRows.Defaults[0].Rows.Count(r => r.Key.StartsWith("group:", StringComparison.Ordinal)));
    }

    // ---- Seed and admin pages ------------------------------------------------------------------------------------

    [Fact]
    public async Task Install_HasTheFourDefaultLayouts()
    {
        var layouts = await app.WithDbAsync(db => db.AppendixLayouts.AsNoTracking().OrderBy(a => a.Number).ToListAsync());
        Assert.Equal([1, 2, 3, 4], layouts.Select(a => a.Number));
        Assert.Contains(AppendixRows.Parse(layouts[0].RowsJson), r => r is { Code: "HCDB_SO_TRE", Key: "group:a" });
    }

    [Fact]
    public async Task Index_Administrator_ListsTheLayouts()
    {
        var client = await app.SignInAsync("admin");
        var html = await client.GetStringAsync("/reports/appendices");
        Assert.Contains("data-number=\"4\"", html, StringComparison.Ordinal);
        Assert.Contains("Nguồn lực cho công tác trẻ em", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/reports/appendices")]
    [InlineData("/reports/appendices/1")]
    public async Task Pages_NotAdministrator_AreForbidden(string url)
    {
        var client = await app.SignInAsync("tinh");
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/loi/403", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Edit_UnknownNumber_Returns404()
    {
        var client = await app.SignInAsync("admin");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/reports/appendices/7")).StatusCode);
    }

    [Fact]
    public async Task Edit_ValidRows_SavesNewVersionAndAudits()
    {
        var client = await app.SignInAsync("admin");
        var before = await app.WithDbAsync(db => db.AppendixLayouts.AsNoTracking().SingleAsync(a => a.Number == 3));
        var response = await client.PostFormAsync("/reports/appendices/3", new()
        {
            ["Input.Title"] = "Chăm sóc, giáo dục (sửa)",
            ["Input.Rows"] = "0 | CHĂM SÓC\n0 | Tỷ lệ HCĐB được trợ giúp | HCDB_TRO_GIUP_PT\n1 | Chư Sê | HCDB_TRO_GIUP_PT | unit:633",
            ["Input.Version"] = before.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/reports/appendices", response.Headers.Location!.OriginalString);

        var after = await app.WithDbAsync(db => db.AppendixLayouts.AsNoTracking().SingleAsync(a => a.Number == 3));
        Assert.Equal("Chăm sóc, giáo dục (sửa)", after.Title);
        Assert.Equal(before.Version + 1, after.Version);
        Assert.Equal("admin", after.UpdatedBy);
        Assert.Equal(
            [new AppendixRow(0, "CHĂM SÓC", null, ""), new AppendixRow(0, "Tỷ lệ HCĐB được trợ giúp", "HCDB_TRO_GIUP_PT", ""),
             new AppendixRow(1, "Chư Sê", "HCDB_TRO_GIUP_PT", "unit:633")],
            AppendixRows.Parse(after.RowsJson));
        var key = after.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var audited = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .AnyAsync(e => e.Entity == "AppendixLayout" && e.Action == AuditAction.Update && e.Key == key));
        Assert.True(audited);

        // A second save with the old version is refused: someone else saved in between.
        var stale = await client.PostFormAsync("/reports/appendices/3", new()
        {
            ["Input.Title"] = "Cũ",
            ["Input.Rows"] = "0 | Tổng số | TE_SO_TRE",
            ["Input.Version"] = before.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("người khác sửa", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Chăm sóc, giáo dục (sửa)", (await app.WithDbAsync(db => db.AppendixLayouts.AsNoTracking().SingleAsync(a => a.Number == 3))).Title);
    }

    [Fact]
    public async Task Edit_UnknownCode_IsRefusedWithLineNumber_AndKeepsInput()
    {
        var client = await app.SignInAsync("admin");
        var before = await app.WithDbAsync(db => db.AppendixLayouts.AsNoTracking().SingleAsync(a => a.Number == 2));
        var response = await client.PostFormAsync("/reports/appendices/2", new()
        {
            ["Input.Title"] = "Tiêu đề mới",
            ["Input.Rows"] = "0 | Số vụ việc | VU_VIEC_SO\n0 | Sai | MA_KHONG_CO",
            ["Input.Version"] = before.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Dòng 2: mã chỉ tiêu “MA_KHONG_CO” không có trong danh mục.", html, StringComparison.Ordinal);
        Assert.Contains("0 | Sai | MA_KHONG_CO", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Tiêu đề mới\"", html, StringComparison.Ordinal);
        var after = await app.WithDbAsync(db => db.AppendixLayouts.AsNoTracking().SingleAsync(a => a.Number == 2));
        Assert.Equal(before.RowsJson, after.RowsJson);
        Assert.Equal(before.Version, after.Version);
    }
}
