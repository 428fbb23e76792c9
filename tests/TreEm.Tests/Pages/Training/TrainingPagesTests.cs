using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TreEm.Auditing;
using TreEm.Domain.People;
using TreEm.Domain.Training;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Children;

namespace TreEm.Tests.Pages.Training;

/// <summary>The course pages over HTTP: create, sessions, participants, refusals and scope.</summary>
public class TrainingPagesTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    /// <summary>A record the user sees but may not change: sent to the forbidden page (not 404).</summary>
    private static void AssertForbidden(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/loi/403", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task New_ValidCourse_IsSavedAuditedAndShown()
    {
        var client = await app.As("xa.iatiem");

        var r = await client.PostFormAsync("/training/new", new()
        {
            ["Input.UnitCode"] = "23944", ["Input.Title"] = "Tập huấn kỹ năng cho cộng tác viên Ia Tiêm", ["Input.Year"] = "2026",
            ["Input.Topics"] = "PhongChongXamHai", ["Input.FundingNote"] = "Ngân sách xã",
        });

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var course = await app.WithDbAsync(db => db.TrainingCourses.SingleAsync(c => c.Title == "Tập huấn kỹ năng cho cộng tác viên Ia Tiêm"));
        Assert.Equal(TrainingTopics.PhongChongXamHai, course.Topics);
        Assert.Equal($"/training/{course.Id}", r.Headers.Location?.OriginalString);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == nameof(TrainingCourse) && a.Action == AuditAction.Insert
            && a.Key == course.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var page = await (await client.GetAsync(r.Headers.Location!.OriginalString)).TextAsync();
        Assert.Contains("Phòng, chống xâm hại trẻ em", page, StringComparison.Ordinal);
        Assert.Contains("Lớp chưa có buổi nào.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_MissingTopicAndTitle_KeepsWhatWasTyped_WithVietnameseMessages()
    {
        var client = await app.As("huyen.chuse");

        var r = await client.PostFormAsync("/training/new", new()
        {
            ["Input.UnitCode"] = "633", ["Input.Title"] = "", ["Input.Year"] = "2026", ["Input.FundingNote"] = "Nguồn gõ dở",
        });

        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var html = await r.TextAsync();
        Assert.Contains("Nhập tên lớp tập huấn.", html, StringComparison.Ordinal);
        Assert.Contains("Chọn ít nhất một chủ đề.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Nguồn gõ dở\"", html, StringComparison.Ordinal);
        var outside = await client.PostFormAsync("/training/new", new()
        {
            ["Input.UnitCode"] = "629", ["Input.Title"] = "Lớp ở Mang Yang", ["Input.Year"] = "2026", ["Input.Topics"] = "Khac",
        });
        Assert.Contains("Không tìm thấy đơn vị có mã 629 trong phạm vi của bạn.", await outside.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_UserWhoOnlyReads_Gets403()
    {
        var chairman = await app.As("chutich.iatiem");
        AssertForbidden(await chairman.GetAsync("/training/new"));
        var course = await app.CourseAsync("23944", "Lớp xã Ia Tiêm (chỉ xem)", 2026);
        Assert.Equal(HttpStatusCode.OK, (await chairman.GetAsync($"/training/{course}")).StatusCode);
        AssertForbidden(await chairman.GetAsync($"/training/{course}/sessions/add"));
    }

    [Fact]
    public async Task Scope_CourseOfAnotherCommune_Returns404AndIsNotListed()
    {
        var course = await app.CourseAsync("23944", "Lớp riêng của Ia Tiêm", 2026);
        var session = await app.SessionAsync(course, new DateOnly(2026, 4, 2), 4m, []);
        var iako = await app.As("xa.iako");

        Assert.Equal(HttpStatusCode.NotFound, (await iako.GetAsync($"/training/{course}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await iako.GetAsync($"/training/sessions/{session}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await iako.GetAsync($"/training/{course}/sessions/add")).StatusCode);
        Assert.DoesNotContain("Lớp riêng của Ia Tiêm", await (await iako.GetAsync("/training")).TextAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await iako.GetAsync("/training?unit=23944")).StatusCode);
        Assert.Contains("Lớp riêng của Ia Tiêm", await (await (await app.As("huyen.chuse")).GetAsync("/training")).TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddSession_TooManyHours_IsRefusedAndKeepsInput_ValidOneIsSaved()
    {
        var course = await app.CourseAsync("633", "Lớp huyện Chư Sê có buổi", 2026);
        var client = await app.As("huyen.chuse");
        var url = $"/training/{course}/sessions/add";

        var refused = await client.PostFormAsync(url, new() { ["Input.Date"] = "10/03/2026", ["Input.Hours"] = "25", ["Input.Venue"] = "Hội trường huyện Chư Sê" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.TextAsync();
        Assert.Contains("Số giờ không được quá 24 giờ một ngày.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Hội trường huyện Chư Sê\"", html, StringComparison.Ordinal);
        var otherYear = await client.PostFormAsync(url, new() { ["Input.Date"] = "10/03/2025", ["Input.Hours"] = "4", ["Input.Venue"] = "X" });
        Assert.Contains("Ngày tập huấn phải thuộc năm 2026 của lớp.", await otherYear.TextAsync(), StringComparison.Ordinal);

        var ok = await client.PostFormAsync(url, new() { ["Input.Date"] = "10/03/2026", ["Input.Hours"] = "3,5", ["Input.Venue"] = "Hội trường huyện Chư Sê", ["Input.Trainer"] = "Sở LĐTBXH" });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var session = await app.WithDbAsync(db => db.TrainingSessions.SingleAsync(s => s.CourseId == course));
        Assert.Equal(3.5m, session.Hours);
        Assert.Equal(new DateOnly(2026, 3, 10), session.Date);
    }

    [Fact]
    public async Task Participants_SearchWithoutDiacritics_AddPersonAndFreePerson_RemoveNeedsConfirmation()
    {
        var person = await app.PersonAsync("23944-02", "Rơ Chăm H'Nhứ", PersonKind.CongTacVien);
        var course = await app.CourseAsync("23944", "Lớp có người tham gia", 2026);
        var session = await app.SessionAsync(course, new DateOnly(2026, 5, 6), 4m, []);
        var client = await app.As("xa.iatiem");
        var sessionUrl = $"/training/sessions/{session}";

        var search = await (await client.GetAsync(sessionUrl + "?q=ro%20cham")).TextAsync();
        Assert.Contains("Rơ Chăm H'Nhứ — Cộng tác viên thôn", search, StringComparison.Ordinal);
        var added = await client.PostFormAsync($"{sessionUrl}/participants/add?handler=person", new() { ["PersonId"] = person.ToString(System.Globalization.CultureInfo.InvariantCulture) }, sessionUrl);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var again = await client.PostFormAsync($"{sessionUrl}/participants/add?handler=person", new() { ["PersonId"] = person.ToString(System.Globalization.CultureInfo.InvariantCulture) }, sessionUrl);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);

        var emptyFree = await client.PostFormAsync($"{sessionUrl}/participants/add?handler=free", new() { ["Free.FullName"] = "", ["Free.Organisation"] = "Trạm Y tế xã" }, sessionUrl);
        Assert.Equal(HttpStatusCode.OK, emptyFree.StatusCode);
        var emptyHtml = await emptyFree.TextAsync();
        Assert.Contains("Nhập họ và tên người tham gia.", emptyHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"Trạm Y tế xã\"", emptyHtml, StringComparison.Ordinal);
        var free = await client.PostFormAsync($"{sessionUrl}/participants/add?handler=free", new() { ["Free.FullName"] = "Đoàn Thị Y Tế", ["Free.Organisation"] = "Trạm Y tế xã", ["Free.Kind"] = "DoiTac", ["Free.Sex"] = "Nu" }, sessionUrl);
        Assert.Equal(HttpStatusCode.Redirect, free.StatusCode);

        var participants = await app.WithDbAsync(db => db.TrainingParticipants.Where(p => p.SessionId == session).ToListAsync());
        Assert.Equal(2, participants.Count);
        var page = await (await client.GetAsync(sessionUrl)).TextAsync();
        Assert.Contains("Đoàn Thị Y Tế", page, StringComparison.Ordinal);

        var free1 = participants.Single(p => p.PersonId is null);
        var removeUrl = $"{sessionUrl}/participants/{free1.Id}/remove";
        var unconfirmed = await client.PostFormAsync(removeUrl, new());
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("Hãy đánh dấu ô xác nhận", await unconfirmed.TextAsync(), StringComparison.Ordinal);
        var removed = await client.PostFormAsync(removeUrl, new() { ["Confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var left = await app.WithDbAsync(db => db.TrainingParticipants.Where(p => p.SessionId == session).Select(p => p.PersonId).ToListAsync());
        Assert.Equal([person], left);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == nameof(TrainingParticipant) && a.Action == AuditAction.Delete)));
    }

    [Fact]
    public async Task AddPerson_OutsideTheUsersScope_Returns404()
    {
        var stranger = await app.PersonAsync("23977-01", "Người của Ia Ko", PersonKind.CongTacVien);
        var course = await app.CourseAsync("23944", "Lớp Ia Tiêm không nhận người ngoài", 2026);
        var session = await app.SessionAsync(course, new DateOnly(2026, 5, 7), 4m, []);
        var client = await app.As("xa.iatiem");
        var sessionUrl = $"/training/sessions/{session}";

        var r = await client.PostFormAsync($"{sessionUrl}/participants/add?handler=person", new() { ["PersonId"] = stranger.ToString(System.Globalization.CultureInfo.InvariantCulture) }, sessionUrl);

        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.TrainingParticipants.AnyAsync(p => p.SessionId == session)));
    }
}
