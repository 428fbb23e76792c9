using System.Diagnostics.CodeAnalysis;
using TreEm.Auditing;
using TreEm.Domain.Calendar;

namespace TreEm.Domain.Cases;

/// <summary>Who performs a step: the user, their name for forms, and whether they hold the commune-chairman role there.</summary>
public sealed record CaseActor(string? UserId, string Name, bool IsChairman = false);

/// <summary>
/// A case (vụ việc) handled under Decree 56/2017 Art. 25–30. The methods below are the procedure: each refuses a
/// step out of order (<see cref="CaseRuleException"/>), completes the step it answers and opens the next one with
/// its time limit (<see cref="CaseDeadlines"/>). Pages and the API call them; they never set the status themselves.
/// </summary>
[SuppressMessage("Naming", "CA1716", Justification = "\"Case\" is the domain's word (vụ việc); TreEm is C# only.")]
public class Case : IHasUnit, IVersioned
{
    int? IHasUnit.AuditUnitId => UnitId;

    public int Id { get; set; }

    /// <summary>The commune where it happened: the case belongs to it.</summary>
    public int UnitId { get; set; }
    public OrgUnit? Unit { get; set; }

    public CaseSource Source { get; set; }
    public string? HotlineReference { get; set; }
    public IntakeChannel Channel { get; set; } = IntakeChannel.DienThoai;
    public DateTime ReceivedAt { get; set; }
    public CaseConcern Concern { get; set; } = CaseConcern.BiXamHai;
    public AbuseForm AbuseForms { get; set; }

    /// <summary>Reporter (người cung cấp thông tin): optional, and only if they agree to give it.</summary>
    public bool ReporterAnonymous { get; set; }
    public string? ReporterName { get; set; }
    public string? ReporterPhone { get; set; }
    public string? ReporterAddress { get; set; }

    public string Place { get; set; } = "";

    /// <summary>The narrative of the report: sensitive, never shown in lists.</summary>
    [SensitiveText]
    public string Description { get; set; } = "";
    [SensitiveText]
    public string? ChildCondition { get; set; }
    [SensitiveText]
    public string? ActionsTaken { get; set; }
    [SensitiveText]
    public string? AllegedPerpetrator { get; set; }
    public string? PerpetratorRelation { get; set; }

    public CaseStatus Status { get; set; } = CaseStatus.TiepNhan;

    /// <summary>The user who recorded the intake: the hotline follows the status of its own intakes.</summary>
    public string? CreatedByUserId { get; set; }
    public string ReceiverName { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public int Version { get; set; }

    public List<CaseChild> Children { get; set; } = [];
    public List<CaseStep> Steps { get; set; } = [];
    public List<CaseAssessment> Assessments { get; set; } = [];
    public List<SeparationDecision> Separations { get; set; } = [];
    public List<InterventionPlan> Plans { get; set; } = [];
    public List<Referral> Referrals { get; set; } = [];

    /// <summary>The number shown on screens and forms.</summary>
    public string Code => CodeOf(Id);

    public static string CodeOf(int id) => $"VV-{id:D6}";

    public bool IsClosed => Status == CaseStatus.DaDong;

    public IEnumerable<CaseStep> OpenSteps => Steps.Where(s => s.IsOpen);

    /// <summary>Every step with a limit was done within it (or is still within it): computed, never typed.</summary>
    public bool HandledOnTime(DateTime now) => Steps.All(s => s.OnTime(now) != false);

    public InterventionPlan? CurrentPlan =>
        Plans.Where(p => p.Status is PlanStatus.ChoPheDuyet or PlanStatus.DaPheDuyet).MaxBy(p => p.Sequence);

    public SeparationDecision? RunningSeparation =>
        Separations.Where(s => s.Kind == EmergencyMeasureKind.TamThoiCachLy && s.EndedAt is null)
            .Where(s => !Separations.Any(x => x.ExtendsDecisionId == s.Id))
            .MaxBy(s => s.DecidedAt);

    /// <summary>Opens a case from an intake (Mẫu 01): the intake step is done, the initial assessment is due in 12 hours.</summary>
    public static Case Open(Case intake, CaseActor actor, DateTime now)
    {
        if (intake.Children.Count == 0) throw new CaseRuleException("Vụ việc phải có ít nhất một trẻ em.");
        if (string.IsNullOrWhiteSpace(intake.Description)) throw new CaseRuleException("Vui lòng nhập nội dung sự việc.");
        if (intake.ReceivedAt > now.AddMinutes(5)) throw new CaseRuleException("Thời điểm tiếp nhận không được ở tương lai.");
        if (intake.Source == CaseSource.TongDai111 && string.IsNullOrWhiteSpace(intake.HotlineReference))
            throw new CaseRuleException("Thông tin từ Tổng đài 111 phải có mã số của Tổng đài.");
        if (intake.Concern == CaseConcern.BiXamHai && intake.AbuseForms == AbuseForm.None)
            throw new CaseRuleException("Chọn ít nhất một hình thức xâm hại.");
        if (intake.ReporterAnonymous)
        {
            intake.ReporterName = null;
            intake.ReporterPhone = null;
            intake.ReporterAddress = null;
        }
        intake.Status = CaseStatus.TiepNhan;
        intake.CreatedByUserId = actor.UserId;
        intake.ReceiverName = actor.Name;
        intake.CreatedAt = now;
        intake.UpdatedAt = now;
        intake.Steps.Add(new CaseStep
        {
            Kind = CaseStepKind.TiepNhan, OpenedAt = intake.ReceivedAt, CompletedAt = now,
            CompletedByUserId = actor.UserId, CompletedByName = actor.Name,
        });
        intake.Steps.Add(new CaseStep
        {
            Kind = CaseStepKind.DanhGiaBanDau, OpenedAt = now,
            DueAt = CaseDeadlines.InitialAssessmentDue(intake.ReceivedAt),
        });
        return intake;
    }

    /// <summary>Mẫu 02. Opens the specific assessment; when the child needs it, the emergency decision (12 hours from intake).</summary>
    public void RecordInitialAssessment(CaseAssessment assessment, CaseActor actor, DateTime now, WorkingCalendar calendar)
    {
        Require(CaseStatus.TiepNhan, "Chỉ đánh giá ban đầu khi vụ việc vừa được tiếp nhận.");
        AddAssessment(assessment, AssessmentKind.BanDau, actor, now);
        Complete(CaseStepKind.DanhGiaBanDau, actor, now, null);
        if (assessment.NeedsEmergency && !Steps.Any(s => s.Kind == CaseStepKind.CanThiepKhanCap && s.IsOpen))
            Steps.Add(new CaseStep { Kind = CaseStepKind.CanThiepKhanCap, OpenedAt = now, DueAt = CaseDeadlines.EmergencyDecisionDue(LastOpenedAt()) });
        Steps.Add(new CaseStep
        {
            Kind = CaseStepKind.DanhGiaCuThe, OpenedAt = now,
            DueAt = calendar.AddWorkingDays(now, CaseDeadlines.SpecificAssessmentWorkingDays),
        });
        Move(CaseStatus.DaDanhGiaBanDau, now);
    }

    /// <summary>Mẫu 07: emergency measures or a temporary separation, decided by the commune chairman only.</summary>
    public void DecideEmergency(SeparationDecision decision, CaseActor actor, DateTime now)
    {
        if (IsClosed) throw new CaseRuleException("Vụ việc đã đóng.");
        if (!actor.IsChairman) throw new CaseRuleException("Chỉ Chủ tịch UBND xã được quyết định biện pháp khẩn cấp hoặc tạm thời cách ly.");
        if (string.IsNullOrWhiteSpace(decision.Measures)) throw new CaseRuleException("Ghi rõ các biện pháp được áp dụng.");
        if (decision.Until <= decision.From) throw new CaseRuleException("Thời hạn kết thúc phải sau thời điểm bắt đầu.");
        if (decision.Kind == EmergencyMeasureKind.TamThoiCachLy)
        {
            if (decision.Until - decision.From > TimeSpan.FromDays(CaseDeadlines.MaxSeparationDays))
                throw new CaseRuleException($"Mỗi quyết định tạm thời cách ly không quá {CaseDeadlines.MaxSeparationDays} ngày; gia hạn bằng một quyết định mới.");
            if (string.IsNullOrWhiteSpace(decision.CarePlace)) throw new CaseRuleException("Ghi rõ nơi chăm sóc tạm thời của trẻ em.");
            var running = RunningSeparation;
            if (decision.ExtendsDecisionId is { } previous)
            {
                if (running is null || running.Id != previous) throw new CaseRuleException("Chỉ gia hạn quyết định cách ly đang có hiệu lực.");
                CompleteSeparationStep(running.Id, actor, now, "Gia hạn bằng quyết định mới");
            }
            else if (running is not null)
                throw new CaseRuleException("Trẻ em đang được tạm thời cách ly: hãy gia hạn hoặc chấm dứt quyết định đang có hiệu lực.");
        }
        decision.DecidedAt = now;
        decision.DecidedByUserId = actor.UserId;
        decision.DeciderName = actor.Name;
        Separations.Add(decision);
        if (Steps.Any(s => s.Kind == CaseStepKind.CanThiepKhanCap && s.IsOpen))
            Complete(CaseStepKind.CanThiepKhanCap, actor, now, null);
        if (decision.Kind == EmergencyMeasureKind.TamThoiCachLy)
            Steps.Add(new CaseStep { Kind = CaseStepKind.CachLy, OpenedAt = now, DueAt = decision.Until, SeparationDecision = decision });
        UpdatedAt = now;
    }

    /// <summary>Ends a running separation (the caregivers were assessed safe, or the period is over).</summary>
    public void EndSeparation(int decisionId, string reason, CaseActor actor, DateTime now)
    {
        var running = RunningSeparation;
        if (running is null || running.Id != decisionId) throw new CaseRuleException("Quyết định này không còn hiệu lực.");
        if (!actor.IsChairman) throw new CaseRuleException("Chỉ Chủ tịch UBND xã được chấm dứt quyết định tạm thời cách ly.");
        running.EndedAt = now;
        running.EndReason = reason;
        CompleteSeparationStep(running.Id, actor, now, reason);
        UpdatedAt = now;
    }

    /// <summary>Mẫu 03 with the meeting minutes. Opens the plan, due in 5 working days.</summary>
    public void RecordSpecificAssessment(CaseAssessment assessment, CaseActor actor, DateTime now, WorkingCalendar calendar)
    {
        Require(CaseStatus.DaDanhGiaBanDau, "Chỉ đánh giá nguy cơ cụ thể sau khi đã đánh giá ban đầu.");
        if (string.IsNullOrWhiteSpace(assessment.MeetingMinutes) || assessment.MeetingAt is null)
            throw new CaseRuleException("Đánh giá cụ thể phải có biên bản cuộc họp (thời gian, thành phần, nội dung).");
        AddAssessment(assessment, AssessmentKind.CuThe, actor, now);
        Complete(CaseStepKind.DanhGiaCuThe, actor, now, null);
        OpenPlanStep(now, calendar);
        Move(CaseStatus.DaDanhGiaCuThe, now);
    }

    /// <summary>Mẫu 04: the worker submits the plan to the chairman, who has 2 working days to decide.</summary>
    public void SubmitPlan(InterventionPlan plan, CaseActor actor, DateTime now, WorkingCalendar calendar)
    {
        Require(CaseStatus.DaDanhGiaCuThe, "Chỉ lập kế hoạch sau khi đã đánh giá nguy cơ cụ thể.");
        if (string.IsNullOrWhiteSpace(plan.Objectives)) throw new CaseRuleException("Kế hoạch phải có mục tiêu.");
        if (plan.Tasks.Count == 0) throw new CaseRuleException("Kế hoạch phải có ít nhất một hoạt động được giao.");
        foreach (var t in plan.Tasks)
        {
            if (t.AssigneeUserId is null && t.AssigneeAgencyId is null && t.AssigneeAgency is null)
                throw new CaseRuleException($"Hoạt động \"{t.Title}\" chưa có người hoặc cơ quan thực hiện.");
            t.Case = this;
        }
        foreach (var old in Plans.Where(p => p.Status == PlanStatus.DaPheDuyet)) old.Status = PlanStatus.ThayThe;
        plan.Sequence = Plans.Count + 1;
        plan.Status = PlanStatus.ChoPheDuyet;
        plan.DraftedAt = now;
        plan.DraftedByUserId = actor.UserId;
        plan.DrafterName = actor.Name;
        Plans.Add(plan);
        Complete(CaseStepKind.LapKeHoach, actor, now, null);
        Steps.Add(new CaseStep { Kind = CaseStepKind.PheDuyetKeHoach, OpenedAt = now, DueAt = calendar.AddWorkingDays(now, CaseDeadlines.ApprovalWorkingDays) });
        Move(CaseStatus.ChoPheDuyet, now);
    }

    /// <summary>Mẫu 05: only a user holding the commune-chairman role approves. The first review is due in 30 days.</summary>
    public void ApprovePlan(string? decisionNumber, string? note, CaseActor actor, DateTime now)
    {
        Require(CaseStatus.ChoPheDuyet, "Không có kế hoạch đang chờ phê duyệt.");
        if (!actor.IsChairman) throw new CaseRuleException("Chỉ Chủ tịch UBND xã được phê duyệt kế hoạch hỗ trợ, can thiệp.");
        var plan = Plans.Single(p => p.Status == PlanStatus.ChoPheDuyet);
        plan.Status = PlanStatus.DaPheDuyet;
        plan.DecidedAt = now;
        plan.DecidedByUserId = actor.UserId;
        plan.DeciderName = actor.Name;
        plan.ApprovalNumber = decisionNumber;
        plan.DecisionNote = note;
        Complete(CaseStepKind.PheDuyetKeHoach, actor, now, note);
        Steps.Add(new CaseStep { Kind = CaseStepKind.RaSoat, OpenedAt = now, DueAt = now.AddDays(CaseDeadlines.ReviewIntervalDays) });
        Move(CaseStatus.DangThucHien, now);
    }

    /// <summary>The chairman returns the plan with a reason; the worker has 5 working days for a new draft.</summary>
    public void ReturnPlan(string reason, CaseActor actor, DateTime now, WorkingCalendar calendar)
    {
        Require(CaseStatus.ChoPheDuyet, "Không có kế hoạch đang chờ phê duyệt.");
        if (!actor.IsChairman) throw new CaseRuleException("Chỉ Chủ tịch UBND xã được trả lại kế hoạch.");
        if (string.IsNullOrWhiteSpace(reason)) throw new CaseRuleException("Ghi rõ lý do trả lại kế hoạch.");
        var plan = Plans.Single(p => p.Status == PlanStatus.ChoPheDuyet);
        plan.Status = PlanStatus.TraLai;
        plan.DecidedAt = now;
        plan.DecidedByUserId = actor.UserId;
        plan.DeciderName = actor.Name;
        plan.DecisionNote = reason;
        Complete(CaseStepKind.PheDuyetKeHoach, actor, now, reason);
        OpenPlanStep(now, calendar);
        Move(CaseStatus.DaDanhGiaCuThe, now);
    }

    /// <summary>Records the outcome of a task of the approved plan.</summary>
    public void CompleteTask(int taskId, string outcome, CaseActor actor, DateTime now)
    {
        Require(CaseStatus.DangThucHien, "Chỉ ghi kết quả hoạt động khi kế hoạch đang được thực hiện.");
        var task = Plans.SelectMany(p => p.Tasks).SingleOrDefault(t => t.Id == taskId)
            ?? throw new CaseRuleException("Không tìm thấy hoạt động.");
        if (task.DoneAt is not null) throw new CaseRuleException("Hoạt động này đã được ghi kết quả.");
        if (string.IsNullOrWhiteSpace(outcome)) throw new CaseRuleException("Ghi kết quả thực hiện.");
        task.DoneAt = now;
        task.DoneByName = actor.Name;
        task.Outcome = outcome;
        UpdatedAt = now;
    }

    /// <summary>Mẫu 06. Continue (next review in 30 days), a new plan (5 working days), or a proposal to close.</summary>
    public void RecordReview(CaseAssessment review, CaseActor actor, DateTime now, WorkingCalendar calendar)
    {
        Require(CaseStatus.DangThucHien, "Chỉ rà soát khi kế hoạch đang được thực hiện.");
        if (Steps.Any(s => s.Kind == CaseStepKind.DongHoSo && s.IsOpen))
            throw new CaseRuleException("Đã đề xuất đóng hồ sơ: hãy đóng hồ sơ hoặc ghi nhận quyết định.");
        if (review.Proposal is null) throw new CaseRuleException("Chọn đề xuất sau rà soát.");
        AddAssessment(review, AssessmentKind.RaSoat, actor, now);
        Complete(CaseStepKind.RaSoat, actor, now, null);
        switch (review.Proposal)
        {
            case ReviewProposal.TiepTuc:
                Steps.Add(new CaseStep { Kind = CaseStepKind.RaSoat, OpenedAt = now, DueAt = now.AddDays(CaseDeadlines.ReviewIntervalDays) });
                UpdatedAt = now;
                break;
            case ReviewProposal.KeHoachMoi:
                foreach (var p in Plans.Where(p => p.Status == PlanStatus.DaPheDuyet)) p.Status = PlanStatus.ThayThe;
                OpenPlanStep(now, calendar);
                Move(CaseStatus.DaDanhGiaCuThe, now);
                break;
            default:
                Steps.Add(new CaseStep { Kind = CaseStepKind.DongHoSo, OpenedAt = now, DueAt = calendar.AddWorkingDays(now, CaseDeadlines.ClosureWorkingDays) });
                UpdatedAt = now;
                break;
        }
    }

    /// <summary>Closes the case after a review proposed it. A running separation must be ended first.</summary>
    public void Close(string reason, CaseActor actor, DateTime now)
    {
        Require(CaseStatus.DangThucHien, "Chỉ đóng hồ sơ khi kế hoạch đang được thực hiện.");
        if (!Steps.Any(s => s.Kind == CaseStepKind.DongHoSo && s.IsOpen))
            throw new CaseRuleException("Cần một lần rà soát (Mẫu 06) đề xuất kết thúc trước khi đóng hồ sơ.");
        if (string.IsNullOrWhiteSpace(reason)) throw new CaseRuleException("Ghi rõ lý do đóng hồ sơ.");
        if (RunningSeparation is not null) throw new CaseRuleException("Trẻ em đang được tạm thời cách ly: hãy chấm dứt quyết định trước khi đóng hồ sơ.");
        Complete(CaseStepKind.DongHoSo, actor, now, reason);
        foreach (var s in Steps.Where(s => s.IsOpen))
        {
            s.CompletedAt = now;
            s.CompletedByUserId = actor.UserId;
            s.CompletedByName = actor.Name;
            s.Note = "Đóng cùng hồ sơ";
        }
        foreach (var p in Plans.Where(p => p.Status == PlanStatus.DaPheDuyet)) p.Status = PlanStatus.HoanThanh;
        ClosedAt = now;
        Move(CaseStatus.DaDong, now);
    }

    /// <summary>Reopens a closed case with a reason: new information means the risk is assessed again within 12 hours.</summary>
    public void Reopen(string reason, CaseActor actor, DateTime now)
    {
        Require(CaseStatus.DaDong, "Chỉ mở lại hồ sơ đã đóng.");
        if (string.IsNullOrWhiteSpace(reason)) throw new CaseRuleException("Ghi rõ lý do mở lại hồ sơ.");
        Steps.Add(new CaseStep
        {
            Kind = CaseStepKind.MoLai, OpenedAt = now, CompletedAt = now, CompletedByUserId = actor.UserId,
            CompletedByName = actor.Name, Note = reason,
        });
        Steps.Add(new CaseStep { Kind = CaseStepKind.DanhGiaBanDau, OpenedAt = now, DueAt = WorkingCalendar.AddHours(now, CaseDeadlines.InitialAssessmentHours) });
        ClosedAt = null;
        Move(CaseStatus.TiepNhan, now);
    }

    private DateTime LastOpenedAt() =>
        Steps.Where(s => s.Kind == CaseStepKind.MoLai).Select(s => (DateTime?)s.OpenedAt).Max() ?? ReceivedAt;

    private void OpenPlanStep(DateTime now, WorkingCalendar calendar) =>
        Steps.Add(new CaseStep { Kind = CaseStepKind.LapKeHoach, OpenedAt = now, DueAt = calendar.AddWorkingDays(now, CaseDeadlines.PlanWorkingDays) });

    private void AddAssessment(CaseAssessment a, AssessmentKind kind, CaseActor actor, DateTime now)
    {
        a.Kind = kind;
        if (string.IsNullOrWhiteSpace(a.Findings)) throw new CaseRuleException("Ghi nhận định, kết quả đánh giá.");
        var ratings = new Dictionary<string, RiskRating>();
        foreach (var i in a.Items)
        {
            if (!Enum.IsDefined(i.Rating)) throw new CaseRuleException($"Mục {i.ItemCode}: chọn Cao, Trung bình hoặc Thấp.");
            if (!ratings.TryAdd(i.ItemCode, i.Rating)) throw new CaseRuleException($"Mục {i.ItemCode} được đánh giá hai lần.");
        }
        var unknown = ratings.Keys.Except(AssessmentForms.ItemsOf(kind).Select(i => i.Code)).ToList();
        if (unknown.Count > 0) throw new CaseRuleException($"Mục không có trong mẫu: {string.Join(", ", unknown)}.");
        a.Level = AssessmentForms.Compute(kind, ratings).Level;
        a.AssessedAt = now;
        a.AssessedByUserId = actor.UserId;
        a.AssessorName = actor.Name;
        Assessments.Add(a);
    }

    private void Require(CaseStatus status, string message)
    {
        if (Status != status) throw new CaseRuleException(message);
    }

    private void Complete(CaseStepKind kind, CaseActor actor, DateTime now, string? note)
    {
        var step = Steps.Where(s => s.Kind == kind && s.IsOpen).MinBy(s => s.OpenedAt)
            ?? throw new CaseRuleException("Bước này không còn mở.");
        step.CompletedAt = now;
        step.CompletedByUserId = actor.UserId;
        step.CompletedByName = actor.Name;
        step.Note = note;
    }

    private void CompleteSeparationStep(int decisionId, CaseActor actor, DateTime now, string note)
    {
        foreach (var s in Steps.Where(s => s.Kind == CaseStepKind.CachLy && s.IsOpen
                     && (s.SeparationDecisionId == decisionId || s.SeparationDecision?.Id == decisionId)))
        {
            s.CompletedAt = now;
            s.CompletedByUserId = actor.UserId;
            s.CompletedByName = actor.Name;
            s.Note = note;
        }
    }

    private void Move(CaseStatus status, DateTime now)
    {
        Status = status;
        UpdatedAt = now;
    }
}
