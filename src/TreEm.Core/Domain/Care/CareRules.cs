namespace TreEm.Domain.Care;

/// <summary>The rules of alternative care (Circular 14/2020), apart from storage so they are tested alone.</summary>
public static class CareRules
{
    /// <summary>Months without a visit after which a placement is due one ("cần thăm").</summary>
    public const int VisitEveryMonths = 3;

    /// <summary>The checks a caregiver has not passed among those required for its kinship, in Vietnamese.</summary>
    public static List<string> MissingChecks(CareGiver g)
    {
        var missing = new List<string>();
        if (!g.AdultCapacity) missing.Add("đủ 18 tuổi, có năng lực hành vi dân sự");
        if (!g.NoAbuseRecord) missing.Add("không có tiền án về xâm hại trẻ em");
        if (g.Kinship == Kinship.KhongPhaiNguoiThan)
        {
            if (!g.Health) missing.Add("có sức khỏe");
            if (!g.EconomyHousing) missing.Add("có điều kiện kinh tế và chỗ ở");
            if (!g.VerifiedByCommune) missing.Add("đã được UBND xã xác minh");
        }
        return missing;
    }

    public static bool ChecksPass(CareGiver g) => MissingChecks(g).Count == 0;

    /// <summary>
    /// The reasons a placement is refused: the child must have an open need waiting for care and no open placement,
    /// the caregiver must pass its required checks, the start cannot be in the future nor before the need.
    /// </summary>
    public static List<string> CheckPlacement(CareNeed? need, bool childHasOpenPlacement, CareGiver giver, DateOnly start, DateOnly today)
    {
        var errors = new List<string>();
        if (need is null || need.Status != CareNeedStatus.CanChamSoc)
            errors.Add("Trẻ không có nhu cầu chăm sóc thay thế đang chờ bố trí.");
        if (childHasOpenPlacement)
            errors.Add("Trẻ đang được chăm sóc thay thế: kết thúc nơi chăm sóc hiện tại trước khi bố trí nơi mới.");
        var missing = MissingChecks(giver);
        if (missing.Count > 0)
            errors.Add("Người nhận chăm sóc chưa đạt điều kiện: " + string.Join("; ", missing) + ".");
        if (start > today) errors.Add("Ngày bắt đầu không được ở tương lai.");
        else if (need is not null && start < need.IdentifiedOn) errors.Add("Ngày bắt đầu không được trước ngày xác định nhu cầu.");
        return errors;
    }

    /// <summary>The reason ending a placement on that day is refused, or null.</summary>
    public static string? CheckEnd(CarePlacement p, DateOnly end, string? reason, DateOnly today)
    {
        if (!p.IsOpen) return "Việc chăm sóc thay thế này đã kết thúc.";
        if (end < p.StartDate) return "Ngày kết thúc không được trước ngày bắt đầu.";
        if (end > today) return "Ngày kết thúc không được ở tương lai.";
        if (string.IsNullOrWhiteSpace(reason)) return "Vui lòng ghi lý do kết thúc.";
        return null;
    }

    /// <summary>The reason a visit on that day is refused (it must fall within the placement), or null.</summary>
    public static string? CheckVisit(CarePlacement p, DateOnly date, DateOnly today)
    {
        if (date > today) return "Ngày thăm không được ở tương lai.";
        if (date < p.StartDate || (p.EndDate is { } end && date > end)) return "Ngày thăm phải nằm trong thời gian chăm sóc thay thế.";
        return null;
    }

    /// <summary>
    /// An open placement with no visit in the last three months is due a visit ("cần thăm"); the start of the
    /// placement counts as the first contact, so a placement of last week is not due yet.
    /// </summary>
    public static bool VisitDue(CarePlacement p, DateOnly? lastVisit, DateOnly today) =>
        p.IsOpen && (lastVisit ?? p.StartDate) <= today.AddMonths(-VisitEveryMonths);

    /// <summary>The first or second half of a year: the period of the 6-monthly list.</summary>
    public static (DateOnly From, DateOnly To) HalfYear(int year, int half) =>
        half == 1 ? (new DateOnly(year, 1, 1), new DateOnly(year, 6, 30)) : (new DateOnly(year, 7, 1), new DateOnly(year, 12, 31));

    /// <summary>A need open at some time in the period.</summary>
    public static bool OpenIn(CareNeed n, DateOnly from, DateOnly to) =>
        n.IdentifiedOn <= to && (n.ClosedOn is null || n.ClosedOn >= from);
}
