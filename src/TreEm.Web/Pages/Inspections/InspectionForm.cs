using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Activities;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.Communication;

namespace TreEm.Web.Pages.Inspections;

/// <summary>What the user typed for an inspection visit.</summary>
public sealed class InspectionForm
{
    public string? UnitCode { get; set; }
    public string? InspectorUnitCode { get; set; }
    public string? Date { get; set; }
    public string? Subject { get; set; }
    public string? Members { get; set; }
    public string? Findings { get; set; }
    public string? Recommendations { get; set; }
    public string? FollowUpDue { get; set; }

    /// <summary>The outcome of a check: the two units when everything is right, or Forbidden when the user may read
    /// the inspected unit but not record inspections of it.</summary>
    public sealed record Checked(ActivityUnit? Unit, ActivityUnit? Inspector, bool Forbidden);

    /// <summary>Checks the fields and the units, adding Vietnamese model errors under "Input.".</summary>
    public async Task<Checked> CheckAsync(TreEmDbContext db, UserScope scope, DateOnly today, ModelStateDictionary state, IStringLocalizer l,
        CancellationToken ct)
    {
        void Error(string field, string message) => state.AddModelError("Input." + field, l[message]);
        var date = Display.ParseDate(Date);
        if (ActivityKit.Clean(Date) is null) Error(nameof(Date), "Vui lòng nhập ngày kiểm tra (ngày/tháng/năm).");
        else if (date is null) Error(nameof(Date), "Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 30/11/2026.");
        else if (date > today) Error(nameof(Date), "Ngày không được ở tương lai.");
        var subject = ActivityKit.Clean(Subject);
        if (subject is null) Error(nameof(Subject), "Vui lòng nhập nội dung kiểm tra.");
        else if (subject.Length > 300) Error(nameof(Subject), "Nội dung kiểm tra dài quá 300 ký tự.");
        var findings = ActivityKit.Clean(Findings);
        if (findings is null) Error(nameof(Findings), "Vui lòng ghi kết quả kiểm tra.");
        else if (findings.Length > 4000) Error(nameof(Findings), "Kết quả kiểm tra dài quá 4000 ký tự.");
        if (ActivityKit.Clean(Members)?.Length > 1000) Error(nameof(Members), "Thành phần đoàn dài quá 1000 ký tự.");
        if (ActivityKit.Clean(Recommendations)?.Length > 4000) Error(nameof(Recommendations), "Kiến nghị dài quá 4000 ký tự.");
        var due = Display.ParseDate(FollowUpDue);
        if (ActivityKit.Clean(FollowUpDue) is not null && due is null)
            Error(nameof(FollowUpDue), "Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 30/11/2026.");
        else if (due is not null && date is not null && due < date) Error(nameof(FollowUpDue), "Hạn khắc phục không được trước ngày kiểm tra.");

        ActivityUnit? unit = null, inspector = null;
        if (ActivityKit.Clean(UnitCode) is null) Error(nameof(UnitCode), "Vui lòng nhập mã đơn vị được kiểm tra.");
        else
        {
            unit = await ActivityKit.FindReadableAsync(db, scope, UnitCode, ct);
            if (unit is null) Error(nameof(UnitCode), "Không tìm thấy đơn vị trong phạm vi của bạn.");
            else if (!ActivityKit.CanWrite(scope, Capabilities.InspectionWrite, unit.Path)) return new Checked(null, null, Forbidden: true);
        }
        if (ActivityKit.Clean(InspectorUnitCode) is null) Error(nameof(InspectorUnitCode), "Vui lòng nhập mã đơn vị kiểm tra.");
        else
        {
            inspector = await ActivityKit.FindReadableAsync(db, scope, InspectorUnitCode, ct);
            if (inspector is null || !ActivityKit.CanWrite(scope, Capabilities.InspectionWrite, inspector.Path))
                Error(nameof(InspectorUnitCode), "Đơn vị kiểm tra phải là đơn vị bạn được ghi kiểm tra.");
            else if (unit is not null && (unit.Path == inspector.Path || !unit.Path.StartsWith(inspector.Path, StringComparison.Ordinal)))
                Error(nameof(UnitCode), "Đơn vị được kiểm tra phải trực thuộc đơn vị kiểm tra.");
        }
        return state.IsValid ? new Checked(unit, inspector, false) : new Checked(null, null, false);
    }

    public InspectionVisit ToVisit(int unitId, int inspectorUnitId, DateTime now, string? userId) => new()
    {
        UnitId = unitId,
        InspectorUnitId = inspectorUnitId,
        Date = Display.ParseDate(Date)!.Value,
        Subject = Domain.VietnameseText.Clean(Subject),
        Members = ActivityKit.Clean(Members),
        Findings = Domain.VietnameseText.Clean(Findings),
        Recommendations = ActivityKit.Clean(Recommendations),
        FollowUpDue = Display.ParseDate(FollowUpDue),
        CreatedAt = now,
        CreatedByUserId = userId,
    };
}
