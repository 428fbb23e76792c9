using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Domain.Cases;
using TreEm.Tests.Infrastructure;
using TreEm.Web.Hosting;
using static TreEm.Tests.Pages.Cases.Steps.StepForms;

namespace TreEm.Tests.Pages.Cases.Steps;

public class CaseStepHappyPathTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private DateTime Now => app.Clock.GetUtcNow().UtcDateTime;

    private static CaseStep OpenStep(Case c, CaseStepKind kind) => Assert.Single(c.Steps, s => s.Kind == kind && s.IsOpen);

    [Fact]
    public async Task Procedure_FromAssessmentToReopening_ThroughThePages_SetsStatusStepsAndDueTimes()
    {
        var created = await app.CreateCaseAsync();
        var id = created.Id;
        var url = $"/cases/{id}";
        var worker = await app.SignInAsync(CaseStepTestData.Worker);
        var chairman = await app.SignInAsync(CaseStepTestData.Chairman);
        var calendar = await app.WithDbAsync(db => db.WorkingCalendarAsync());
        var workerId = await app.UserIdAsync(CaseStepTestData.Worker);

        // Mẫu 02
        var form = (await FormAsync(worker, url + "/assess")).Rate(AssessmentKind.BanDau, RiskRating.TrungBinh, "Trẻ có vết bầm ở tay");
        AssertRedirectToCase(await worker.PostFormAsync(url + "/assess", form), id);
        var c = await app.CaseAsync(id);
        Assert.Equal(CaseStatus.DaDanhGiaBanDau, c.Status);
        var initial = Assert.Single(c.Assessments);
        Assert.Equal(AssessmentKind.BanDau, initial.Kind);
        Assert.Equal(RiskRating.TrungBinh, initial.Level);
        Assert.Equal(7, initial.Items.Count);
        Assert.NotNull(Assert.Single(c.Steps, s => s.Kind == CaseStepKind.DanhGiaBanDau).CompletedAt);
        Assert.Equal(calendar.AddWorkingDays(Now, CaseDeadlines.SpecificAssessmentWorkingDays), OpenStep(c, CaseStepKind.DanhGiaCuThe).DueAt);

        // Mẫu 03
        form = (await FormAsync(worker, url + "/specific")).Rate(AssessmentKind.CuThe, RiskRating.Cao, "Nguy cơ cao khi ở với cha dượng");
        form["Input.MeetingParticipants"] = "Cán bộ xã, trưởng thôn, mẹ của trẻ";
        form["Input.MeetingMinutes"] = "Gia đình cam kết không để trẻ ở một mình với cha dượng";
        form["Input.AbuseConfirmed"] = "true";
        AssertRedirectToCase(await worker.PostFormAsync(url + "/specific", form), id);
        c = await app.CaseAsync(id);
        Assert.Equal(CaseStatus.DaDanhGiaCuThe, c.Status);
        var specific = Assert.Single(c.Assessments, a => a.Kind == AssessmentKind.CuThe);
        Assert.Equal(RiskRating.Cao, specific.Level);
        Assert.True(specific.AbuseConfirmed);
        Assert.NotNull(specific.MeetingAt);
        Assert.Equal(calendar.AddWorkingDays(Now, CaseDeadlines.PlanWorkingDays), OpenStep(c, CaseStepKind.LapKeHoach).DueAt);

        // Mẫu 04: one task filled in, the other rows left empty.
        var due = Display.Date(Display.Today(app.Clock).AddDays(10));
        form = await FormAsync(worker, url + "/plan");
        form["Input.Objectives"] = "Trẻ an toàn, được đi học đều";
        form["Input.Activities"] = "Thăm nhà, tư vấn tâm lý";
        form["Input.Tasks[0].Title"] = "Thăm nhà hằng tuần";
        form["Input.Tasks[0].Assignee"] = "u:" + workerId;
        form["Input.Tasks[0].DueOn"] = due;
        AssertRedirectToCase(await worker.PostFormAsync(url + "/plan", form), id);
        c = await app.CaseAsync(id);
        Assert.Equal(CaseStatus.ChoPheDuyet, c.Status);
        var task = Assert.Single(Assert.Single(c.Plans).Tasks);
        Assert.Equal(workerId, task.AssigneeUserId);
        Assert.Equal(due, Display.Date(task.DueOn));
        Assert.Equal(calendar.AddWorkingDays(Now, CaseDeadlines.ApprovalWorkingDays), OpenStep(c, CaseStepKind.PheDuyetKeHoach).DueAt);

        // Mẫu 05 by the chairman.
        var approvePage = await (await chairman.GetAsync(url + "/approve")).Content.ReadAsStringAsync();
        Assert.Contains("Thăm nhà hằng tuần", approvePage, StringComparison.Ordinal);
        AssertRedirectToCase(await chairman.PostFormAsync(url + "/approve",
            new() { ["Version"] = c.Version.ToString(CultureInfo.InvariantCulture), ["Input.Decision"] = "PheDuyet", ["Input.DecisionNumber"] = "12/QĐ-UBND", ["Input.Note"] = "Đồng ý" }), id);
        c = await app.CaseAsync(id);
        Assert.Equal(CaseStatus.DangThucHien, c.Status);
        Assert.Equal(PlanStatus.DaPheDuyet, Assert.Single(c.Plans).Status);
        Assert.Equal("12/QĐ-UBND", c.Plans[0].ApprovalNumber);
        Assert.Equal(Now.AddDays(CaseDeadlines.ReviewIntervalDays), OpenStep(c, CaseStepKind.RaSoat).DueAt);

        // The task's outcome.
        form = await FormAsync(worker, $"{url}/tasks/{task.Id}/done");
        form["Input.Outcome"] = "Đã thăm nhà 3 lần, trẻ ổn định";
        AssertRedirectToCase(await worker.PostFormAsync($"{url}/tasks/{task.Id}/done", form), id);
        c = await app.CaseAsync(id);
        Assert.NotNull(c.Plans[0].Tasks[0].DoneAt);
        Assert.Equal("Đã thăm nhà 3 lần, trẻ ổn định", c.Plans[0].Tasks[0].Outcome);

        // Mẫu 06 proposing to close.
        form = (await FormAsync(worker, url + "/review")).Rate(AssessmentKind.RaSoat, RiskRating.Thap, "Trẻ đã an toàn");
        form["Input.Proposal"] = nameof(ReviewProposal.DongHoSo);
        AssertRedirectToCase(await worker.PostFormAsync(url + "/review", form), id);
        c = await app.CaseAsync(id);
        Assert.Equal(ReviewProposal.DongHoSo, Assert.Single(c.Assessments, a => a.Kind == AssessmentKind.RaSoat).Proposal);
        Assert.Equal(calendar.AddWorkingDays(Now, CaseDeadlines.ClosureWorkingDays), OpenStep(c, CaseStepKind.DongHoSo).DueAt);

        // Closing, with the reason in the audit log.
        form = await FormAsync(worker, url + "/close");
        form["Input.Reason"] = "Trẻ đã an toàn, gia đình ổn định";
        form["Input.Confirm"] = "true";
        AssertRedirectToCase(await worker.PostFormAsync(url + "/close", form), id);
        c = await app.CaseAsync(id);
        Assert.Equal(CaseStatus.DaDong, c.Status);
        Assert.Equal(Now, c.ClosedAt);
        Assert.DoesNotContain(c.Steps, s => s.IsOpen);

        // Reopening.
        form = await FormAsync(chairman, url + "/reopen");
        form["Input.Reason"] = "Hàng xóm báo trẻ lại bị đánh";
        AssertRedirectToCase(await chairman.PostFormAsync(url + "/reopen", form), id);
        c = await app.CaseAsync(id);
        Assert.Equal(CaseStatus.TiepNhan, c.Status);
        Assert.Null(c.ClosedAt);
        Assert.Equal(Now.AddHours(CaseDeadlines.InitialAssessmentHours), OpenStep(c, CaseStepKind.DanhGiaBanDau).DueAt);
        Assert.Contains(c.Steps, s => s.Kind == CaseStepKind.MoLai && s.Note == "Hàng xóm báo trẻ lại bị đánh");

        var reasons = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == nameof(Case) && a.Key == id.ToString(CultureInfo.InvariantCulture) && a.Action == AuditAction.Update)
            .Select(a => a.Reason).ToListAsync());
        Assert.Contains("Trẻ đã an toàn, gia đình ổn định", reasons);
        Assert.Contains("Hàng xóm báo trẻ lại bị đánh", reasons);
        Assert.Contains("Đồng ý", reasons);
    }

    [Fact]
    public async Task Emergency_SeparationDecidedExtendedAndEnded_ByTheChairman()
    {
        var c = await app.CreateCaseAsync(CaseStatus.DaDanhGiaBanDau);
        var url = $"/cases/{c.Id}";
        var chairman = await app.SignInAsync(CaseStepTestData.Chairman);

        var form = await FormAsync(chairman, url + "/emergency");
        Assert.Equal(Display.DateTime(Now), form["Input.From"]);
        Assert.Equal(Display.DateTime(Now.AddDays(15)), form["Input.Until"]);
        form["Input.Kind"] = nameof(EmergencyMeasureKind.TamThoiCachLy);
        form["Input.DecisionNumber"] = "05/QĐ-UBND";
        form["Input.CarePlace"] = "Nhà bà ngoại, thôn Plei Bông";
        form["Input.Carer"] = "Rơ Châm H'Lan";
        form["Input.Measures"] = "Tạm thời cách ly trẻ khỏi cha dượng";
        form["Input.Reason"] = "Trẻ bị đánh nhiều lần";
        AssertRedirectToCase(await chairman.PostFormAsync(url + "/emergency", form), c.Id);
        var saved = await app.CaseAsync(c.Id);
        var first = Assert.Single(saved.Separations);
        Assert.Equal(Display.DateTime(Now.AddDays(15)), Display.DateTime(first.Until));
        Assert.Equal(first.Until, Assert.Single(saved.Steps, s => s.Kind == CaseStepKind.CachLy && s.IsOpen).DueAt);

        form = await FormAsync(chairman, $"{url}/emergency?extends={first.Id}");
        Assert.Equal(Display.DateTime(first.Until), form["Input.From"]);
        Assert.Equal("Nhà bà ngoại, thôn Plei Bông", form["Input.CarePlace"]);
        form["Input.DecisionNumber"] = "06/QĐ-UBND";
        form["Input.Reason"] = "Gia đình chưa bảo đảm an toàn";
        AssertRedirectToCase(await chairman.PostFormAsync(url + "/emergency", form, $"{url}/emergency?extends={first.Id}"), c.Id);
        saved = await app.CaseAsync(c.Id);
        var second = Assert.Single(saved.Separations, s => s.ExtendsDecisionId == first.Id);

        form = await FormAsync(chairman, $"{url}/separations/{second.Id}/end");
        form["Input.Reason"] = "Cha dượng đã chuyển đi nơi khác";
        form["Input.Confirm"] = "true";
        AssertRedirectToCase(await chairman.PostFormAsync($"{url}/separations/{second.Id}/end", form), c.Id);
        saved = await app.CaseAsync(c.Id);
        Assert.NotNull(saved.Separations.Single(s => s.Id == second.Id).EndedAt);
        Assert.Null(saved.RunningSeparation);
        Assert.DoesNotContain(saved.Steps, s => s.Kind == CaseStepKind.CachLy && s.IsOpen);
    }
}
