using System.Net;
using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Domain.Calendar;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Pages.Calendar;

/// <summary>The administrators' working calendar: the year's list, the deadline check, add, edit and delete.</summary>
public class CalendarPagesTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static Dictionary<string, string> Day(string date, string name, bool isDayOff = true) => new()
    {
        ["Input.Date"] = date, ["Input.Name"] = name, ["Input.IsDayOff"] = isDayOff ? "true" : "false",
    };

    private Task<CalendarDay?> FindAsync(DateOnly date) =>
        app.WithDbAsync(db => db.CalendarDays.AsNoTracking().FirstOrDefaultAsync(d => d.Date == date));

    private Task<List<AuditEntry>> AuditOfAsync(int id) =>
        app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Entity == nameof(CalendarDay) && a.Key == id.ToString(System.Globalization.CultureInfo.InvariantCulture)).OrderBy(a => a.Id).ToListAsync());

    private static int CountOf(string html, string text)
    {
        var count = 0;
        for (var i = html.IndexOf(text, StringComparison.Ordinal); i >= 0; i = html.IndexOf(text, i + text.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    private async Task<CalendarDay> CreateAsync(HttpClient admin, string date, string name, bool isDayOff = true)
    {
        var response = await admin.PostFormAsync("/calendar/new", Day(date, name, isDayOff));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var created = await FindAsync(DateOnly.ParseExact(date, "dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotNull(created);
        return created;
    }

    [Fact]
    public async Task List_2026_ShowsTheSeededTetDaysAndTheWorkingDaysOfTheYear()
    {
        var admin = await app.SignInAsync("admin");
        var html = await admin.GetStringAsync("/calendar?year=2026");

        for (var d = new DateOnly(2026, 2, 14); d <= new DateOnly(2026, 2, 22); d = d.AddDays(1))
            Assert.Contains($"data-date=\"{d:yyyy-MM-dd}\" data-off=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("Tết Nguyên đán", html, StringComparison.Ordinal);
        Assert.Contains("14/02/2026", html, StringComparison.Ordinal);
        Assert.Contains("Thứ Bảy", html, StringComparison.Ordinal);
        Assert.Contains("data-date=\"2026-01-10\" data-off=\"false\"", html, StringComparison.Ordinal);
        Assert.Contains("Làm bù cho ngày 02/01", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-date=\"2025-", html, StringComparison.Ordinal);
        // 261 weekdays, 12 of them off (01–02/01, 16–20/02, 27/04, 30/04, 01/05, 01–02/09), plus Saturday 10/01.
        Assert.Contains("Năm 2026 có 250 ngày làm việc", html, StringComparison.Ordinal);
        Assert.Equal(18, CountOf(html, "data-testid=\"day-row\""));
        Assert.Contains("href=\"/calendar?year=2027\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_YearWithoutSpecialDays_ShowsTheEmptyState()
    {
        var admin = await app.SignInAsync("admin");
        var html = await admin.GetStringAsync("/calendar?year=2031");
        Assert.Contains("data-testid=\"empty\"", html, StringComparison.Ordinal);
        Assert.Contains("Năm 2031 có 261 ngày làm việc", html, StringComparison.Ordinal);
        Assert.Equal(0, CountOf(html, "data-testid=\"day-row\""));
    }

    [Fact]
    public async Task CheckForm_FiveWorkingDaysFromTheFridayBeforeTet_IsDueAfterTheBreak()
    {
        var admin = await app.SignInAsync("admin");
        var html = await admin.GetStringAsync("/calendar?year=2026&start=13/02/2026&days=5");
        Assert.Contains("data-testid=\"due-day\" data-date=\"2026-02-27\"", html, StringComparison.Ordinal);
        Assert.Contains("Thứ Sáu 27/02/2026", html, StringComparison.Ordinal);

        var bad = await admin.GetStringAsync("/calendar?start=31/02/2026&days=5");
        Assert.Contains("Ngày bắt đầu không hợp lệ", bad, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"due-day\"", bad, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_AHoliday_IsAuditedAndChangesTheComputedDueDay()
    {
        var admin = await app.SignInAsync("admin");
        const string check = "/calendar?year=2028&start=02/03/2028&days=5";
        // Thursday 02/03/2028 + 5 working days: Fri 03, Mon 06, Tue 07, Wed 08, Thu 09/03.
        Assert.Contains("data-date=\"2028-03-09\"", await admin.GetStringAsync(check), StringComparison.Ordinal);

        var response = await admin.PostFormAsync("/calendar/new", Day("07/03/2028", "Nghỉ bù thử nghiệm"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/calendar?year=2028", response.Headers.Location!.OriginalString);

        var created = await FindAsync(new DateOnly(2028, 3, 7));
        Assert.NotNull(created);
        Assert.True(created.IsDayOff);
        Assert.Equal("Nghỉ bù thử nghiệm", created.Name);
        var audit = Assert.Single(await AuditOfAsync(created.Id));
        Assert.Equal(AuditAction.Insert, audit.Action);
        Assert.Equal("admin", audit.UserName);

        var after = await admin.GetStringAsync(check);
        Assert.Contains("data-date=\"2028-03-10\"", after, StringComparison.Ordinal);
        Assert.Contains("Đã thêm ngày 07/03/2028.", after, StringComparison.Ordinal);
        Assert.Contains("data-date=\"2028-03-07\" data-off=\"true\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_DayOffOnAWeekend_IsAllowed()
    {
        var admin = await app.SignInAsync("admin");
        var created = await CreateAsync(admin, "06/03/2027", "Tết Nguyên đán (kéo dài thử)");
        Assert.True(created.IsDayOff);
    }

    [Fact]
    public async Task Create_DuplicateDate_IsRefusedInVietnameseAndKeepsTheInput()
    {
        var admin = await app.SignInAsync("admin");
        var response = await admin.PostFormAsync("/calendar/new", Day("14/02/2026", "Tên nhập thử"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Ngày 14/02/2026 đã có trong lịch.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Tên nhập thử\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"14/02/2026\"", html, StringComparison.Ordinal);
        Assert.Equal("Tết Nguyên đán", (await FindAsync(new DateOnly(2026, 2, 14)))!.Name);
    }

    [Theory]
    [InlineData("09/03/2027", "", true, "Vui lòng nhập tên ngày.")]
    [InlineData("", "Không ngày", true, "Vui lòng nhập ngày (dd/mm/yyyy).")]
    [InlineData("31/02/2027", "Ngày sai", true, "Ngày không hợp lệ: nhập theo dạng dd/mm/yyyy.")]
    [InlineData("10/03/2027", "Làm bù ngày thường", false, "Ngày làm bù phải là thứ Bảy hoặc Chủ nhật (10/03/2027 là Thứ Tư).")]
    public async Task Create_InvalidDay_IsRefusedWithItsMessage(string date, string name, bool isDayOff, string message)
    {
        var admin = await app.SignInAsync("admin");
        var response = await admin.PostFormAsync("/calendar/new", Day(date, name, isDayOff));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.CalendarDays.AnyAsync(d => d.Name == name && name != "")));
        Assert.Null(await FindAsync(new DateOnly(2027, 3, 9)));
    }

    [Fact]
    public async Task Edit_ChangesTheDay_AndIsAudited()
    {
        var admin = await app.SignInAsync("admin");
        var day = await CreateAsync(admin, "12/03/2027", "Ngày nghỉ cần sửa");
        var form = await admin.GetStringAsync($"/calendar/{day.Id}/edit");
        Assert.Contains("value=\"Ngày nghỉ cần sửa\"", form, StringComparison.Ordinal);

        var response = await admin.PostFormAsync($"/calendar/{day.Id}/edit", Day("13/03/2027", "Làm bù cho ngày 12/03", isDayOff: false));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var edited = await app.WithDbAsync(db => db.CalendarDays.AsNoTracking().SingleAsync(d => d.Id == day.Id));
        Assert.Equal(new DateOnly(2027, 3, 13), edited.Date);
        Assert.False(edited.IsDayOff);
        Assert.Equal("Làm bù cho ngày 12/03", edited.Name);
        Assert.Equal(AuditAction.Update, (await AuditOfAsync(day.Id)).Last().Action);

        // Moving it onto a date already listed is refused.
        var clash = await admin.PostFormAsync($"/calendar/{day.Id}/edit", Day("01/01/2027", "Trùng"));
        Assert.Contains("Ngày 01/01/2027 đã có trong lịch.", await clash.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/calendar/999999/edit")).StatusCode);
    }

    [Fact]
    public async Task Delete_NeedsAReasonAndConfirmation_AndIsAuditedWithTheReason()
    {
        var admin = await app.SignInAsync("admin");
        var day = await CreateAsync(admin, "19/03/2027", "Ngày nghỉ sẽ xóa");
        var page = await admin.GetStringAsync($"/calendar/{day.Id}/delete");
        Assert.Contains("Ngày nghỉ sẽ xóa", page, StringComparison.Ordinal);
        Assert.Contains("Tôi xác nhận xóa ngày này khỏi lịch làm việc.", page, StringComparison.Ordinal);

        var noReason = await admin.PostFormAsync($"/calendar/{day.Id}/delete", new() { ["Input.Reason"] = "", ["Input.Confirm"] = "true" });
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("Vui lòng nhập lý do xóa.", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var notConfirmed = await admin.PostFormAsync($"/calendar/{day.Id}/delete", new() { ["Input.Reason"] = "Nhập nhầm" });
        Assert.Contains("Vui lòng đánh dấu ô xác nhận.", await notConfirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(await FindAsync(new DateOnly(2027, 3, 19)));

        var response = await admin.PostFormAsync($"/calendar/{day.Id}/delete", new() { ["Input.Reason"] = "Nhập nhầm ngày", ["Input.Confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/calendar?year=2027", response.Headers.Location!.OriginalString);
        Assert.Null(await FindAsync(new DateOnly(2027, 3, 19)));
        var audit = (await AuditOfAsync(day.Id)).Last();
        Assert.Equal(AuditAction.Delete, audit.Action);
        Assert.Equal("Nhập nhầm ngày", audit.Reason);
    }

    [Fact]
    public async Task CalendarPages_NonAdministrator_AreForbidden()
    {
        var client = await app.SignInAsync("tinh");
        foreach (var url in new[] { "/calendar", "/calendar?year=2026", "/calendar/new", "/calendar/1/edit", "/calendar/1/delete" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/loi/403", response.Headers.Location!.AbsolutePath);
        }
        var post = await client.PostFormAsync("/calendar/new", Day("16/03/2027", "Không được thêm"), getUrl: "/catalogues");
        Assert.Equal("/loi/403", post.Headers.Location!.AbsolutePath);
        Assert.Null(await FindAsync(new DateOnly(2027, 3, 16)));
        Assert.Equal(HttpStatusCode.Redirect, (await app.Anonymous().GetAsync("/calendar")).StatusCode);
    }

    [Fact]
    public async Task Catalogues_LinkToTheCalendar_OnlyForAdministrators()
    {
        Assert.Contains("href=\"/calendar\" data-testid=\"manage-calendar\"", await (await app.SignInAsync("admin")).GetStringAsync("/catalogues"), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"manage-calendar\"", await (await app.SignInAsync("tinh")).GetStringAsync("/catalogues"), StringComparison.Ordinal);
    }
}
