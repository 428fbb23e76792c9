namespace TreEm.Domain.Children;

/// <summary>Rules for a child's record that every entry path (pages, API, import) applies alike.</summary>
public static class ChildRules
{
    /// <summary>Checks the date of birth or the estimated birth year against the day of entry; null when valid.</summary>
    public static string? CheckBirth(DateOnly? dateOfBirth, int? estimatedBirthYear, DateOnly today)
    {
        if (dateOfBirth is { } dob)
        {
            if (dob > today) return "Ngày sinh không được ở tương lai.";
            if (ChildAge.YearsBetween(dob, today) >= Child.AdultAge) return "Trẻ đã đủ 16 tuổi: không còn thuộc diện trẻ em theo Luật Trẻ em 2016.";
            return null;
        }
        if (estimatedBirthYear is not { } year) return "Cần nhập ngày sinh hoặc năm sinh ước tính.";
        if (year > today.Year) return "Năm sinh không được ở tương lai.";
        if (today.Year - year >= Child.AdultAge) return "Trẻ đã đủ 16 tuổi: không còn thuộc diện trẻ em theo Luật Trẻ em 2016.";
        return null;
    }

    /// <summary>Identity numbers are digits only: 12 for the personal identification number, 9 for an old card.</summary>
    public static string? CheckIdentityNumber(string? number)
    {
        if (string.IsNullOrWhiteSpace(number)) return null;
        var n = number.Trim();
        return n.All(char.IsAsciiDigit) && n.Length is 9 or 12 ? null : "Số định danh phải gồm 12 chữ số (hoặc 9 chữ số với giấy tờ cũ).";
    }

    /// <summary>Age bands of the register's filters and the reports: 0–5, 6–10, 11–15.</summary>
    public static (int From, int To)[] AgeBands { get; } = [(0, 5), (6, 10), (11, 15)];

    /// <summary>The birth dates (inclusive) of children aged from..to on a day: for filters that run in the database.</summary>
    public static (DateOnly Earliest, DateOnly Latest) BirthRangeForAges(int from, int to, DateOnly day) =>
        (day.AddYears(-(to + 1)).AddDays(1), day.AddYears(-from));

    /// <summary>Moves the child to a new status; refuses what makes no sense. Returns the history row to add.</summary>
    public static ChildStatusChange ChangeStatus(Child child, ChildStatus status, DateOnly on, int? toUnitId, string? reason, DateTime now, string userName)
    {
        if (child.MergedIntoId is not null) throw new ChildRuleException("Hồ sơ này đã được gộp vào hồ sơ khác, không thể thay đổi.");
        if (child.Status == ChildStatus.TuVong) throw new ChildRuleException("Trẻ đã tử vong: không thể thay đổi trạng thái.");
        if (status == ChildStatus.ChuyenDi && toUnitId is null && string.IsNullOrWhiteSpace(reason))
            throw new ChildRuleException("Cần chọn đơn vị chuyển đến, hoặc ghi rõ nơi chuyển đến nếu ngoài tỉnh.");
        if (status == ChildStatus.ChuyenDi && toUnitId == child.UnitId) throw new ChildRuleException("Đơn vị chuyển đến trùng đơn vị hiện tại.");
        if (status == child.Status && status != ChildStatus.ChuyenDi) throw new ChildRuleException("Trẻ đã ở trạng thái này.");
        var change = new ChildStatusChange
        {
            ChildId = child.Id,
            Status = status,
            On = on,
            FromUnitId = child.UnitId,
            ToUnitId = status == ChildStatus.ChuyenDi ? toUnitId : null,
            Reason = reason,
            At = now,
            UserName = userName,
        };
        if (status == ChildStatus.ChuyenDi && toUnitId is not null)
        {
            // The receiving unit manages the child from now on; the sending unit keeps read-only sight through history.
            child.UnitId = toUnitId!.Value;
            child.Status = ChildStatus.DangQuanLy;
        }
        else
        {
            child.Status = status;
        }
        child.StatusDate = on;
        child.StatusHistory.Add(change);
        return change;
    }

    /// <summary>Marks as aged out a child whose 16th birthday has come. True when the child changed.</summary>
    public static bool AgeOut(Child child, DateOnly today, DateTime now)
    {
        if (child.Status != ChildStatus.DangQuanLy || child.MergedIntoId is not null || child.SixteenthBirthday > today) return false;
        child.Status = ChildStatus.Du16Tuoi;
        child.StatusDate = child.SixteenthBirthday;
        child.StatusHistory.Add(new ChildStatusChange
        {
            ChildId = child.Id, Status = ChildStatus.Du16Tuoi, On = child.SixteenthBirthday, FromUnitId = child.UnitId,
            Reason = "Đủ 16 tuổi (tự động)", At = now, UserName = "system",
        });
        return true;
    }
}

public sealed class ChildRuleException(string message) : Exception(message);
