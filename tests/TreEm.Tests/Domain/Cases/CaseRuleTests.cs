using TreEm.Domain.Cases;
using static TreEm.Tests.Domain.Cases.CaseFlow;

namespace TreEm.Tests.Domain.Cases;

/// <summary>The rules of each step: who may act, what must be given, what the step leaves open.</summary>
public class CaseRuleTests
{
    private static DateTime Utc(int y, int m, int d, int h, int min = 0, int s = 0) => new(y, m, d, h, min, s, DateTimeKind.Utc);

    [Fact]
    public void ApproveOrReturnPlan_ByAWorker_IsRefused()
    {
        var c = Submitted();
        var approve = Assert.Throws<CaseRuleException>(() => c.ApprovePlan("01/QĐ", null, Worker, Received.AddDays(3)));
        Assert.Equal("Chỉ Chủ tịch UBND xã được phê duyệt kế hoạch hỗ trợ, can thiệp.", approve.Message);
        var ret = Assert.Throws<CaseRuleException>(() => c.ReturnPlan("Chưa đủ", Worker, Received.AddDays(3), WorkCalendar));
        Assert.Equal("Chỉ Chủ tịch UBND xã được trả lại kế hoạch.", ret.Message);
        Assert.Equal(CaseStatus.ChoPheDuyet, c.Status);
        Assert.Equal(PlanStatus.ChoPheDuyet, Assert.Single(c.Plans).Status);
    }

    [Fact]
    public void ApprovePlan_ByTheChairman_StartsThePlanAndDueTheFirstReviewIn30Days()
    {
        var c = Submitted();
        var at = Received.AddDays(3);
        c.ApprovePlan("01/QĐ", "Đồng ý", Chairman, at);
        Assert.Equal(CaseStatus.DangThucHien, c.Status);
        var plan = Assert.Single(c.Plans);
        Assert.Equal(PlanStatus.DaPheDuyet, plan.Status);
        Assert.Equal("Chủ tịch UBND xã", plan.DeciderName);
        Assert.Equal(at.AddDays(30), Assert.Single(c.OpenSteps, s => s.Kind == CaseStepKind.RaSoat).DueAt);
    }

    [Fact]
    public void ReturnPlan_NeedsAReason_AndGivesFiveWorkingDaysForANewDraft()
    {
        var c = Submitted();
        var at = Utc(2026, 12, 3, 2); // Thursday 03/12/2026
        Assert.Equal("Ghi rõ lý do trả lại kế hoạch.", Assert.Throws<CaseRuleException>(() => c.ReturnPlan(" ", Chairman, at, WorkCalendar)).Message);

        c.ReturnPlan("Bổ sung người thực hiện", Chairman, at, WorkCalendar);

        Assert.Equal(CaseStatus.DaDanhGiaCuThe, c.Status);
        Assert.Equal(PlanStatus.TraLai, Assert.Single(c.Plans).Status);
        // Fri 04, Mon 07, Tue 08, Wed 09, Thu 10/12/2026, end of day Vietnam time.
        Assert.Equal(Utc(2026, 12, 10, 16, 59, 59), Assert.Single(c.OpenSteps, s => s.Kind == CaseStepKind.LapKeHoach).DueAt);
        c.SubmitPlan(Plan(), Worker, at.AddDays(1), WorkCalendar);
        Assert.Equal(2, c.Plans.Single(p => p.Status == PlanStatus.ChoPheDuyet).Sequence);
    }

    [Fact]
    public void DecideEmergencyOrEndSeparation_ByAWorker_IsRefused()
    {
        var c = Assessed();
        var decide = Assert.Throws<CaseRuleException>(() => c.DecideEmergency(Separation(1, Received, Received.AddDays(5)), Worker, Received.AddHours(4)));
        Assert.Equal("Chỉ Chủ tịch UBND xã được quyết định biện pháp khẩn cấp hoặc tạm thời cách ly.", decide.Message);
        Assert.Empty(c.Separations);

        c.DecideEmergency(Separation(1, Received, Received.AddDays(5)), Chairman, Received.AddHours(4));
        var end = Assert.Throws<CaseRuleException>(() => c.EndSeparation(1, "Gia đình đã an toàn", Worker, Received.AddDays(2)));
        Assert.Equal("Chỉ Chủ tịch UBND xã được chấm dứt quyết định tạm thời cách ly.", end.Message);
        Assert.NotNull(c.RunningSeparation);
    }

    [Fact]
    public void Separation_LongerThan15Days_IsRefused_And15DaysIsAllowed()
    {
        var c = Assessed();
        var from = Received.AddHours(4);
        var ex = Assert.Throws<CaseRuleException>(() => c.DecideEmergency(Separation(1, from, from.AddDays(15).AddMinutes(1)), Chairman, from));
        Assert.Equal("Mỗi quyết định tạm thời cách ly không quá 15 ngày; gia hạn bằng một quyết định mới.", ex.Message);
        Assert.Empty(c.Separations);

        c.DecideEmergency(Separation(1, from, from.AddDays(15)), Chairman, from);
        var step = Assert.Single(c.OpenSteps, s => s.Kind == CaseStepKind.CachLy);
        Assert.Equal(from.AddDays(15), step.DueAt);
    }

    [Fact]
    public void Separation_ExtendedByANewDecision_CompletesTheOldStepAndDueTheNewEnd()
    {
        var c = Assessed();
        var from = Received.AddHours(4);
        c.DecideEmergency(Separation(1, from, from.AddDays(15)), Chairman, from);

        // A second separation while one is running must extend it.
        var again = Assert.Throws<CaseRuleException>(() => c.DecideEmergency(Separation(2, from.AddDays(1), from.AddDays(10)), Chairman, from.AddDays(1)));
        Assert.Equal("Trẻ em đang được tạm thời cách ly: hãy gia hạn hoặc chấm dứt quyết định đang có hiệu lực.", again.Message);
        var wrong = Assert.Throws<CaseRuleException>(() => c.DecideEmergency(Separation(2, from.AddDays(15), from.AddDays(25), extends: 99), Chairman, from.AddDays(14)));
        Assert.Equal("Chỉ gia hạn quyết định cách ly đang có hiệu lực.", wrong.Message);

        var at = from.AddDays(14);
        c.DecideEmergency(Separation(2, from.AddDays(15), from.AddDays(25), extends: 1), Chairman, at);

        var old = Assert.Single(c.Steps, s => s.Kind == CaseStepKind.CachLy && s.SeparationDecision!.Id == 1);
        Assert.Equal(at, old.CompletedAt);
        Assert.Equal("Gia hạn bằng quyết định mới", old.Note);
        var current = Assert.Single(c.OpenSteps, s => s.Kind == CaseStepKind.CachLy);
        Assert.Equal(from.AddDays(25), current.DueAt);
        Assert.Equal(2, c.RunningSeparation!.Id);
        Assert.Equal(2, c.Separations.Count);
    }

    [Fact]
    public void InitialAssessment_NeedingEmergency_OpensAn12HourDecisionThatTheChairmanCompletes()
    {
        var c = Opened();
        var a = Rated(AssessmentKind.BanDau, RiskRating.Cao);
        a.NeedsEmergency = true;
        c.RecordInitialAssessment(a, Worker, Received.AddHours(2), WorkCalendar);
        var step = Assert.Single(c.OpenSteps, s => s.Kind == CaseStepKind.CanThiepKhanCap);
        Assert.Equal(Received.AddHours(12), step.DueAt);
        Assert.Equal(RiskRating.Cao, Assert.Single(c.Assessments).Level);

        c.DecideEmergency(new SeparationDecision
        {
            Kind = EmergencyMeasureKind.CanThiepKhanCap, Measures = "Đưa trẻ đi khám", From = Received.AddHours(5), Until = Received.AddDays(3),
        }, Chairman, Received.AddHours(5));

        Assert.Equal(Received.AddHours(5), step.CompletedAt);
        Assert.DoesNotContain(c.OpenSteps, s => s.Kind == CaseStepKind.CachLy);
    }

    [Fact]
    public void Close_WithoutAReviewProposingIt_IsRefused()
    {
        var c = Running();
        var ex = Assert.Throws<CaseRuleException>(() => c.Close("Đã an toàn", Worker, Received.AddDays(10)));
        Assert.Equal("Cần một lần rà soát (Mẫu 06) đề xuất kết thúc trước khi đóng hồ sơ.", ex.Message);

        c.RecordReview(Rated(AssessmentKind.RaSoat, RiskRating.Thap, ReviewProposal.TiepTuc), Worker, Received.AddDays(10), WorkCalendar);
        Assert.Throws<CaseRuleException>(() => c.Close("Đã an toàn", Worker, Received.AddDays(11)));
        Assert.Equal(CaseStatus.DangThucHien, c.Status);
    }

    [Fact]
    public void Close_WithARunningSeparation_IsRefusedUntilItEnds()
    {
        var c = Running();
        var from = Received.AddDays(5);
        c.DecideEmergency(Separation(1, from, from.AddDays(10)), Chairman, from);
        c.RecordReview(Rated(AssessmentKind.RaSoat, RiskRating.Thap, ReviewProposal.DongHoSo), Worker, Received.AddDays(8), WorkCalendar);

        var ex = Assert.Throws<CaseRuleException>(() => c.Close("Đã an toàn", Worker, Received.AddDays(9)));
        Assert.Equal("Trẻ em đang được tạm thời cách ly: hãy chấm dứt quyết định trước khi đóng hồ sơ.", ex.Message);
        Assert.Equal("Ghi rõ lý do đóng hồ sơ.", Assert.Throws<CaseRuleException>(() => c.Close(" ", Worker, Received.AddDays(9))).Message);
        var another = Assert.Throws<CaseRuleException>(() =>
            c.RecordReview(Rated(AssessmentKind.RaSoat, RiskRating.Thap, ReviewProposal.TiepTuc), Worker, Received.AddDays(9), WorkCalendar));
        Assert.Equal("Đã đề xuất đóng hồ sơ: hãy đóng hồ sơ hoặc ghi nhận quyết định.", another.Message);

        c.EndSeparation(1, "Gia đình đã bảo đảm an toàn", Chairman, Received.AddDays(9));
        c.Close("Đã an toàn", Worker, Received.AddDays(10));

        Assert.Equal(CaseStatus.DaDong, c.Status);
        Assert.Equal(Received.AddDays(10), c.ClosedAt);
        Assert.Empty(c.OpenSteps);
        Assert.Equal(PlanStatus.HoanThanh, Assert.Single(c.Plans).Status);
        Assert.Equal("Gia đình đã bảo đảm an toàn", Assert.Single(c.Separations).EndReason);
    }

    [Fact]
    public void Review_ProposingANewPlan_SendsTheCaseBackToPlanningWithFiveWorkingDays()
    {
        var c = Running();
        var at = Utc(2026, 12, 10, 2); // Thursday 10/12/2026
        c.RecordReview(Rated(AssessmentKind.RaSoat, RiskRating.TrungBinh, ReviewProposal.KeHoachMoi), Worker, at, WorkCalendar);

        Assert.Equal(CaseStatus.DaDanhGiaCuThe, c.Status);
        Assert.Equal(PlanStatus.ThayThe, Assert.Single(c.Plans).Status);
        Assert.Null(c.CurrentPlan);
        // Fri 11, Mon 14, Tue 15, Wed 16, Thu 17/12/2026.
        Assert.Equal(Utc(2026, 12, 17, 16, 59, 59), Assert.Single(c.OpenSteps, s => s.Kind == CaseStepKind.LapKeHoach).DueAt);
        Assert.DoesNotContain(c.OpenSteps, s => s.Kind == CaseStepKind.RaSoat);

        c.SubmitPlan(Plan(), Worker, at.AddDays(1), WorkCalendar);
        Assert.Equal(2, c.CurrentPlan!.Sequence);
    }

    [Fact]
    public void Review_ToContinue_DueTheNextReviewIn30Days()
    {
        var c = Running();
        var at = Received.AddDays(15);
        c.RecordReview(Rated(AssessmentKind.RaSoat, RiskRating.Thap, ReviewProposal.TiepTuc), Worker, at, WorkCalendar);
        Assert.Equal(at.AddDays(30), Assert.Single(c.OpenSteps, s => s.Kind == CaseStepKind.RaSoat).DueAt);
        var noProposal = Rated(AssessmentKind.RaSoat, RiskRating.Thap);
        Assert.Equal("Chọn đề xuất sau rà soát.", Assert.Throws<CaseRuleException>(() => c.RecordReview(noProposal, Worker, at, WorkCalendar)).Message);
    }

    [Fact]
    public void Reopen_NeedsAReason_AndOpensA12HourInitialAssessment()
    {
        var c = Closed();
        var at = Received.AddDays(40);
        Assert.Equal("Ghi rõ lý do mở lại hồ sơ.", Assert.Throws<CaseRuleException>(() => c.Reopen("  ", Worker, at)).Message);
        Assert.Equal(CaseStatus.DaDong, c.Status);

        c.Reopen("Trẻ lại bị bạo lực", Worker, at);

        Assert.Equal(CaseStatus.TiepNhan, c.Status);
        Assert.Null(c.ClosedAt);
        var reopened = Assert.Single(c.Steps, s => s.Kind == CaseStepKind.MoLai);
        Assert.Equal("Trẻ lại bị bạo lực", reopened.Note);
        Assert.Equal(at.AddHours(12), Assert.Single(c.OpenSteps).DueAt);
        Assert.Equal(CaseStepKind.DanhGiaBanDau, Assert.Single(c.OpenSteps).Kind);

        // The procedure runs again from the initial assessment.
        c.RecordInitialAssessment(Rated(AssessmentKind.BanDau), Worker, at.AddHours(2), WorkCalendar);
        Assert.Equal(CaseStatus.DaDanhGiaBanDau, c.Status);
    }

    [Fact]
    public void Open_AnonymousReporter_ClearsTheReporterData()
    {
        var intake = Intake();
        intake.ReporterAnonymous = true;
        intake.ReporterName = "Nguyễn Văn B";
        intake.ReporterPhone = "0912345678";
        intake.ReporterAddress = "Thôn 2";
        var c = Case.Open(intake, Worker, Received);
        Assert.Null(c.ReporterName);
        Assert.Null(c.ReporterPhone);
        Assert.Null(c.ReporterAddress);

        var named = Intake();
        named.ReporterName = "Nguyễn Văn B";
        Assert.Equal("Nguyễn Văn B", Case.Open(named, Worker, Received).ReporterName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Open_From111WithoutTheHotlineReference_IsRefused(string? reference)
    {
        var intake = Intake();
        intake.Source = CaseSource.TongDai111;
        intake.HotlineReference = reference;
        var ex = Assert.Throws<CaseRuleException>(() => Case.Open(intake, Worker, Received));
        Assert.Equal("Thông tin từ Tổng đài 111 phải có mã số của Tổng đài.", ex.Message);
        Assert.Empty(intake.Steps);

        intake.HotlineReference = "111-2026-0042";
        Assert.Equal(CaseStatus.TiepNhan, Case.Open(intake, Worker, Received).Status);
    }

    [Fact]
    public void Open_WithoutChildFormOrWithAFutureTime_IsRefused()
    {
        var noChild = Intake();
        noChild.Children.Clear();
        Assert.Equal("Vụ việc phải có ít nhất một trẻ em.", Assert.Throws<CaseRuleException>(() => Case.Open(noChild, Worker, Received)).Message);

        var noForm = Intake();
        noForm.AbuseForms = AbuseForm.None;
        Assert.Equal("Chọn ít nhất một hình thức xâm hại.", Assert.Throws<CaseRuleException>(() => Case.Open(noForm, Worker, Received)).Message);
        noForm.Concern = CaseConcern.CoNguyCo;
        Assert.Equal(CaseStatus.TiepNhan, Case.Open(noForm, Worker, Received).Status);

        var future = Intake(Received.AddMinutes(10));
        Assert.Equal("Thời điểm tiếp nhận không được ở tương lai.", Assert.Throws<CaseRuleException>(() => Case.Open(future, Worker, Received)).Message);
    }

    [Fact]
    public void SubmitPlan_WithoutObjectivesTasksOrAssignee_IsRefused()
    {
        var c = Specific();
        var at = Received.AddDays(2);
        var noObjective = Plan();
        noObjective.Objectives = "";
        Assert.Equal("Kế hoạch phải có mục tiêu.", Assert.Throws<CaseRuleException>(() => c.SubmitPlan(noObjective, Worker, at, WorkCalendar)).Message);
        var noTask = Plan();
        noTask.Tasks.Clear();
        Assert.Equal("Kế hoạch phải có ít nhất một hoạt động được giao.", Assert.Throws<CaseRuleException>(() => c.SubmitPlan(noTask, Worker, at, WorkCalendar)).Message);
        var nobody = Plan();
        nobody.Tasks[0].AssigneeUserId = null;
        Assert.Equal("Hoạt động \"Thăm nhà\" chưa có người hoặc cơ quan thực hiện.",
            Assert.Throws<CaseRuleException>(() => c.SubmitPlan(nobody, Worker, at, WorkCalendar)).Message);
        Assert.Empty(c.Plans);
        Assert.Equal(CaseStatus.DaDanhGiaCuThe, c.Status);
    }

    [Fact]
    public void CompleteTask_RecordsTheOutcomeOnce()
    {
        var c = Running();
        var at = Received.AddDays(6);
        Assert.Equal("Không tìm thấy hoạt động.", Assert.Throws<CaseRuleException>(() => c.CompleteTask(42, "Xong", Worker, at)).Message);
        Assert.Equal("Ghi kết quả thực hiện.", Assert.Throws<CaseRuleException>(() => c.CompleteTask(1, " ", Worker, at)).Message);

        c.CompleteTask(1, "Đã thăm nhà, trẻ an toàn", Worker, at);
        var task = c.Plans.Single().Tasks.Single();
        Assert.Equal(at, task.DoneAt);
        Assert.Equal("Cán bộ xã", task.DoneByName);
        Assert.Equal("Hoạt động này đã được ghi kết quả.", Assert.Throws<CaseRuleException>(() => c.CompleteTask(1, "Lần hai", Worker, at)).Message);
    }

    [Fact]
    public void Assessments_WithoutFindingsOrMinutes_AreRefused()
    {
        var c = Opened();
        var noFindings = Rated(AssessmentKind.BanDau);
        noFindings.Findings = " ";
        Assert.Equal("Ghi nhận định, kết quả đánh giá.",
            Assert.Throws<CaseRuleException>(() => c.RecordInitialAssessment(noFindings, Worker, Received.AddHours(1), WorkCalendar)).Message);

        var assessed = Assessed();
        var noMinutes = Rated(AssessmentKind.CuThe);
        noMinutes.MeetingMinutes = null;
        Assert.Equal("Đánh giá cụ thể phải có biên bản cuộc họp (thời gian, thành phần, nội dung).",
            Assert.Throws<CaseRuleException>(() => assessed.RecordSpecificAssessment(noMinutes, Worker, Received.AddDays(1), WorkCalendar)).Message);
        Assert.Single(assessed.Assessments);
    }
}
