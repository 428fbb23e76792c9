using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Reports;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Reports.Periods;

/// <summary>The fields of a report period as typed (dates dd/mm/yyyy).</summary>
public sealed class PeriodInput
{
    public int? Year { get; set; }
    public ReportPeriodKind? Kind { get; set; }
    public string? From { get; set; }
    public string? CutOff { get; set; }
    public string? Deadline { get; set; }
    public string? CommuneDeadline { get; set; }
    public int? ReminderDays { get; set; }
    public int Version { get; set; }

    public static PeriodInput Of(ReportPeriod p) => new()
    {
        Year = p.Year,
        Kind = p.Kind,
        From = Display.Date(p.From),
        CutOff = Display.Date(p.CutOff),
        Deadline = Display.Date(p.Deadline),
        CommuneDeadline = Display.Date(p.CommuneDeadline),
        ReminderDays = p.ReminderDays,
        Version = p.Version,
    };
}

/// <summary>
/// What the pages that create and change a period share: only province officers and administrators (403), the
/// checks (dates, cut-off not before the start, one period per year and kind) with Vietnamese messages on the fields,
/// the input kept when refused.
/// </summary>
public abstract class PeriodFormPage(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<ReportsResource> l) : PageModel
{
    [BindProperty]
    public PeriodInput Input { get; set; } = new();

    protected TreEmDbContext Db => db;
    protected IStringLocalizer<ReportsResource> L => l;
    protected DateTime Now => time.GetUtcNow().UtcDateTime;
    protected DateOnly Today => Display.Today(time);

    protected async Task<bool> AllowedAsync(CancellationToken ct) => ReportAccess.CanManagePeriods(await me.ScopeAsync(ct));

    /// <summary>Checks the input and writes it into <paramref name="period"/>; false (with model errors) when refused.</summary>
    protected async Task<bool> ApplyAsync(ReportPeriod period, CancellationToken ct)
    {
        if (Input.Year is not (>= 2000 and <= 2100)) ModelState.AddModelError("Input.Year", L["Nhập năm từ 2000 đến 2100."]);
        if (Input.Kind is null || !Enum.IsDefined(Input.Kind.Value)) ModelState.AddModelError("Input.Kind", L["Chọn loại kỳ báo cáo."]);
        var from = Date(Input.From, "Input.From", required: true);
        var cutOff = Date(Input.CutOff, "Input.CutOff", required: true);
        var deadline = Date(Input.Deadline, "Input.Deadline", required: true);
        var commune = Date(Input.CommuneDeadline, "Input.CommuneDeadline", required: false);
        if (Input.ReminderDays is not (>= 0 and <= 60)) ModelState.AddModelError("Input.ReminderDays", L["Số ngày nhắc trước hạn từ 0 đến 60."]);
        if (from is { } f && cutOff is { } c && c < f) ModelState.AddModelError("Input.CutOff", L["Ngày chốt số liệu không được trước ngày bắt đầu kỳ."]);
        if (from is { } f2 && Input.Year is { } y && f2.Year != y) ModelState.AddModelError("Input.From", L["Ngày bắt đầu kỳ phải thuộc năm báo cáo."]);
        if (cutOff is { } c2 && deadline is { } d && d < c2) ModelState.AddModelError("Input.Deadline", L["Hạn nộp không được trước ngày chốt số liệu."]);
        if (commune is { } cd && deadline is { } d2 && cd > d2) ModelState.AddModelError("Input.CommuneDeadline", L["Hạn nộp của xã không được sau hạn nộp của huyện."]);
        if (commune is { } cd2 && cutOff is { } c3 && cd2 < c3) ModelState.AddModelError("Input.CommuneDeadline", L["Hạn nộp không được trước ngày chốt số liệu."]);
        if (Input.Year is { } year && Input.Kind is { } kind
            && await db.ReportPeriods.AnyAsync(p => p.Year == year && p.Kind == kind && p.Id != period.Id, ct))
            ModelState.AddModelError("Input.Kind", L["Năm {0} đã có kỳ {1}: mỗi năm chỉ có một kỳ mỗi loại.", year, L[ReportText.Kind(kind)]]);
        if (!ModelState.IsValid) return false;
        period.Year = Input.Year!.Value;
        period.Kind = Input.Kind!.Value;
        period.From = from!.Value;
        period.CutOff = cutOff!.Value;
        period.Deadline = deadline!.Value;
        period.CommuneDeadline = commune;
        period.ReminderDays = Input.ReminderDays!.Value;
        return true;
    }

    private DateOnly? Date(string? text, string field, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) ModelState.AddModelError(field, L["Nhập ngày theo dạng ngày/tháng/năm."]);
            return null;
        }
        var d = Display.ParseDate(text);
        if (d is null) ModelState.AddModelError(field, L["Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 25/05/2021."]);
        return d;
    }
}
