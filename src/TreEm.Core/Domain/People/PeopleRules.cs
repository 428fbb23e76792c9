namespace TreEm.Domain.People;

/// <summary>
/// The checks of a person's record: each kind of officer works for a unit of its level (a collaborator for a
/// village, a commune worker for a commune, a district officer for a district, a province officer for the
/// province), and the dates of work are in order and not in the future.
/// </summary>
public static class PeopleRules
{
    public const string UnitMismatchVillage = "Cộng tác viên phải thuộc một thôn, làng hoặc tổ dân phố.";
    public const string UnitMismatchCommune = "Cán bộ cấp xã phải thuộc một xã, phường hoặc thị trấn.";
    public const string UnitMismatchDistrict = "Cán bộ cấp huyện phải thuộc một huyện, thị xã hoặc thành phố thuộc tỉnh.";
    public const string UnitMismatchProvince = "Cán bộ cấp tỉnh phải thuộc tỉnh.";
    public const string StartInFuture = "Ngày bắt đầu không được sau ngày hôm nay.";
    public const string EndInFuture = "Ngày kết thúc không được sau ngày hôm nay.";
    public const string EndBeforeStart = "Ngày kết thúc không được trước ngày bắt đầu.";

    /// <summary>The level of unit a kind of person works for; null when any unit will do (partners, others).</summary>
    public static UnitTier? TierFor(PersonKind kind) => kind switch
    {
        PersonKind.CanBoTinh => UnitTier.Province,
        PersonKind.CanBoHuyen => UnitTier.District,
        PersonKind.CanBoXa => UnitTier.Commune,
        PersonKind.CongTacVien => UnitTier.Village,
        _ => null,
    };

    /// <summary>Null when the unit's level fits the kind, else the message to show.</summary>
    public static string? CheckUnit(PersonKind kind, UnitTier unitTier) => TierFor(kind) is { } tier && tier != unitTier
        ? kind switch
        {
            PersonKind.CongTacVien => UnitMismatchVillage,
            PersonKind.CanBoXa => UnitMismatchCommune,
            PersonKind.CanBoHuyen => UnitMismatchDistrict,
            _ => UnitMismatchProvince,
        }
        : null;

    public const string SteeringCommitteeUnit = "Ban chỉ đạo được thành lập ở cấp tỉnh hoặc cấp huyện.";
    public const string StandingGroupUnit = "Nhóm thường trực bảo vệ trẻ em được thành lập ở cấp xã.";

    /// <summary>Null when a committee of that kind may sit at a unit of that level, else the message to show.</summary>
    public static string? CheckCommitteeUnit(CommitteeKind kind, UnitTier unitTier) => kind switch
    {
        CommitteeKind.BanChiDao when unitTier is not (UnitTier.Province or UnitTier.District) => SteeringCommitteeUnit,
        CommitteeKind.NhomThuongTruc when unitTier != UnitTier.Commune => StandingGroupUnit,
        _ => null,
    };

    /// <summary>The errors of the dates of work, by field name (StartDate, EndDate).</summary>
    public static Dictionary<string, string> CheckDates(DateOnly start, DateOnly? end, DateOnly today)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (start > today) errors["StartDate"] = StartInFuture;
        if (end is { } e)
        {
            if (e > today) errors["EndDate"] = EndInFuture;
            else if (e < start) errors["EndDate"] = EndBeforeStart;
        }
        return errors;
    }
}
