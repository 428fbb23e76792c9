using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TreEm.Auditing;
using TreEm.Domain.People;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Children;
using TreEm.Tests.Pages.People;

namespace TreEm.Tests.Pages.Committees;

/// <summary>Committees, their members and meetings: rules, scope, confirmation and audit.</summary>
public class CommitteePagesTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static int IdFrom(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString["/committees/".Length..], CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task StandingGroup_CreatedWithMembersInsideAndOutsideTheNetworkAndAMeeting()
    {
        var ctv = await app.AddPersonAsync("23944-02", "Rơ Châm Thành Viên", PersonKind.CongTacVien, position: "Cộng tác viên thôn");
        var client = await app.As("xa.iatiem");

        var id = IdFrom(await client.PostFormAsync("/committees/new", new()
        {
            ["Input.Kind"] = "NhomThuongTruc", ["Input.UnitCode"] = "23944", ["Input.Name"] = "Nhóm thường trực BVTE xã Ia Tiêm (thử)",
            ["Input.EstablishedOn"] = "05/09/2025", ["Input.DecisionNumber"] = "85/QĐ-UBND", ["Input.Note"] = "",
        }));
        var outside = await client.PostFormAsync($"/committees/{id}/members/add", new()
        {
            ["Input.PersonId"] = "", ["Input.FullName"] = "Siu Đình Trưởng Nhóm", ["Input.Position"] = "Chủ tịch UBND xã",
            ["Input.Role"] = "TruongBan", ["Input.From"] = "05/09/2025",
        });
        var inside = await client.PostFormAsync($"/committees/{id}/members/add", new()
        {
            ["Input.PersonId"] = ctv.Id.ToString(CultureInfo.InvariantCulture), ["Input.FullName"] = "", ["Input.Position"] = "",
            ["Input.Role"] = "ThanhVien", ["Input.From"] = "01/10/2025",
        });
        var meeting = await client.PostFormAsync($"/committees/{id}/meetings/add", new()
        {
            ["Input.Date"] = "20/10/2025", ["Input.Subject"] = "Rà soát trẻ em bỏ học", ["Input.Attendees"] = "7", ["Input.Conclusions"] = "Thăm từng hộ.",
        });

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect], [outside.StatusCode, inside.StatusCode, meeting.StatusCode]);
        var members = await app.WithDbAsync(db => db.CommitteeMembers.AsNoTracking().Where(m => m.CommitteeId == id).OrderBy(m => m.Id).ToListAsync());
        Assert.Equal(("Siu Đình Trưởng Nhóm", (int?)null, CommitteeRole.TruongBan), (members[0].FullName, members[0].PersonId, members[0].Role));
        Assert.Equal(("Rơ Châm Thành Viên", (int?)ctv.Id, "Cộng tác viên thôn"), (members[1].FullName, members[1].PersonId, members[1].Position));
        var html = await (await client.GetAsync($"/committees/{id}")).TextAsync();
        Assert.Contains("Siu Đình Trưởng Nhóm", html, StringComparison.Ordinal);
        Assert.Contains("Rà soát trẻ em bỏ học", html, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == nameof(CommitteeMeeting) && a.Action == AuditAction.Insert)));
        var person = await (await client.GetAsync($"/people/{ctv.Id}")).TextAsync();
        Assert.Contains("Nhóm thường trực BVTE xã Ia Tiêm (thử)", person, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_SteeringCommitteeAtACommune_IsRefusedAndKeepsInput()
    {
        var client = await app.As("xa.iako");

        var response = await client.PostFormAsync("/committees/new", new()
        {
            ["Input.Kind"] = "BanChiDao", ["Input.UnitCode"] = "23977", ["Input.Name"] = "Ban chỉ đạo xã Ia Ko sai cấp",
            ["Input.EstablishedOn"] = "01/01/2026", ["Input.DecisionNumber"] = "", ["Input.Note"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains(PeopleRules.SteeringCommitteeUnit, html, StringComparison.Ordinal);
        Assert.Contains("value=\"Ban chỉ đạo xã Ia Ko sai cấp\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddMember_NeitherPersonNorName_IsRefused()
    {
        var committee = await app.AddCommitteeAsync("23950", "Nhóm thường trực xã Ia Glai", CommitteeKind.NhomThuongTruc);
        var client = await app.As("huyen.chuse");

        var response = await client.PostFormAsync($"/committees/{committee.Id}/members/add", new()
        {
            ["Input.PersonId"] = "", ["Input.FullName"] = "", ["Input.Position"] = "", ["Input.Role"] = "ThanhVien", ["Input.From"] = "01/01/2026",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Chọn một người trong danh sách hoặc ghi họ tên người ngoài mạng lưới.", await response.TextAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.CommitteeMembers.AnyAsync(m => m.CommitteeId == committee.Id)));
    }

    [Fact]
    public async Task EndMember_NeedsConfirmation_ThenEndsTheMembership()
    {
        var committee = await app.AddCommitteeAsync("23977", "Nhóm thường trực xã Ia Ko", CommitteeKind.NhomThuongTruc);
        var member = await app.WithDbAsync(async db =>
        {
            var m = new CommitteeMember
            {
                CommitteeId = committee.Id, UnitId = committee.UnitId, FullName = "Nay Thôi", Position = "Trưởng Công an xã",
                Role = CommitteeRole.ThanhVien, From = new(2021, 1, 1),
            };
            db.CommitteeMembers.Add(m);
            await db.SaveChangesAsync();
            return m;
        });
        var client = await app.As("xa.iako");
        var url = $"/committees/{committee.Id}/members/{member.Id}/end";

        var refused = await client.PostFormAsync(url, new() { ["Input.To"] = "01/11/2026", ["Input.Reason"] = "Chuyển công tác" });
        Assert.Contains("Vui lòng đánh dấu xác nhận trước khi cho thôi tham gia.", await refused.TextAsync(), StringComparison.Ordinal);
        var ended = await client.PostFormAsync(url, new() { ["Input.To"] = "01/11/2026", ["Input.Reason"] = "Chuyển công tác", ["Input.Confirm"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        var saved = await app.WithDbAsync(db => db.CommitteeMembers.AsNoTracking().SingleAsync(m => m.Id == member.Id));
        Assert.Equal((new DateOnly(2026, 11, 1), "Chuyển công tác"), (saved.To, saved.EndReason));
    }

    [Fact]
    public async Task Scope_OtherCommune404_ReadersForbiddenToWrite_ListFiltered()
    {
        var tiem = await app.AddCommitteeAsync("23944", "Nhóm của Ia Tiêm (phạm vi)", CommitteeKind.NhomThuongTruc);

        var iako = await app.As("xa.iako");
        Assert.Equal(HttpStatusCode.NotFound, (await iako.GetAsync($"/committees/{tiem.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await iako.GetAsync($"/committees/{tiem.Id}/meetings/add")).StatusCode);
        Assert.DoesNotContain("Nhóm của Ia Tiêm (phạm vi)", await (await iako.GetAsync("/committees")).TextAsync(), StringComparison.Ordinal);
        var chairman = await app.As("chutich.iatiem");
        Assert.Equal(HttpStatusCode.OK, (await chairman.GetAsync($"/committees/{tiem.Id}")).StatusCode);
        PeopleTestData.AssertForbidden(await chairman.GetAsync($"/committees/{tiem.Id}/members/add"));
        PeopleTestData.AssertForbidden(await chairman.GetAsync($"/committees/{tiem.Id}/meetings/add"));
        Assert.Contains("Nhóm của Ia Tiêm (phạm vi)", await (await chairman.GetAsync("/committees?unit=23944")).TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_ListsCommitteesWithMembersAndIsAudited()
    {
        var committee = await app.AddCommitteeAsync("629", "Ban Chỉ đạo huyện Mang Yang (xuất)", CommitteeKind.BanChiDao);
        await app.WithDbAsync(async db =>
        {
            db.CommitteeMembers.Add(new CommitteeMember
            {
                CommitteeId = committee.Id, UnitId = committee.UnitId, FullName = "=cmd|' /C calc'!A0", Position = "Phó Chủ tịch UBND huyện",
                Role = CommitteeRole.TruongBan, From = new(2021, 1, 1),
            });
            await db.SaveChangesAsync();
        });
        var client = await app.As("huyen.mangyang");

        var response = await client.GetAsync("/committees/export?unit=629");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(rows, r => Equals(r["B"], "Ban Chỉ đạo huyện Mang Yang (xuất)"));
        Assert.Contains(rows, r => Equals(r["G"], "'=cmd|' /C calc'!A0, Phó Chủ tịch UBND huyện") && Equals(r["H"], "Trưởng ban"));
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == AuditAction.Export && a.Entity == "Committee"));
        Assert.Equal("unit=629", audit.Key);
    }
}
