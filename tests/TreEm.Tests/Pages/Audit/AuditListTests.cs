using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Security;
using TreEm.Tests.Infrastructure;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Tests.Pages.Audit;

public class AuditListTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static bool HasCell(string row, string testId, string value) =>
        Regex.IsMatch(row, $"data-testid=\"{testId}\">\\s*{Regex.Escape(value)}\\s*</td>");

    [Fact]
    public async Task Get_AfterUnitRename_ListsUserEntityKeyReasonAndOldAndNewValues()
    {
        var key = await app.KeyOfUnitAsync("23944-02");
        var id = await app.RenameUnitAsync("23944-02", "Làng Plei Thử", actor: "huyen.chuse", reason: "Sửa tên theo quyết định 15/QĐ-UBND");
        var admin = await app.SignInAsync("admin");

        var html = await admin.GetStringAsync("/audit?entity=OrgUnit");

        var row = AuditTestData.Rows(html)[id];
        Assert.Contains("huyen.chuse", row, StringComparison.Ordinal);
        Assert.Contains($"(OrgUnit #{key})", row, StringComparison.Ordinal);
        Assert.Contains("Sửa", row, StringComparison.Ordinal);
        Assert.Contains("Sửa tên theo quyết định 15/QĐ-UBND", row, StringComparison.Ordinal);
        Assert.Contains("<code>Name</code>", row, StringComparison.Ordinal);
        Assert.True(HasCell(row, "before", "Làng Ia Tiêm 2"), row);
        Assert.True(HasCell(row, "after", "Làng Plei Thử"), row);
        // Only the changed properties: the path did not change.
        Assert.DoesNotContain("<code>Path</code>", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AfterTokenCreated_ListsTheInsertWithNewValuesAndTheSecretMasked()
    {
        var tokenId = await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "xa.iako");
            var token = await ApiTokens.CreateAsync(db, user.Id, "Máy chủ tổng đài", app.Clock.GetUtcNow().UtcDateTime);
            return await db.ApiTokens.Where(t => t.TokenHash == ApiTokens.Hash(token)).Select(t => new { t.Id, t.TokenHash }).SingleAsync();
        });
        var id = await app.LastEntryIdAsync(nameof(ApiToken), tokenId.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), AuditAction.Insert);
        var admin = await app.SignInAsync("admin");

        var html = await admin.GetStringAsync("/audit?entity=ApiToken");

        var row = AuditTestData.Rows(html)[id];
        Assert.Contains("Thêm mới", row, StringComparison.Ordinal);
        Assert.Contains($"(ApiToken #{tokenId.Id})", row, StringComparison.Ordinal);
        Assert.True(HasCell(row, "after", "Máy chủ tổng đài"), row);
        Assert.True(HasCell(row, "after", "***"), row);
        Assert.DoesNotContain(tokenId.TokenHash, html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"ApiToken\" selected=\"selected\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_FilteredByUser_ShowsOnlyThatUsersEntries()
    {
        var mine = await app.RenameUnitAsync("23977-01", "Làng Lọc Người 1", actor: "xa.iako");
        var other = await app.RenameUnitAsync("23977-02", "Làng Lọc Người 2", actor: "huyen.mangyang");
        var admin = await app.SignInAsync("admin");

        // Typed with capitals and spaces: logins are lower case.
        var rows = AuditTestData.Rows(await admin.GetStringAsync("/audit?user=+XA.IAKO+"));

        Assert.Contains(mine, rows.Keys);
        Assert.DoesNotContain(other, rows.Keys);
        Assert.All(rows.Values, r => Assert.Contains("xa.iako", r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_FilteredByUnit_ShowsTheUnitsSubtreeOnly()
    {
        // A village under xã Ia Tiêm, under Chư Sê (633); a commune of Mang Yang (629).
        var underChuSe = await app.RenameUnitAsync("23944-03", "Làng Lọc Đơn Vị", reason: "thử lọc");
        var mangYangCommune = await app.WithDbAsync(db => db.Units.Where(u => u.Path.StartsWith("/64/629/") && u.TypeCode != "huyen").Select(u => u.Code).FirstAsync());
        var inMangYang = await app.RenameUnitAsync(mangYangCommune, "Xã Lọc Đơn Vị", reason: "thử lọc");
        var admin = await app.SignInAsync("admin");

        var html633 = await admin.GetStringAsync("/audit?unit=633&action=Update");
        var html629 = await admin.GetStringAsync("/audit?unit=629&action=Update");

        Assert.Contains(underChuSe, AuditTestData.Rows(html633).Keys);
        Assert.DoesNotContain(inMangYang, AuditTestData.Rows(html633).Keys);
        Assert.Contains("Huyện Chư Sê và các đơn vị trực thuộc", html633, StringComparison.Ordinal);
        Assert.Contains(inMangYang, AuditTestData.Rows(html629).Keys);
        Assert.DoesNotContain(underChuSe, AuditTestData.Rows(html629).Keys);
    }

    [Fact]
    public async Task Get_FilteredByAction_ShowsOnlyThatAction()
    {
        string key = "";
        await app.AsAsync("tinh", "Nhập nhầm", async db =>
        {
            var parent = await db.Units.SingleAsync(u => u.Code == "23977");
            var v = new TreEm.Domain.OrgUnit { Code = "23977-99", Name = "Làng Tạm", NameSearch = "lang tam", TypeCode = "thon", ParentId = parent.Id, Path = parent.Path + "23977-99/" };
            db.Units.Add(v);
            await db.SaveChangesAsync();
            db.Units.Remove(v);
            await db.SaveChangesAsync();
            key = v.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });
        var deleted = await app.LastEntryIdAsync("OrgUnit", key, AuditAction.Delete);
        var inserted = await app.LastEntryIdAsync("OrgUnit", key, AuditAction.Insert);
        var admin = await app.SignInAsync("admin");

        var deletes = AuditTestData.Rows(await admin.GetStringAsync("/audit?action=Delete"));
        var inserts = AuditTestData.Rows(await admin.GetStringAsync($"/audit?entity=OrgUnit&action=Insert&key={key}"));

        Assert.Contains(deleted, deletes.Keys);
        Assert.DoesNotContain(inserted, deletes.Keys);
        Assert.All(deletes.Values, r => Assert.Contains("badge badge-warn\">Xóa<", r, StringComparison.Ordinal));
        // A delete shows the old values; its unit no longer exists.
        Assert.True(HasCell(deletes[deleted], "before", "Làng Tạm"), deletes[deleted]);
        Assert.Equal([inserted], inserts.Keys);
    }

    [Fact]
    public async Task Get_FilteredByDateRange_UsesVietnamDays()
    {
        var firstDay = Display.Date(app.Clock.GetUtcNow().UtcDateTime);
        var first = await app.RenameUnitAsync("23944-04", "Làng Ngày Một");
        app.Clock.Advance(TimeSpan.FromDays(3));
        var thirdDay = Display.Date(app.Clock.GetUtcNow().UtcDateTime);
        var later = await app.RenameUnitAsync("23944-04", "Làng Ngày Bốn");
        var admin = await app.SignInAsync("admin");
        var key = await app.KeyOfUnitAsync("23944-04");

        var onFirst = AuditTestData.Rows(await admin.GetStringAsync($"/audit?entity=OrgUnit&key={key}&from={firstDay}&to={firstDay}"));
        var fromThird = AuditTestData.Rows(await admin.GetStringAsync($"/audit?entity=OrgUnit&key={key}&from={thirdDay}"));
        var untilThird = AuditTestData.Rows(await admin.GetStringAsync($"/audit?entity=OrgUnit&key={key}&action=Update&to={thirdDay}"));

        Assert.Contains(first, onFirst.Keys);
        Assert.DoesNotContain(later, onFirst.Keys);
        Assert.Equal([later], fromThird.Keys);
        Assert.Equal([later, first], untilThird.Keys);
    }

    [Fact]
    public async Task Get_BadDate_ShowsVietnameseMessageAndKeepsTheTypedText()
    {
        var admin = await app.SignInAsync("admin");

        var response = await admin.GetAsync("/audit?from=31/02/2026&user=admin");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Ngày «31/02/2026» không hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 30/11/2026.", AuditTestData.TestId(html, "error-from"));
        Assert.Contains("name=\"from\" value=\"31/02/2026\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"user\" value=\"admin\"", html, StringComparison.Ordinal);
        Assert.Empty(AuditTestData.Rows(html));
    }

    [Fact]
    public async Task Get_DateFromAfterDateTo_ShowsVietnameseMessage()
    {
        var admin = await app.SignInAsync("admin");

        var html = await admin.GetStringAsync("/audit?from=05/12/2026&to=01/12/2026");

        Assert.Equal("Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.", AuditTestData.TestId(html, "error-to"));
        Assert.Contains("name=\"from\" value=\"05/12/2026\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"to\" value=\"01/12/2026\"", html, StringComparison.Ordinal);
        Assert.Empty(AuditTestData.Rows(html));
    }

    [Fact]
    public async Task Get_UnknownUnitOrAction_ShowsVietnameseMessages()
    {
        var admin = await app.SignInAsync("admin");

        var html = await admin.GetStringAsync("/audit?unit=99999&action=Insert,Update");

        Assert.Equal("Không tìm thấy đơn vị có mã «99999» trong phạm vi bạn được xem.", AuditTestData.TestId(html, "error-unit"));
        Assert.Equal("Thao tác không hợp lệ.", AuditTestData.TestId(html, "error-action"));
        Assert.Contains("name=\"unit\" value=\"99999\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_NothingMatches_ShowsTheEmptyState()
    {
        var admin = await app.SignInAsync("admin");

        var html = await admin.GetStringAsync("/audit?user=khong.ai");

        Assert.Equal("Không có mục nào khớp với bộ lọc.", AuditTestData.TestId(html, "empty"));
        Assert.Empty(AuditTestData.Rows(html));
    }

    [Fact]
    public async Task Get_ManyEntries_ShowsTotalAndPagesOf50KeepingTheFilters()
    {
        var admin = await app.SignInAsync("admin");
        var total = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == "OrgUnit"));
        var newest = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == "OrgUnit")
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Select(a => a.Id).Take(51).ToListAsync());
        Assert.True(total > 50, "the demo has more than one page of unit entries");

        var first = await admin.GetStringAsync("/audit?entity=OrgUnit");
        var second = await admin.GetStringAsync("/audit?entity=OrgUnit&page=2");

        Assert.Equal($"{total:N0} mục".Replace(",", ".", StringComparison.Ordinal), AuditTestData.TestId(first, "total"));
        Assert.Equal(newest.Take(50), AuditTestData.Rows(first).Keys);
        Assert.Contains("href=\"/audit?entity=OrgUnit&amp;page=2\"", first, StringComparison.Ordinal);
        Assert.Equal(newest[50], AuditTestData.Rows(second).Keys.First());
        Assert.Contains("href=\"/audit?entity=OrgUnit\"", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_InEnglish_ShowsEnglishLabels()
    {
        var admin = await app.SignInAsync("admin");
        await admin.GetAsync("/lang/en-US");

        var html = await admin.GetStringAsync("/audit?from=xx");

        Assert.Contains("<h1>Audit log</h1>", html, StringComparison.Ordinal);
        Assert.Equal("The date «xx» is not valid. Type it as day/month/year, for example 30/11/2026.", AuditTestData.TestId(html, "error-from"));
    }
}
