using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.Children;
using TreEm.Domain.People;
using TreEm.Security;
using TreEm.Web.Hosting;

namespace TreEm.Web.Pages.People;

/// <summary>The fields of a person's record as typed in the form (new and edit).</summary>
public sealed class PersonInput
{
    [Required(ErrorMessage = "Vui lòng nhập họ và tên.")]
    [StringLength(200, ErrorMessage = "Họ và tên dài quá 200 ký tự.")]
    public string? FullName { get; set; }

    [Required(ErrorMessage = "Vui lòng chọn loại cán bộ.")]
    public PersonKind? Kind { get; set; }

    [Required(ErrorMessage = "Vui lòng chọn đơn vị công tác.")]
    public string? UnitCode { get; set; }

    [StringLength(200, ErrorMessage = "Chức vụ dài quá 200 ký tự.")]
    public string? Position { get; set; }

    public bool FullTime { get; set; }
    public Sex? Sex { get; set; }

    [Range(1930, 2015, ErrorMessage = "Năm sinh phải từ 1930 đến 2015.")]
    public int? BirthYear { get; set; }

    [StringLength(30, ErrorMessage = "Số điện thoại dài quá 30 ký tự.")]
    public string? Phone { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập ngày bắt đầu công tác (ngày/tháng/năm).")]
    public string? StartDate { get; set; }

    [StringLength(1000, ErrorMessage = "Ghi chú dài quá 1000 ký tự.")]
    public string? Note { get; set; }

    public static PersonInput From(Person p) => new()
    {
        FullName = p.FullName, Kind = p.Kind, UnitCode = p.Unit?.Code, Position = p.Position, FullTime = p.FullTime, Sex = p.Sex,
        BirthYear = p.BirthYear, Phone = p.Phone, StartDate = Display.Date(p.StartDate), Note = p.Note,
    };
}

/// <summary>Checks a typed person against the rules and the user's write scope, and applies it to a record.</summary>
public static class PersonForm
{
    public const string DateFormat = "Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 30/11/2026.";
    public const string UnitOutside = "Đơn vị này không có hoặc bạn không được cập nhật cán bộ của đơn vị này.";

    /// <summary>The unit and start date when everything checks out; errors go to the model state.</summary>
    public static async Task<(OrgUnit Unit, DateOnly Start)?> CheckAsync(PersonInput input, DateOnly? end, TreEmDbContext db, UserScope scope,
        DateOnly today, ModelStateDictionary state, IStringLocalizer l, CancellationToken ct)
    {
        var start = Display.ParseDate(input.StartDate);
        if (!string.IsNullOrWhiteSpace(input.StartDate) && start is null)
            state.AddModelError("Input.StartDate", l[DateFormat]);
        if (string.IsNullOrWhiteSpace(input.FullName) && input.FullName is not null)
            state.AddModelError("Input.FullName", l["Vui lòng nhập họ và tên."]);
        OrgUnit? unit = null;
        if (!string.IsNullOrWhiteSpace(input.UnitCode))
        {
            unit = await PeopleAccess.WritableUnitAsync(db, scope, input.UnitCode, ct);
            if (unit is null) state.AddModelError("Input.UnitCode", l[UnitOutside]);
            else if (input.Kind is { } kind && PeopleRules.CheckUnit(kind, unit.Type!.Tier) is { } mismatch)
                state.AddModelError("Input.UnitCode", l[mismatch]);
        }
        if (start is { } s)
            foreach (var (field, message) in PeopleRules.CheckDates(s, end, today))
                state.AddModelError("Input." + field, l[message]);
        if (!state.IsValid || unit is null || start is null) return null;
        return (unit, start.Value);
    }

    public static void Apply(PersonInput input, Person p, OrgUnit unit, DateOnly start)
    {
        p.FullName = VietnameseText.Clean(input.FullName);
        p.NameSearch = VietnameseText.Normalize(input.FullName);
        p.Kind = input.Kind!.Value;
        p.UnitId = unit.Id;
        p.Position = VietnameseText.Clean(input.Position);
        p.FullTime = input.FullTime;
        p.Sex = input.Sex;
        p.BirthYear = input.BirthYear;
        p.Phone = string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim();
        p.StartDate = start;
        p.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
    }
}
