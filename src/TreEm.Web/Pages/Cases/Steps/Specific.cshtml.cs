using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Domain.Cases;
using TreEm.Web.Hosting;

namespace TreEm.Web.Pages.Cases.Steps;

/// <summary>Mẫu 03: the specific risk assessment with the minutes of the meeting; opens the plan (5 working days).</summary>
public class SpecificModel(CaseAccessor cases, IAuditActor audit, IStringLocalizer<CaseStepsResource> l) : StepPageModel(cases, audit, l)
{
    public const AssessmentKind Kind = AssessmentKind.CuThe;

    public sealed class SpecificInput : AssessmentInput
    {
        public string? MeetingAt { get; set; }
        public string? MeetingParticipants { get; set; }
        public string? MeetingMinutes { get; set; }
        public bool? AbuseConfirmed { get; set; }
    }

    [BindProperty]
    public SpecificInput Input { get; set; } = new();

    public AssessmentForms.Score? Preview { get; private set; }

    public override string Heading => "Đánh giá nguy cơ cụ thể (Mẫu 03)";
    public override CaseStep? DueStep => OpenStep(CaseStepKind.DanhGiaCuThe);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, o => o.CanWork, ct) is { } denied) return denied;
        StartForm();
        Input.Prepare(Kind);
        Input.MeetingAt = Display.DateTime(Cases.Now);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, o => o.CanWork, ct) is { } denied) return denied;
        Input.Prepare(Kind);
        Preview = Input.Preview(Kind);
        Input.Validate(ModelState, L);
        var meetingAt = StepText.ParseDateTime(Input.MeetingAt);
        if (string.IsNullOrWhiteSpace(Input.MeetingAt)) Error(nameof(SpecificInput.MeetingAt), "Vui lòng nhập thời gian họp.");
        else if (meetingAt is null) Error(nameof(SpecificInput.MeetingAt), "Thời gian không hợp lệ: nhập theo dạng ngày/tháng/năm giờ:phút, ví dụ 30/11/2026 14:30.");
        else if (meetingAt > Cases.Now.AddMinutes(5)) Error(nameof(SpecificInput.MeetingAt), "Thời gian họp không được ở tương lai.");
        if (string.IsNullOrWhiteSpace(Input.MeetingParticipants)) Error(nameof(SpecificInput.MeetingParticipants), "Vui lòng ghi thành phần tham dự.");
        if (string.IsNullOrWhiteSpace(Input.MeetingMinutes)) Error(nameof(SpecificInput.MeetingMinutes), "Vui lòng nhập biên bản cuộc họp.");
        if (Input.AbuseConfirmed is null) Error(nameof(SpecificInput.AbuseConfirmed), "Vui lòng chọn trẻ em có bị xâm hại hay không.");
        var assessment = Input.ToAssessment();
        assessment.MeetingAt = meetingAt;
        assessment.MeetingParticipants = Input.MeetingParticipants?.Trim();
        assessment.MeetingMinutes = Input.MeetingMinutes?.Trim();
        assessment.AbuseConfirmed = Input.AbuseConfirmed;
        var calendar = await Cases.CalendarAsync(ct);
        return await SaveAsync(
            o => o.Case.RecordSpecificAssessment(assessment, o.Actor, Cases.Now, calendar),
            null,
            L["Đã ghi đánh giá nguy cơ cụ thể của vụ việc {0}.", Open.Case.Code],
            ct);
    }
}
