using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Activities;
using TreEm.Domain.Children;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.Communication;

namespace TreEm.Web.Pages.Injuries;

/// <summary>What the user typed for an injury; checked the same way by the new and edit pages.</summary>
public sealed class InjuryForm
{
    public string? UnitCode { get; set; }
    public string? Date { get; set; }
    public InjuryKind? Kind { get; set; }
    public InjuryOutcome? Outcome { get; set; }
    /// <summary>The child's register number (mã trẻ) when known.</summary>
    public string? ChildId { get; set; }
    public Sex? Sex { get; set; }
    public string? Age { get; set; }
    public string? EthnicityCode { get; set; }
    public string? Place { get; set; }
    public string? Description { get; set; }

    /// <summary>A checked form: the unit and the linked child (if any); Forbidden when the unit is readable but not writable.</summary>
    public sealed record Checked(ActivityUnit? Unit, Child? Child, bool Forbidden);

    public static InjuryForm From(InjuryRecord r, string unitCode) => new()
    {
        UnitCode = unitCode, Date = Display.Date(r.Date), Kind = r.Kind, Outcome = r.Outcome,
        ChildId = r.ChildId?.ToString(CultureInfo.InvariantCulture), Sex = r.Sex, Age = r.Age?.ToString(CultureInfo.InvariantCulture),
        EthnicityCode = r.EthnicityCode, Place = r.Place, Description = r.Description,
    };

    public async Task<Checked> CheckAsync(TreEmDbContext db, UserScope scope, DateOnly today, ModelStateDictionary state, IStringLocalizer l,
        CancellationToken ct)
    {
        void Error(string field, string message) => state.AddModelError("Input." + field, l[message]);
        var date = Display.ParseDate(Date);
        if (ActivityKit.Clean(Date) is null) Error(nameof(Date), "Vui lòng nhập ngày xảy ra (ngày/tháng/năm).");
        else if (date is null) Error(nameof(Date), "Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 30/11/2026.");
        else if (date > today) Error(nameof(Date), "Ngày không được ở tương lai.");
        if (Kind is null || !Enum.IsDefined(Kind.Value)) Error(nameof(Kind), "Vui lòng chọn loại tai nạn, thương tích.");
        if (Outcome is null || !Enum.IsDefined(Outcome.Value)) Error(nameof(Outcome), "Vui lòng chọn hậu quả (bị thương hoặc tử vong).");
        if (ActivityKit.Clean(Place)?.Length > 300) Error(nameof(Place), "Nơi xảy ra dài quá 300 ký tự.");
        if (ActivityKit.Clean(Description)?.Length > 2000) Error(nameof(Description), "Mô tả dài quá 2000 ký tự.");

        Child? child = null;
        if (ActivityKit.Clean(ChildId) is { } childText)
        {
            var id = int.TryParse(childText, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;
            child = id <= 0 ? null : await db.Children.AsNoTracking().VisibleTo(scope)
                .FirstOrDefaultAsync(c => c.Id == id && c.MergedIntoId == null, ct);
            if (child is null) Error(nameof(ChildId), "Không tìm thấy trẻ em trong phạm vi của bạn.");
            else if (date is { } day && child.DateOfBirth is { } born && day < born)
                Error(nameof(Date), "Ngày xảy ra trước ngày sinh của trẻ.");
            else if (date is { } on && child.AgeOn(on) > InjuryRecord.MaxAge)
                Error(nameof(ChildId), "Trẻ đã quá 15 tuổi vào ngày xảy ra.");
        }
        else
        {
            if (Sex is null || !Enum.IsDefined(Sex.Value)) Error(nameof(Sex), "Vui lòng chọn giới tính của trẻ (hoặc nhập mã trẻ).");
            var age = ActivityKit.ParseCount(Age);
            if (ActivityKit.Clean(Age) is null) Error(nameof(Age), "Vui lòng nhập tuổi của trẻ (hoặc nhập mã trẻ).");
            else if (age is null or < 0 or > InjuryRecord.MaxAge) Error(nameof(Age), "Tuổi phải là số nguyên từ 0 đến 15.");
            var ethnicity = ActivityKit.Clean(EthnicityCode);
            if (ethnicity is not null && !await db.Ethnicities.AnyAsync(e => e.Code == ethnicity, ct))
                Error(nameof(EthnicityCode), "Dân tộc không có trong danh mục.");
        }

        ActivityUnit? unit = null;
        if (ActivityKit.Clean(UnitCode) is null) Error(nameof(UnitCode), "Vui lòng nhập mã đơn vị nơi xảy ra.");
        else
        {
            unit = await ActivityKit.FindReadableAsync(db, scope, UnitCode, ct);
            if (unit is null) Error(nameof(UnitCode), "Không tìm thấy đơn vị trong phạm vi của bạn.");
            else if (!ActivityKit.CanWrite(scope, Capabilities.ActivityWrite, unit.Path)) return new Checked(null, null, Forbidden: true);
        }
        return state.IsValid ? new Checked(unit, child, false) : new Checked(null, null, false);
    }

    /// <summary>Copies the checked values into the record; a linked child gives sex, age and ethnicity.</summary>
    public void ApplyTo(InjuryRecord r, int unitId, Child? child)
    {
        r.UnitId = unitId;
        r.Date = Display.ParseDate(Date)!.Value;
        r.Kind = Kind!.Value;
        r.Outcome = Outcome!.Value;
        r.Place = ActivityKit.Clean(Place);
        r.Description = ActivityKit.Clean(Description);
        if (child is not null)
        {
            r.LinkTo(child);
            return;
        }
        r.ChildId = null;
        r.Sex = Sex;
        r.Age = ActivityKit.ParseCount(Age);
        r.EthnicityCode = ActivityKit.Clean(EthnicityCode);
    }
}
